// Bundled by scripts/lib/scan-bench.ts into a page: the scanner the content script runs (same
// finder, judge, marker and slicing), beside libphonenumber-js, timed on the same DOM in one run.
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { MarkOptions } from '../../lib/number-marks';
import { createScanner } from '../../lib/number-watch';
import { scanText } from '../../rules/phone';

const options: MarkOptions = {
  lang: 'zh',
  scan: scanText,
  labels: {
    verdicts: {
      official: '官方',
      unconfirmed: '未能确认',
      unlisted: '非已知官方号码',
      suspicious: '冒用平台名义',
    },
    dismiss: '关闭',
    wrong: '判断有误',
    instead: '官方渠道：',
  },
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
}

/** Scans `root` in slices as the content script does, timing each slice. */
function scanInSlices(root: Node): SlicedScan {
  const scanner = createScanner(options);
  const marks = document.getElementsByTagName('weiquan-mark');
  const before = marks.length;
  scanner.add(root);
  /** Main-thread time so far, and marks so far, after each slice. */
  const progress: Array<{ ms: number; marks: number }> = [];
  let ms = 0;
  let maxSliceMs = 0;
  for (let more = true; more;) {
    const start = performance.now();
    more = scanner.run(SLICE_MS);
    const spent = performance.now() - start;
    ms += spent;
    maxSliceMs = Math.max(maxSliceMs, spent);
    progress.push({ ms, marks: marks.length });
  }
  // Marks appear in document order, so the last one in the viewport dates the viewport's slice.
  let lastVisible = -1;
  for (let i = before; i < marks.length; i++) {
    if (marks[i]!.getBoundingClientRect().top < innerHeight) lastVisible = i;
  }
  const viewportMs = progress.find((p) => p.marks > lastVisible)?.ms ?? 0;
  return { ms, maxSliceMs, viewportMs, slices: progress.length, marks: marks.length - before };
}

declare global {
  interface Window {
    weiquanBench: {
      mark(): SlicedScan;
      libphonenumber(): { ms: number; found: number };
      appendAndMark(cards: string): SlicedScan;
      /** A second results page in the same document (an in-page search), scanned with warm code. */
      replaceAndMark(body: string): SlicedScan;
    };
  }
}

window.weiquanBench = {
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
