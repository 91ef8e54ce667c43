// Limits shared by the message schemas and the content scripts that must respect them; kept
// apart from messages.ts so content scripts can import them without bundling zod.

/** Most numbers one frame reports; a page with more is reported in part. */
export const MAX_NUMBERS = 200;

/** Texts a content script sends to be judged in one request (lib/number-watch batches this many). */
export const JUDGE_BATCH = 100;
/** Longest text judged: a text node's first 5,000 characters and the 60 before it (number-marks). */
export const MAX_JUDGED_CHARS = 5_100;
/**
 * Numbers judged in one text at most: a phone directory's node gets its first hundred marks, a
 * flood of numbers no more (number-marks), and a judge reply stays small.
 */
export const MAX_NUMBERS_PER_TEXT = 100;

/**
 * Longest order report (its JSON text): 500 orders of a real list are about 0.5 MB; one hostile
 * page's 500 orders × 200 items × 500-character titles (50 MB) are refused whole.
 */
export const MAX_REPORT_CHARS = 1_000_000;
/**
 * Order reports one tab may send in a burst, then one per REPORT_REFILL_MS: a page that changes
 * without pause is still reported every 2 s (lib/order-watch.ts), a flood is refused. A report
 * costs one turn per REPORT_ORDERS_PER_TURN orders (at least one): a 50-order list one, a
 * hostile 500-order one five, so a flood of large reports is slowed as much as a flood of many.
 */
export const REPORT_BURST = 10;
export const REPORT_REFILL_MS = 2_000;
export const REPORT_ORDERS_PER_TURN = 100;

/** Items kept per order in a tab's state (storage.session): the popup shows the first. */
export const ITEMS_KEPT = 3;
