import { browser } from 'wxt/browser';
import type { OrderChoice, Reply } from '../../lib/messages';
import { CHAT_URL } from '../../rules/number-pages';
import type { Platform } from '../../rules/types';
import { ordersSeen } from '../../storage/cases-view';
import type { WeiquanDb } from '../../storage/db';
import type { CaseTarget } from '../../storage/evidence-repo';
import { findOrderSeen } from '../../storage/orders-repo';
import { readTabState } from '../../storage/tab-state';
import { sellerOrder, UNATTACHED_TARGET } from './capture-chat-target';

/** The case a capture goes into, and the order facts every item of it records. */
export interface CaptureTarget {
  target: CaseTarget;
  orderId: string;
  seller?: string;
}

/**
 * Picks the case for a capture of a tab: the order the shopper chose (one the extension has seen),
 * else the one order the tab shows. A list page or a chat page needs the shopper to choose.
 */
export async function captureTarget(
  db: WeiquanDb,
  tabId: number,
  chosen?: { platform: Platform; orderId: string },
): Promise<Reply<CaptureTarget>> {
  if (chosen) {
    const seen = await findOrderSeen(db, chosen.platform, chosen.orderId);
    if (!seen) return { ok: false, error: 'unknown-order' };
    return { ok: true, value: forOrder(chosen.platform, seen.order) };
  }
  const state = await readTabState(tabId);
  if (!state?.detection.detected) return chatPartnerOrder(db, tabId);
  const [only, ...others] = state.detection.orders;
  if (!only || others.length > 0) return { ok: false, error: 'choose-order' };
  return { ok: true, value: forOrder(state.detection.platform, only) };
}

export function forOrder(
  platform: Platform,
  order: { orderId: string; shopName?: string; sellerNick?: string },
): CaptureTarget {
  const seller = order.shopName ?? order.sellerNick;
  return {
    target: { platform, orderId: order.orderId, title: seller ?? order.orderId },
    orderId: order.orderId,
    seller,
  };
}

/**
 * On a chat page, the latest order seen from that seller, else none yet: the capture is saved
 * unattached, to be put into a case later (never a picker of every platform's orders).
 */
async function chatPartnerOrder(db: WeiquanDb, tabId: number): Promise<Reply<CaptureTarget>> {
  const url = (await browser.tabs.get(tabId)).url ?? '';
  if (!CHAT_URL.test(url)) return { ok: false, error: 'choose-order' };
  return { ok: true, value: (await sellerOrder(db, url)) ?? UNATTACHED_TARGET };
}

/** The orders seen lately, newest first, labelled for a picker. */
export async function recentOrders(db: WeiquanDb): Promise<Reply<OrderChoice[]>> {
  const seen = await ordersSeen(db);
  return {
    ok: true,
    value: seen.slice(0, 30).map(({ platform, order }) => ({
      platform,
      orderId: order.orderId,
      label: [order.shopName ?? order.sellerNick, order.items[0]?.title]
        .filter(Boolean)
        .join(' · ')
        .slice(0, 80),
    })),
  };
}
