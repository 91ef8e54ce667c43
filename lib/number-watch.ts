// Finds and marks numbers on the page now and as results load: a scanner that walks text in
// time-boxed slices and sends the texts that may hold numbers to be judged in batches, fed by one
// batched MutationObserver that queues only added or changed nodes, and that backs off, then
// gives up, on a page that never stops changing. With a gate (lib/near-viewport.ts), judged
// numbers are listed at once and marked as they come near the viewport, in the same slices.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  candidateOf,
  forgetCandidate,
  isMark,
  markCandidate,
  MAX_NODE_CHARS,
  numbersIn,
  type Candidate,
  type MarkOptions,
  type ScannedNumber,
} from './number-marks';
import { JUDGE_BATCH, MAX_JUDGED_CHARS } from './message-limits';
import type { Held } from './near-viewport';

/** Short text nodes handled between clock reads: reading the clock per node costs more than a node. */
const NODES_PER_CLOCK = 32;
/** More queued roots than this is a mutation storm: rescan the body once instead (Dark Reader). */
const MAX_QUEUE = 1_000;
/**
 * Texts in the first request: few, so the top of the page (at first, the viewport) is answered
 * and marked first. Later requests take up to JUDGE_BATCH: a results page needs a handful.
 */
const FIRST_BATCH = 8;
/** Times a text is sent when its request fails (the background restarted or refused). */
const MAX_ATTEMPTS = 3;
/** Requests the walk keeps open at once: the one background serves every tab. */
const MAX_IN_FLIGHT = 2;
/** An answer later than this counts as a failed request (a background that never answers). */
const JUDGE_TIMEOUT_MS = 10_000;
/**
 * The background's time to judge a character, at worst (5,000 pathological characters in about
 * 10 ms, cold): what a page's changes cost there is counted with the watcher's own time.
 */
const JUDGE_MS_PER_CHAR = 0.002;

/** Heading elements a number's block may sit under. */
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Ancestors of a text, and earlier siblings of each, looked at for its heading. */
const HEADING_LEVELS = 4;
const HEADING_SIBLINGS = 3;
/**
 * Longest heading line sent ("# " and a line break included): what a judged text may hold beyond
 * a node's first MAX_NODE_CHARS and the 60 characters of context before it (number-marks).
 */
const MAX_HEADING_LINE = MAX_JUDGED_CHARS - MAX_NODE_CHARS - 60;

/** Up to `max` characters of an element's text, copying no more than that from any node. */
function leadingText(el: Element, max: number): string {
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let n = walk.nextNode() as Text | null; n && out.length < max; n = walk.nextNode() as Text | null)
    out += n.substringData(0, max - out.length);
  return out;
}

/**
 * A heading element, or the one a wrapper holds alone ("<div class="c-row"><h3>…</h3></div>"); a
 * block with more in it (the previous search result, title and snippet) is someone else's.
 */
function headingIn(el: Element): Element | null {
  if (HEADING_TAGS.has(el.tagName)) return el;
  const only = el.childElementCount === 1 ? el.firstElementChild : null;
  return only && HEADING_TAGS.has(only.tagName) ? only : null;
}

/**
 * The heading above a text's block, as a "# …" line for the judge: under "<h2>快手客服怎么联系</h2>"
 * a "客服热线：400-…" in the next paragraph is presented as 快手's line (rules/phone/headings.ts),
 * but the background judges each text alone and would not see the heading's node. A few
 * ancestors, a few earlier siblings each: the cost per text is bounded.
 */
function headingLine(node: Text): string {
  let at = node.parentElement;
  for (let level = 0; at && level < HEADING_LEVELS; level++, at = at.parentElement) {
    let sibling = at.previousElementSibling;
    for (let k = 0; sibling && k < HEADING_SIBLINGS; k++, sibling = sibling.previousElementSibling) {
      const heading = headingIn(sibling);
      if (!heading) continue;
      const words = leadingText(heading, MAX_HEADING_LINE - 3)
        .replace(/\s+/g, ' ')
        .trim();
      return words === '' ? '' : `# ${words}\n`;
    }
  }
  return '';
}

export interface WatchLimits {
  /** Main-thread time one slice may take before yielding (RAIL: no task over 50 ms). */
  sliceMs: number;
  /** Main-thread time the watcher may take in any second; past it, it waits for the next second. */
  busyPerSecondMs: number;
  /**
   * Work on changes to the page, after its first scan, past which the page is hostile or endless
   * and the watcher stops. 50 results appended by infinite scroll take a few milliseconds. The
   * first scan is not counted: it is finite, however large the page.
   */
  maxBusyMs: number;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export const WATCH_LIMITS: WatchLimits = { sliceMs: 8, busyPerSecondMs: 250, maxBusyMs: 2_000 };

export interface NumberScanner {
  /**
   * Queues a node (element, fragment or text) whose text is to be scanned; with `from`, the walk
   * starts at that node inside `root` and goes on to the end of `root`.
   */
  add(root: Node, from?: Node): void;
  /**
   * Marks judged numbers, then walks queued text, until neither is left or `budgetMs` has passed;
   * true while such work remains. Texts to judge are sent as the walk goes.
   */
  run(budgetMs: number): boolean;
  /** Requests sent to the judge and not answered yet. */
  readonly waiting: number;
  /** Characters sent to be judged so far. */
  readonly judgedChars: number;
  /** The first walk is over and every answer to it is marked (or held until it comes near the viewport). */
  readonly firstScanDone: boolean;
  /** Stops waiting for held numbers to come near the viewport. */
  close(): void;
}

/**
 * A scanner over the page. `onJudged` is called when an answer from the judge is ready to be
 * marked by the next `run`: all DOM work stays in the time-boxed slices.
 */
export function createScanner(options: MarkOptions, onJudged: () => void = () => undefined): NumberScanner {
  const queue: Array<{ root: Node; from?: Node | undefined }> = [];
  /** Answers not yet marked, in the order they came; `next` is the first candidate left to mark. */
  const judged: Array<{
    batch: Candidate[];
    results: ScannedNumber[][];
    next: number;
    ofFirstWalk: boolean;
  }> = [];
  let batch: Candidate[] = [];
  let walker: TreeWalker | null = null;
  let waiting = 0;
  let requests = 0;
  let judgedChars = 0;
  /** Requests of the first walk not yet answered and marked, once that walk is over. */
  let firstWalkOver = false;
  let firstWalkOpen = 0;
  /** Failed sends of each text node. */
  const attempts = new WeakMap<Text, number>();
  /** Judged numbers that came near the viewport, to be marked by the next `run`. */
  let near: Held[] = [];
  let nearNext = 0;
  const gate =
    options.gate?.((held) => {
      near.push(...held);
      onJudged();
    }) ?? null;

  /** The next text node to scan: from the current walk, or from the next queued root. */
  function nextText(): Text | null {
    for (;;) {
      if (walker) {
        const node = walker.nextNode();
        if (node) return node as Text;
        walker = null;
      }
      const next = queue.shift();
      if (!next) return null;
      const root = next.root;
      if (!root.isConnected) continue;
      if (root.nodeType === Node.TEXT_NODE) return root as Text;
      if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) continue;
      if (isMark(root)) continue;
      // Text only, no filter object: a JS filter costs a native→JS call per node (B.3). Skipped
      // subtrees (script, style, inputs…) are checked per candidate node in candidateOf.
      walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      if (next.from && root.contains(next.from)) walker.currentNode = next.from;
    }
  }

  function add(root: Node, from?: Node): void {
    if (root.nodeType === Node.TEXT_NODE) gate?.moved(root as Text);
    if (queue.length >= MAX_QUEUE) {
      // Too many separate roots to be worth tracking: one walk of the body covers them, and
      // text already scanned and unchanged costs only its prefilter.
      queue.length = 0;
      walker = null;
      queue.push({ root: document.body ?? document.documentElement });
      return;
    }
    queue.push({ root, from });
  }

  /** Sends the texts collected so far; their answer is marked by a later `run`. */
  function send(): void {
    if (batch.length === 0) return;
    const sent = batch;
    const headings = sent.map((candidate) => headingLine(candidate.node));
    const texts = sent.map((candidate, i) => headings[i]! + candidate.text);
    const spans = sent.map((candidate, i): [number, number] => [
      candidate.offset + headings[i]!.length,
      candidate.limit + headings[i]!.length,
    ]);
    const ofFirstWalk = !firstWalkOver;
    batch = [];
    waiting++;
    requests++;
    if (ofFirstWalk) firstWalkOpen++;
    for (const text of texts) judgedChars += text.length;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer')), JUDGE_TIMEOUT_MS);
    });
    Promise.race([options.judge(texts, spans), late])
      .then(
        (results) => {
          // Offsets back into each candidate's own text, as if no heading line had been sent.
          for (let i = 0; i < results.length; i++) {
            const shift = headings[i]?.length ?? 0;
            if (shift === 0) continue;
            for (const number of results[i]!) {
              number.start -= shift;
              number.end -= shift;
            }
          }
          judged.push({ batch: sent, results, next: 0, ofFirstWalk });
        },
        () => {
          // Not judged: each text is read again by a later walk, a few times at most.
          for (const candidate of sent) {
            forgetCandidate(candidate);
            const tries = (attempts.get(candidate.node) ?? 0) + 1;
            attempts.set(candidate.node, tries);
            if (tries < MAX_ATTEMPTS) add(candidate.node);
          }
          if (ofFirstWalk) firstWalkOpen--;
        },
      )
      .finally(() => {
        clearTimeout(timer);
        waiting--;
        onJudged();
      });
  }

  /**
   * Marks what came near the viewport, then takes in judged answers (their numbers are listed at
   * once; marked now, or held until they come near), until none is left (false) or the time is
   * up (true).
   */
  function markJudged(until: number): boolean {
    while (nearNext < near.length) {
      const { candidate, found } = near[nearNext++]!;
      markCandidate(candidate, found, options);
      if (performance.now() >= until) return true;
    }
    near = [];
    nearNext = 0;
    while (judged.length > 0) {
      const answer = judged[0]!;
      while (answer.next < answer.batch.length) {
        const i = answer.next++;
        const candidate = answer.batch[i]!;
        const found = numbersIn(candidate, answer.results[i] ?? []);
        if (found.length === 0) continue;
        if (!gate?.hold({ candidate, found })) markCandidate(candidate, found, options);
        if (performance.now() >= until) return true;
      }
      judged.shift();
      if (answer.ofFirstWalk) firstWalkOpen--;
    }
    return false;
  }

  return {
    get waiting() {
      return waiting;
    },
    get judgedChars() {
      return judgedChars;
    },
    get firstScanDone() {
      return firstWalkOver && firstWalkOpen === 0;
    },
    add,
    close: () => gate?.close(),
    run(budgetMs) {
      const until = performance.now() + budgetMs;
      if (markJudged(until)) return true;
      // The walk waits for the first answer: the top of the page is marked after one round trip,
      // not after the judge's cold start has let the walk run on through the rest of the page.
      // Later, a few requests at a time: a page that never stops changing cannot queue up work
      // for the background without end.
      if (waiting >= (requests === 1 ? 1 : MAX_IN_FLIGHT)) return false;
      // The page removed the node the walk stood on: the walk cannot continue from there.
      if (walker && !walker.currentNode.isConnected) {
        queue.unshift({ root: walker.root });
        walker = null;
      }
      let sinceClock = 0;
      for (;;) {
        // The current walk inline (most calls), the queue only when it runs out.
        const node = (walker?.nextNode() as Text | null) ?? nextText();
        if (!node) {
          firstWalkOver = true;
          break;
        }
        // Its text read once, for the test and the clock alike.
        const text = node.data;
        const candidate = candidateOf(node, text);
        if (candidate && batch.push(candidate) >= (requests === 0 ? FIRST_BATCH : JUDGE_BATCH)) {
          // Yield once a request is out: the page gets the thread while the judge works, and
          // the answer is marked at the start of the next slice.
          send();
          return true;
        }
        // Long text counts as many nodes: the clock is read right after a costly one.
        sinceClock += 1 + (text.length >> 6);
        if (sinceClock >= NODES_PER_CLOCK) {
          sinceClock = 0;
          if (performance.now() >= until) {
            send();
            return true;
          }
        }
      }
      send();
      return false;
    },
  };
}

/** One slice as the scheduler accounted it (the e2e build's slice log, lib/slice-log.ts). */
export interface SliceRecord {
  budgetMs: number;
  spentMs: number;
  /** Work was left for a later slice. */
  more: boolean;
}

export function watchNumbers(
  ctx: ContentScriptContext,
  options: MarkOptions,
  limits: WatchLimits = WATCH_LIMITS,
  onSlice?: (slice: SliceRecord) => void,
): void {
  const scanner = createScanner(options, () => markSoon());
  let stopped = false;
  let scheduled = false;
  /** A slice or the page observer's callback is running: work found now waits for a timer. */
  let inOwnTask = false;
  let busyOnChanges = 0;
  /** Characters judged for the page's first scan, which is not counted. */
  let firstScanChars = 0;
  let firstScanDone = false;
  let second = { start: performance.now(), busy: 0 };

  const account = (started: number) => {
    const spent = performance.now() - started;
    // After the first scan, the background's judging of the page's changes counts too.
    if (firstScanDone) busyOnChanges += spent;
    const judging = firstScanDone ? (scanner.judgedChars - firstScanChars) * JUDGE_MS_PER_CHAR : 0;
    if (started - second.start >= 1_000) second = { start: started, busy: 0 };
    second.busy += spent;
    if (busyOnChanges + judging > limits.maxBusyMs) stop();
  };

  const process = () => {
    scheduled = false;
    if (stopped) return;
    const started = performance.now();
    inOwnTask = true;
    let more: boolean;
    try {
      // Our own splits and marks are not page changes: no page script runs during a slice, so the
      // observer is off while it runs, and the page's next change is seen as before.
      const pending = observer.takeRecords();
      if (pending.length > 0) queueChanges(pending);
      observer.disconnect();
      try {
        more = scanner.run(limits.sliceMs);
      } finally {
        observer.observe(document.documentElement, OBSERVED);
      }
    } finally {
      inOwnTask = false;
    }
    account(started);
    onSlice?.({ budgetMs: limits.sliceMs, spentMs: performance.now() - started, more });
    if (!firstScanDone && scanner.firstScanDone) {
      firstScanDone = true;
      firstScanChars = scanner.judgedChars;
    }
    if (more) schedule();
  };
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    // Over its share of this second, the watcher waits for the next one.
    const wait = second.busy >= limits.busyPerSecondMs ? second.start + 1_000 - performance.now() : 0;
    // The window's own timer: the context's wrapper adds an invalidation listener per call, one
    // per slice, and `process` already does nothing once the watcher stopped.
    setTimeout(process, Math.max(0, wait));
  };
  /**
   * An answer from the judge, or held numbers come near the viewport as the page scrolls: each
   * arrives in a task of its own, so its slice runs in that task, without a timer and a task more
   * per screen scrolled. Within a slice or the observer's callback (a held node moved), and over
   * this second's share, it waits for a timer as any other work.
   */
  const markSoon = () => {
    if (inOwnTask || scheduled || stopped || second.busy >= limits.busyPerSecondMs) schedule();
    else process();
  };

  function queueChanges(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') scanner.add(record.target);
      for (const node of record.addedNodes) {
        if (!isMark(node)) scanner.add(node);
      }
    }
  }
  const observer = new MutationObserver((records) => {
    const started = performance.now();
    inOwnTask = true;
    try {
      queueChanges(records);
    } finally {
      inOwnTask = false;
    }
    schedule();
    account(started);
  });
  function stop() {
    stopped = true;
    observer.disconnect();
    scanner.close();
  }
  observer.observe(document.documentElement, OBSERVED);
  ctx.onInvalidated(stop);
  const body = document.body ?? document.documentElement;
  // Viewport first: on a page opened scrolled down, from the top of the viewport to the end, then
  // the whole page (already scanned text is skipped). At the top, document order is visual order.
  const top = scrollY > 0 ? topOfViewport() : null;
  if (top) scanner.add(body, top);
  scanner.add(body);
  schedule();
}

/**
 * The first element at the top edge of the viewport that scrolls with the page. Fixed headers are
 * passed over: their offsetParent chain ends in null before it reaches the body.
 */
function topOfViewport(): Element | null {
  const inFlow = (el: Element) => {
    let at: Element | null = el;
    while (at && at !== document.body) at = (at as HTMLElement).offsetParent;
    return at === document.body;
  };
  return document.elementsFromPoint(innerWidth / 2, 1).find(inFlow) ?? null;
}
