// Which case a chat capture goes into, when the shopper did not pick one: the order the chat
// names (an order id in a message or card, seen by the extension), else the latest order seen
// from the seller the chat is with (the nick in a 旺旺 address, the chat's header against shop
// names), else none yet: the capture is saved unattached and the shopper attaches it later.
// Only orders of the chat's own platform are considered (a 微店 chat never lands in a Taobao case).
import type { ChatMessage } from '../../lib/chat/types';
import { chatPlatforms } from '../../rules/sites/chat/layouts';
import { ordersSeen } from '../../storage/cases-view';
import type { WeiquanDb } from '../../storage/db';
import { findOrderSeen } from '../../storage/orders-repo';
import { forOrder, type CaptureTarget } from './capture-target';

/** A capture in no case yet (chat-attach.ts). */
export const UNATTACHED_TARGET: CaptureTarget = { target: { unattached: true }, orderId: '' };

/** Order ids as the platforms write them (微店 15 digits, Taobao/Tmall 16-19), newest message first. */
function orderIdsNamed(messages: readonly ChatMessage[]): string[] {
  const ids: string[] = [];
  for (const message of [...messages].reverse()) {
    const text = `${message.text} ${message.card?.text ?? ''}`;
    for (const [id] of text.matchAll(/(?<!\d)\d{15,20}(?!\d)/g)) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The seen order a chat's messages name, if any (its newest mention first). */
export async function orderNamedIn(
  db: WeiquanDb,
  url: string,
  messages: readonly ChatMessage[],
): Promise<CaptureTarget | undefined> {
  for (const id of orderIdsNamed(messages).slice(0, 50)) {
    for (const platform of chatPlatforms(url)) {
      const seen = await findOrderSeen(db, platform, id);
      if (seen) return forOrder(platform, seen.order);
    }
  }
  return undefined;
}

/** The latest seen order from the chat's seller (by the address's nick or the chat's name). */
export async function sellerOrder(
  db: WeiquanDb,
  url: string,
  conversation = '',
): Promise<CaptureTarget | undefined> {
  const nick = new URL(url).searchParams.get('uid')?.replace(/^cntaobao/, '');
  const names = new Set([nick, conversation].filter((name): name is string => !!name));
  if (names.size === 0) return undefined;
  const platforms = chatPlatforms(url);
  const match = (await ordersSeen(db)).find(
    ({ platform, order }) =>
      platforms.includes(platform) &&
      ((order.sellerNick !== undefined && names.has(order.sellerNick)) ||
        (order.shopName !== undefined && names.has(order.shopName))),
  );
  return match && forOrder(match.platform, match.order);
}
