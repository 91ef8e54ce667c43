// The page-data channel between the page-data script (in the page's own world, where
// `window.getData` lives) and the order content script (in the isolated world). It is a pair of
// DOM events on window, which the page can see and send too: what comes back is the page's own
// data, trusted no more than its DOM, validated on arrival, and an answer the page added to ours
// voids both (see read.ts). Order ids, platform and page kind are still decided by the rules
// from the page's address, and the background checks that address against the sender's.

export const REQUEST_EVENT = 'weiquan:page-data-request';
export const REPLY_EVENT = 'weiquan:page-data';

/** Bounds of one answer: a hostile page cannot make either side slow or large. */
export const LIMITS = {
  /** Nesting below this depth is not copied. */
  depth: 16,
  /** Values copied in all (objects, arrays and primitives). */
  values: 100_000,
  /** Entries copied per array: lists show at most 500 orders. */
  arrayItems: 1_000,
  /** Longer strings are left out (null): no order field is that long. */
  stringChars: 20_000,
  /** The answer's JSON text. */
  replyChars: 8_000_000,
  /** Later list pages kept (10 orders each on Weidian). */
  responses: 50,
  /** Longest response text read. */
  responseChars: 2_000_000,
} as const;

/** The JSON text the page-data script answers with. */
export interface Reply {
  /** The page's global; absent when the page holds none. */
  value?: unknown;
  /** The later list pages the page fetched, oldest first. */
  responses: unknown[];
  /** Some of the data did not fit the limits and was left out. */
  truncated?: boolean;
  /** Why the global could not be read (an accessor, a throwing proxy…). */
  error?: string;
}
