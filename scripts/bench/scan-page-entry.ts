// Bundled by scripts/lib/scan-bench.ts into a page: the scanner the content script runs (same
// walk, marker and slicing), asking a Worker that stands in for the background to find and judge
// (scripts/bench/judge-worker-entry.ts), beside libphonenumber-js, timed on the same DOM in one run.
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { MarkOptions, ScannedNumber } from '../../lib/number-marks';
import { createScanner } from '../../lib/number-watch';
import { MARK_LABELS } from '../../lib/content-labels';

/** The stand-in background: started before anything is timed, as the real one already runs. */
let judgeWorker: Worker | null = null;
const answers = new Map<number, (results: ScannedNumber[][]) => void>();
let requests = 0;
/** Time the worker spent finding and judging, off the page's main thread. */
let judgeMs = 0;

function judge(texts: string[]): Promise<ScannedNumber[][]> {
  const id = ++requests;
  return new Promise((resolve) => {
    answers.set(id, resolve);
    judgeWorker!.postMessage({ id, texts });
  });
}

const options: MarkOptions = {
  lang: 'zh',
  judge,
  labels: MARK_LABELS.zh,
};

/** The content script's slice length (lib/number-watch.ts). */
const SLICE_MS = 8;

export interface SlicedScan {
  /** Main-thread time of all slices together. */
  ms: number;
  /** The longest slice. */
  maxSliceMs: number;
  /** Main-thread time until every number in the viewport was marked. */
  viewportMs: number;
  slices: number;
  marks: number;
  /** Time the stand-in background spent finding and judging (not main-thread time). */
  judgeMs: number;
}

/** Scans `root` in slices as the content script does, timing each slice. */
async function scanInSlices(root: Node): Promise<SlicedScan> {
  let judged: () => void = () => undefined;
  const scanner = createScanner(options, () => judged());
  const marks = document.getElementsByTagName('weiquan-mark');
  const before = marks.length;
  judgeMs = 0;
  scanner.add(root);
  /** Main-thread time so far, and marks so far, after each slice. */
  const progress: Array<{ ms: number; marks: number }> = [];
  let ms = 0;
  let maxSliceMs = 0;
  for (;;) {
    const start = performance.now();
    const more = scanner.run(SLICE_MS);
    const spent = performance.now() - start;
    ms += spent;
    maxSliceMs = Math.max(maxSliceMs, spent);
    progress.push({ ms, marks: marks.length });
    if (!more && scanner.waiting === 0) break;
    // Between slices the page runs, as with the content script's setTimeout; an answer wakes it.
    await new Promise<void>((resolve) => {
      judged = resolve;
      if (more) setTimeout(resolve, 0);
    });
  }
  // Marks appear in document order, so the last one in the viewport dates the viewport's slice.
  let lastVisible = -1;
  for (let i = before; i < marks.length; i++) {
    if (marks[i]!.getBoundingClientRect().top < innerHeight) lastVisible = i;
  }
  const viewportMs = progress.find((p) => p.marks > lastVisible)?.ms ?? 0;
  return { ms, maxSliceMs, viewportMs, slices: progress.length, marks: marks.length - before, judgeMs };
}

declare global {
  interface Window {
    weiquanBench: {
      /** Starts the stand-in background from the worker bundle's source. */
      startJudge(source: string): void;
      mark(): Promise<SlicedScan>;
      libphonenumber(): { ms: number; found: number };
      appendAndMark(cards: string): Promise<SlicedScan>;
      /** A second results page in the same document (an in-page search), scanned with warm code. */
      replaceAndMark(body: string): Promise<SlicedScan>;
    };
  }
}

window.weiquanBench = {
  startJudge(source) {
    judgeWorker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    judgeWorker.onmessage = (event: MessageEvent<{ id: number; results: ScannedNumber[][]; ms: number }>) => {
      judgeMs += event.data.ms;
      answers.get(event.data.id)?.(event.data.results);
      answers.delete(event.data.id);
    };
  },
  mark: () => scanInSlices(document.body),
  libphonenumber() {
    const start = performance.now();
    const found = findPhoneNumbersInText(document.body.innerText, 'CN').length;
    return { ms: performance.now() - start, found };
  },
  appendAndMark(cards: string) {
    const holder = document.createElement('div');
    const parsed = new DOMParser().parseFromString(cards, 'text/html');
    holder.append(...parsed.body.childNodes);
    document.body.append(holder);
    return scanInSlices(holder);
  },
  replaceAndMark(body: string) {
    const parsed = new DOMParser().parseFromString(body, 'text/html');
    document.body.replaceChildren(...parsed.body.childNodes);
    return scanInSlices(document.body);
  },
};
