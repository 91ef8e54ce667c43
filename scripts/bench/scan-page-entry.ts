// Bundled by scripts/lib/scan-bench.ts into a page: the same finder, judge and marker the
// content script runs, beside libphonenumber-js, so both are timed on the same DOM in one run.
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { markTextNode, textNodesUnder, type MarkOptions } from '../../lib/number-marks';
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

function markUnder(root: Node): number {
  let marks = 0;
  for (const node of textNodesUnder(root)) marks += markTextNode(node, options).length;
  return marks;
}

declare global {
  interface Window {
    weiquanBench: {
      mark(): { ms: number; marks: number };
      libphonenumber(): { ms: number; found: number };
      appendAndMark(cards: string): { ms: number; marks: number };
    };
  }
}

window.weiquanBench = {
  mark() {
    const start = performance.now();
    const marks = markUnder(document.body);
    return { ms: performance.now() - start, marks };
  },
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
    const start = performance.now();
    const marks = markUnder(holder);
    return { ms: performance.now() - start, marks };
  },
};
