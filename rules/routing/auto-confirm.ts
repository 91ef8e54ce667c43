// 自动确认收货: when a Taobao/Tmall/Weidian order confirms itself, the money goes to the seller
// (Weidian's escrow, seed-004) and the shopper loses the leverage of an unconfirmed order. With a
// case open and fewer than 3 days left, the popup says so and names the in-app way to extend it.
import type { SourceId } from '../channels/sources';
import type { Text } from '../channels/types';
import { shanghaiLocalToEpoch } from '../hours';
import type { Platform } from '../types';

/** Below this the platforms let the buyer extend (guide-extend-receipt), and the popup warns. */
export const WARN_BELOW_MS = 3 * 24 * 3600_000;

export interface AutoConfirmWarning {
  /** Whole hours left (0 when already due). */
  hoursLeft: number;
  /** The deadline is behind us: the order has most likely confirmed itself already. */
  passed: boolean;
  route: Text;
  sources: readonly SourceId[];
}

const ROUTES: Record<Platform, { route: Text; sources: readonly SourceId[] }> = {
  taobao: {
    route: {
      zh: '淘宝 App →「我的淘宝」→ 订单详情 →「更多」→「延长收货」（一般只能延长 1 次）',
      en: 'Taobao app → My Taobao → order detail → More → Extend receipt (usually once per order)',
    },
    sources: ['guide-extend-receipt'],
  },
  tmall: {
    route: {
      zh: '淘宝/天猫 App → 订单详情 →「更多」→「延长收货」（一般只能延长 1 次）',
      en: 'Taobao/Tmall app → order detail → More → Extend receipt (usually once per order)',
    },
    sources: ['guide-extend-receipt'],
  },
  weidian: {
    route: {
      zh: '微店 App → 订单详情：先申请退款/售后，或请卖家延长收货；确认收货后款项即打给卖家',
      en: 'Weidian app → order detail: open a refund/after-sales request first, or ask the seller to extend; confirming releases the money to the seller',
    },
    sources: ['seed-004'],
  },
};

/** The warning for one order, or null (no deadline read, no open case, or 3 days or more left). */
export function autoConfirmWarning(
  platform: Platform,
  autoConfirmBy: string | undefined,
  caseOpen: boolean,
  now: number,
): AutoConfirmWarning | null {
  if (!autoConfirmBy || !caseOpen) return null;
  const by = shanghaiLocalToEpoch(autoConfirmBy);
  const left = by === null ? Infinity : by - now;
  if (left >= WARN_BELOW_MS) return null;
  return { hoursLeft: Math.max(0, Math.floor(left / 3600_000)), passed: left <= 0, ...ROUTES[platform] };
}
