import type { Reply } from '../../lib/messages';
import type { Platform } from '../../rules/types';
import type { WeiquanDb } from '../../storage/db';
import type { CaseTarget } from '../../storage/evidence-repo';
import { findOrderSeen } from '../../storage/orders-repo';
import { readTabState } from '../../storage/tab-state';

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
  if (!state?.detection.detected) return { ok: false, error: 'choose-order' };
  const [only, ...others] = state.detection.orders;
  if (!only || others.length > 0) return { ok: false, error: 'choose-order' };
  return { ok: true, value: forOrder(state.detection.platform, only) };
}

function forOrder(
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
