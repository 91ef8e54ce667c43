// Marks wait until their text comes near the viewport: on a results page of 600 results only the
// first screens are marked at once, the rest as the shopper scrolls. Every number is still found,
// judged and listed in the popup straight away; what waits is the DOM work (split, mark) and the
// style and layout it costs the page, which grow with the number of marked paragraphs.
import type { Candidate, ScannedNumber } from './number-marks';

/** A candidate whose numbers are judged and not yet marked. */
export interface Held {
  candidate: Candidate;
  found: readonly ScannedNumber[];
}

export interface MarkGate {
  /** Holds the numbers until the candidate's element is near the viewport; false when full (mark now). */
  hold(held: Held): boolean;
  /** A held node the page moved on its own to another element: it now waits on that one. */
  moved(node: Text): void;
  /** Lets go of everything held: the watcher stopped. */
  close(): void;
}

/** Elements watched at once: past this (a hostile page), numbers are marked as they are judged. */
const MAX_WATCHED = 2_000;
/** Refused holds between two sweeps for elements the page removed. */
const SWEEP_EVERY = 64;
/**
 * How far outside the viewport counts as near: a screen above and below (percentages of the
 * viewport), so marks are in before a number scrolls into view.
 */
const NEAR = '100% 0px 100% 0px';

/**
 * A gate over IntersectionObserver, or null where there is none. `onNear` gets the held numbers
 * of elements that came near the viewport; marking them is up to the caller's own time slices.
 */
export function viewportGate(onNear: (near: Held[]) => void): MarkGate | null {
  if (typeof IntersectionObserver !== 'function') return null;
  const waiting = new Map<Element, Held[]>();
  /** The element each held node waits on. */
  const waitsOn = new WeakMap<Text, Element>();

  const observer = new IntersectionObserver(
    (entries) => {
      const near: Held[] = [];
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const held = waiting.get(entry.target);
        if (!held) continue;
        waiting.delete(entry.target);
        observer.unobserve(entry.target);
        for (const one of held) {
          if (waitsOn.get(one.candidate.node) === entry.target) near.push(one);
        }
      }
      if (near.length > 0) onNear(near);
    },
    // The document as root: in a frame, its own viewport (a seller chat in an iframe), where the
    // margin applies too; the implicit root ignores margins across origins.
    { root: document, rootMargin: NEAR },
  );

  /** Holds refused since the last sweep of elements the page removed. */
  let refused = 0;
  /**
   * Lets go of watched elements no longer in the page (a virtual list drops rows it scrolled
   * past), so a long infinite-scroll page does not fill the gate with them. Once in SWEEP_EVERY
   * refusals: a hostile page cannot make every hold a walk over all of them.
   */
  function sweep(): void {
    if (refused++ % SWEEP_EVERY !== 0) return;
    for (const element of waiting.keys()) {
      if (element.isConnected) continue;
      waiting.delete(element);
      observer.unobserve(element);
    }
  }

  function hold(held: Held): boolean {
    const element = held.candidate.node.parentElement;
    if (!element) return false;
    let list = waiting.get(element);
    if (!list) {
      if (waiting.size >= MAX_WATCHED) sweep();
      if (waiting.size >= MAX_WATCHED) return false;
      waiting.set(element, (list = []));
      observer.observe(element);
    }
    list.push(held);
    waitsOn.set(held.candidate.node, element);
    return true;
  }

  return {
    hold,
    moved(node) {
      const element = waitsOn.get(node);
      if (!element || element === node.parentElement) return;
      const held = waiting.get(element)?.find((one) => one.candidate.node === node);
      if (held && !hold(held)) onNear([held]);
    },
    close() {
      observer.disconnect();
      waiting.clear();
    },
  };
}
