// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarkOptions, ScannedNumber } from './number-marks';
import { drain, judgeWith } from '../tests/support/number-scanner';
import { JUDGE_BATCH, MAX_JUDGED_CHARS } from './message-limits';
import { createScanner, watchNumbers, WATCH_LIMITS } from './number-watch';
import { MARK_LABELS } from './content-labels';
import { BIG_INPUT, REAL_TIME_BUDGET } from '../tests/support/time-limits';
import { judgeForMarks } from '../rules/phone';
import { MAX_NUMBERS_PER_TEXT } from './message-limits';

/** A slice budget that cannot run out on a loaded machine: these tests check what is marked, not how fast. */
const NO_DEADLINE = 60_000;

const scan = (text: string): ScannedNumber[] =>
  [...text.matchAll(/400-\d{3}-\d{4}/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    digits: m[0].replace(/-/g, ''),
    verdict: 'unlisted',
    reasons: [],
  }));
const options: MarkOptions = {
  lang: 'zh',
  judge: judgeWith(scan),
  labels: MARK_LABELS.zh,
};

let invalidate: () => void = () => undefined;
const ctx = {
  setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
  onInvalidated: (fn: () => void) => (invalidate = fn),
} as unknown as ContentScriptContext;

afterEach(() => {
  invalidate();
  document.body.innerHTML = '';
});

const marks = () => document.querySelectorAll('weiquan-mark').length;

describe('number watcher', () => {
  it('marks a large page in slices', BIG_INPUT, async () => {
    document.body.innerHTML = Array.from(
      { length: 1000 },
      (_, i) => `<p>电话 400-${String(i).padStart(3, '0').slice(-3)}-${String(1000 + i)}</p>`,
    ).join('');
    const slices = vi.fn();
    watchNumbers(ctx, options, undefined, slices);
    // Within the test's own limit: a few hundred milliseconds when quiet, far more on a busy machine.
    await vi.waitFor(() => expect(marks()).toBe(1000), { timeout: 55_000, interval: 50 });
    expect(slices.mock.calls.length).toBeGreaterThan(1); // sliced: more than one pass
  });

  it('marks results added later, and only once', async () => {
    document.body.innerHTML = '<p>热线 400-777-1234</p>';
    watchNumbers(ctx, options);
    await vi.waitFor(() => expect(marks()).toBe(1)); // the first scan is over
    const more = document.createElement('div');
    more.textContent = '淘宝客服 400-555-6666';
    document.body.append(more);
    await vi.waitFor(() => expect(marks()).toBe(2));
    more.append(' 更多文字');
    await new Promise((r) => setTimeout(r, 50));
    expect(marks()).toBe(2);
  });

  it('gives up on a page that keeps deleting its marks', async () => {
    document.body.innerHTML = '<p id="p">热线 400-777-8888</p>';
    watchNumbers(ctx, options);
    let removals = 0;
    const stop = setInterval(() => {
      const mark = document.querySelector('weiquan-mark');
      if (mark) {
        mark.remove();
        removals++;
      }
    }, 5);
    await new Promise((r) => setTimeout(r, 400));
    clearInterval(stop);
    expect(removals).toBeLessThanOrEqual(4);
  });

  it(
    'collapses a storm of added nodes into one walk of the page, and still marks each number',
    BIG_INPUT,
    async () => {
      const scanner = createScanner(options);
      const holders = Array.from({ length: 2_500 }, (_, i) => {
        const p = document.createElement('p');
        p.textContent = `热线 400-${String(100 + (i % 900))}-${String(1000 + i)}`;
        document.body.append(p);
        return p;
      });
      for (const p of holders) scanner.add(p);
      await drain(scanner);
      expect(marks()).toBe(2_500);
    },
  );

  it('resumes a walk whose current node the page removed between slices', async () => {
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>热线 400-555-${1000 + i}</p>`).join(
      '',
    );
    const scanner = createScanner(options);
    scanner.add(document.body);
    scanner.run(0); // the first request (8 texts) is out, and the walk stands on the 8th
    document.body.children[7]!.remove();
    await drain(scanner);
    expect(marks()).toBe(399);
  });

  it(
    'backs off past its share of a second, and stops for good after its total budget',
    REAL_TIME_BUDGET,
    async () => {
      // A judge that costs 2 ms per text, and a page that adds a number every 2 ms, forever.
      const slowScan = (text: string) => {
        const until = performance.now() + 2;
        while (performance.now() < until);
        return scan(text);
      };
      const limits = { ...WATCH_LIMITS, sliceMs: 4, busyPerSecondMs: 40, maxBusyMs: 120 };
      watchNumbers(ctx, { ...options, judge: judgeWith(slowScan) }, limits);
      let added = 0;
      const feed = setInterval(() => {
        const p = document.createElement('p');
        p.textContent = `热线 400-${String(100 + (added % 900))}-${String(1000 + (added++ % 9000))}`;
        document.body.append(p);
      }, 2);
      const at = (ms: number) => new Promise((r) => setTimeout(r, ms)).then(marks);
      const afterHalfSecond = await at(500);
      // 40 ms of work per second at 2 ms a number: about 20 marks, not the 250 added.
      expect(afterHalfSecond).toBeLessThanOrEqual(40);
      const atStop = await at(4_000);
      const later = await at(600);
      clearInterval(feed);
      // 120 ms of work at ≥ 2 ms a number is ~60 marks; each slice may overrun by a number, and a
      // loaded CI machine stretches that, so allow 2× — unbounded would be ~2,000 in these 4 s.
      expect(atStop).toBeLessThanOrEqual(120);
      expect(later).toBe(atStop);
    },
  );

  it('asks about the top of the page first, and walks on once that is marked', async () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>热线 400-555-${1000 + i}</p>`).join(
      '',
    );
    const requests: Array<{ texts: string[]; answer: () => void }> = [];
    const judge = (texts: string[]) =>
      new Promise<ScannedNumber[][]>((resolve) =>
        requests.push({ texts, answer: () => resolve(texts.map(scan)) }),
      );
    const scanner = createScanner({ ...options, judge });
    scanner.add(document.body);
    while (scanner.run(50));
    // One small request for the first texts, and the walk waits for its answer.
    expect(requests.map((r) => r.texts.length)).toEqual([8]);
    expect(requests[0]!.texts[0]).toContain('400-555-1000');
    requests[0]!.answer();
    await new Promise((resolve) => setTimeout(resolve, 0));
    scanner.run(NO_DEADLINE);
    expect(marks()).toBe(8);
    // Then the rest, in requests of at most JUDGE_BATCH texts, each answered and marked.
    const sizes: number[] = [];
    while (scanner.run(50) || scanner.waiting > 0) {
      for (const request of requests.splice(0)) {
        sizes.push(request.texts.length);
        request.answer();
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(sizes.slice(1).every((size) => size <= JUDGE_BATCH)).toBe(true);
    expect(sizes.slice(1).reduce((a, b) => a + b)).toBe(292);
    expect(marks()).toBe(300);
  });

  it(
    "counts the background's judging of a page's changes, and stops a page that never stops",
    REAL_TIME_BUDGET,
    async () => {
      // Long number-like texts added forever, judged at once (no time on this thread): only the
      // characters sent can stop the watcher. 120 ms at JUDGE_MS_PER_CHAR is 60,000 characters.
      const limits = { ...WATCH_LIMITS, maxBusyMs: 120 };
      let sent = 0;
      const judge = (texts: string[]) => {
        for (const text of texts) sent += text.length;
        return judgeWith(scan)(texts);
      };
      watchNumbers(ctx, { ...options, judge }, limits);
      let added = 0;
      const feed = setInterval(() => {
        const p = document.createElement('p');
        p.textContent = `热线 400-${String(100 + (added % 900))}-${String(1000 + (added++ % 9000))} ${'说明'.repeat(1_000)}`;
        document.body.append(p);
      }, 2);
      await new Promise((r) => setTimeout(r, 1_500));
      const atStop = sent;
      await new Promise((r) => setTimeout(r, 500));
      clearInterval(feed);
      expect(added).toBeGreaterThan(200); // about 2,000 characters a node: unbounded would be 400,000+
      expect(atStop).toBeLessThan(60_000 + 40 * 2_100); // the budget, plus what was in flight
      expect(sent).toBe(atStop); // stopped for good
    },
  );

  it('reads a node again that the page took out while it was being judged and put back', async () => {
    document.body.innerHTML = '<div id="list"><p id="p">淘宝客服电话：400-123-4567</p></div>';
    let answer: () => void = () => undefined;
    const judge = (texts: string[]) =>
      new Promise<ScannedNumber[][]>((resolve) => (answer = () => resolve(texts.map(scan))));
    const scanner = createScanner({ ...options, judge });
    scanner.add(document.body);
    while (scanner.run(50));
    const p = document.querySelector('#p')!;
    p.remove(); // a virtual list recycles the row
    answer();
    await drain(scanner);
    expect(marks()).toBe(0);
    document.querySelector('#list')!.append(p);
    scanner.add(p); // what the observer's childList record does
    const done = drain(scanner);
    answer();
    await done;
    expect(marks()).toBe(1);
  });

  // #28: the background judges each text alone, so a claim in a heading in another node reaches
  // it only as a "# …" line the watcher sends before the text.
  it('sends the heading above a text with it, and marks its numbers where they are', async () => {
    document.body.innerHTML =
      '<section><h2>快手客服怎么联系</h2><p><b>客服</b>热线：<span>400-006-6666</span>(人工)</p></section>';
    const sent: Array<{ texts: string[]; spans: Array<[number, number]> }> = [];
    const judge = (texts: string[], spans: Array<[number, number]>) => {
      sent.push({ texts, spans });
      return Promise.resolve(texts.map(scan));
    };
    const scanner = createScanner({ ...options, judge });
    scanner.add(document.body);
    await drain(scanner);
    const [text] = sent.flatMap((s) => s.texts).filter((t) => t.includes('400-006-6666'));
    expect(text).toBe('# 快手客服怎么联系\n客服热线：400-006-6666');
    const [span] = sent.flatMap((s) => s.spans.filter((_, i) => s.texts[i] === text));
    expect(text!.slice(span![0], span![1])).toBe('400-006-6666');
    expect(document.querySelector('span')!.textContent).toMatch(/^400-006-6666/);
    expect(marks()).toBe(1);
  });

  it('keeps a text with its heading within the judge’s limit, and leaves headings alone', async () => {
    const long = '很长的标题'.repeat(40);
    document.body.innerHTML =
      `<p>无标题 400-123-4567</p>` +
      `<div><h3>${long}</h3><div><p>热线 400-111-2222 ${'字'.repeat(6000)}</p></div></div>`;
    const sent: string[] = [];
    const judge = (texts: string[]) => {
      sent.push(...texts);
      return Promise.resolve(texts.map(scan));
    };
    const scanner = createScanner({ ...options, judge });
    scanner.add(document.body);
    await drain(scanner);
    for (const t of sent) expect(t.length).toBeLessThanOrEqual(MAX_JUDGED_CHARS);
    expect(sent.some((t) => t.startsWith(`# ${long.slice(0, 37)}\n`))).toBe(true);
    expect(sent).toContain('无标题 400-123-4567');
  });

  it('finds a search result’s title in its wrapper above the snippet', async () => {
    document.body.innerHTML =
      '<div class="result"><div class="c-row"><h3><a>唯品会客服电话是多少_百度知道</a></h3></div>' +
      '<div class="c-row"><div class="c-span9"><p>客服电话：400-678-9999</p></div></div></div>';
    const sent: string[] = [];
    const judge = (texts: string[]) => {
      sent.push(...texts);
      return Promise.resolve(texts.map(scan));
    };
    const scanner = createScanner({ ...options, judge });
    scanner.add(document.body);
    await drain(scanner);
    expect(sent).toEqual(['# 唯品会客服电话是多少_百度知道\n客服电话：400-678-9999']);
    // The next result has no title of its own: the previous result's is not its heading.
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div class="result"><div class="c-row"><p>客服电话：400-111-9999</p></div></div>',
    );
    scanner.add(document.body.lastChild!);
    await drain(scanner);
    expect(sent[1]).toBe('客服电话：400-111-9999');
  });

  it('marks an answer in the task it arrives in, not a timer later', async () => {
    document.body.innerHTML = '<p>热线 400-777-1234</p>';
    let answer: () => void = () => undefined;
    await new Promise<void>((asked) => {
      const judge = (texts: string[]) =>
        new Promise<ScannedNumber[][]>((resolve) => {
          answer = () => resolve(texts.map(scan));
          asked();
        });
      watchNumbers(ctx, { ...options, judge });
    });
    answer();
    // Promise callbacks only: any timer's task runs after them.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(marks()).toBe(1);
  });

  it('marks the same numbers with the same verdicts, in the same order, as a scanner run slice by slice', async () => {
    // Results under their titles, with official, unlisted and heading-claimed lines among them.
    const page = Array.from(
      { length: 60 },
      (_, i) =>
        `<div class="result"><div class="c-row"><h3><a>${['唯品会客服电话是多少', '淘宝售后问题', '顺丰客服怎么联系'][i % 3]}_${i}</a></h3></div>` +
        `<div class="c-row"><p>${['客服电话：400-678-9999', '支付宝客服 95188', '热线 0571-8815' + String(8100 + i), '订单号 4864583305858004803'][i % 4]}，${i} 条回答</p></div></div>`,
    ).join('');
    const judge = (texts: string[]) => Promise.resolve(judgeForMarks(texts, MAX_NUMBERS_PER_TEXT));
    const marked = () =>
      [...document.querySelectorAll('weiquan-mark')].map((mark) => [
        mark.getAttribute('data-weiquan-digits'),
        mark.getAttribute('data-weiquan-verdict'),
        mark.previousSibling?.textContent,
      ]);
    document.body.innerHTML = page;
    const scanner = createScanner({ ...options, judge });
    scanner.add(document.body);
    await drain(scanner);
    const sliceBySlice = marked();
    expect(new Set(sliceBySlice.map(([, verdict]) => verdict)).size).toBeGreaterThan(1);
    document.body.innerHTML = page;
    watchNumbers(ctx, { ...options, judge });
    await vi.waitFor(() => expect(marks()).toBe(sliceBySlice.length));
    expect(marked()).toEqual(sliceBySlice);
  });
});
