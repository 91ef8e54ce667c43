// What the popup can tell from the tab's address alone when the page shows no order: which shop
// site it is on (the steps differ per platform) and whether it is a chat (saving it comes first).
import type { PagePlace } from '../../components/NoOrderPage';
import { CHAT_URL } from '../../rules/number-pages';
import type { Platform } from '../../rules/types';

/** The shop sites by domain, as the number marks' SHOP_MATCHES cover them. */
const SHOP_DOMAINS: ReadonlyArray<[domain: string, platform: Platform]> = [
  ['taobao.com', 'taobao'],
  ['tmall.com', 'tmall'],
  ['weidian.com', 'weidian'],
];

export function placeOf(address: string | undefined): PagePlace {
  let host: string;
  try {
    host = new URL(address ?? '').hostname;
  } catch {
    return { chat: false };
  }
  const platform = SHOP_DOMAINS.find(([domain]) => host === domain || host.endsWith(`.${domain}`))?.[1];
  return { platform, chat: CHAT_URL.test(address ?? '') };
}
