// Finds and marks numbers on the page now and as results load: one batched MutationObserver
// that queues only added nodes, and work cut into slices so the page stays responsive.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MARK_TAG, markTextNode, textNodesUnder, type MarkOptions, type ScannedNumber } from './number-marks';

/** Main-thread time one slice may take before yielding (RAIL: no task over 50 ms). */
const SLICE_MS = 8;
/** A page that keeps rewriting our marks gets at most this many re-marks per text node. */
const MAX_REMARKS = 3;

export function watchNumbers(
  ctx: ContentScriptContext,
  options: MarkOptions,
  onNumbers: (numbers: ScannedNumber[]) => void,
): void {
  const queue: Node[] = [document.body];
  const seen = new Map<string, ScannedNumber>();
  const remarks = new WeakMap<Text, number>();
  let scheduled = false;

  /** Text nodes found under queued roots, waiting to be scanned (oldest first). */
  let pending: Text[] = [];
  const process = () => {
    scheduled = false;
    const started = performance.now();
    let changed = false;
    while ((pending.length > 0 || queue.length > 0) && performance.now() - started < SLICE_MS) {
      if (pending.length === 0) {
        const root = queue.shift()!;
        if (root.isConnected) pending = textNodesUnder(root);
        continue;
      }
      // Small batches between clock reads: reading the clock per node costs more than a node.
      for (const node of pending.splice(0, 50)) {
        const count = remarks.get(node) ?? 0;
        if (count >= MAX_REMARKS || !node.isConnected) continue;
        remarks.set(node, count + 1);
        for (const number of markTextNode(node, options)) {
          if (!seen.has(number.digits)) changed = true;
          seen.set(number.digits, number);
        }
      }
    }
    if (changed) onNumbers([...seen.values()]);
    if (pending.length > 0 || queue.length > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(process, 0);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') queue.push(record.target);
      for (const node of record.addedNodes) {
        if (node instanceof Element && node.tagName === MARK_TAG.toUpperCase()) continue;
        queue.push(node);
      }
    }
    if (queue.length > 0) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  schedule();
}
