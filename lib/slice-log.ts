// The e2e build's record of the number watcher's slices, as its scheduler accounted them, so the
// hostile-page tests can check the structure of the work (split into slices, each run with the
// configured budget) instead of timing it: timing belongs in `npm run bench`. Never in the
// shipped build (numbers.content.ts uses it only when import.meta.env.MODE is 'e2e').
import type { SliceRecord } from './number-watch';

export const SLICES_REQUEST = 'weiquan:e2e-slices';
export const SLICES_REPLY = 'weiquan:e2e-slices-reply';
const KEPT = 20_000;

/** Starts the log; the test page asks for it with a SLICES_REQUEST event on window. */
export function sliceLog(): (slice: SliceRecord) => void {
  const slices: SliceRecord[] = [];
  addEventListener(SLICES_REQUEST, () =>
    dispatchEvent(new CustomEvent(SLICES_REPLY, { detail: JSON.stringify(slices) })),
  );
  return (slice) => {
    if (slices.length < KEPT) slices.push(slice);
  };
}
