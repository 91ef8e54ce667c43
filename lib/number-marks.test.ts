// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { scanText } from '../rules/phone';
import { drain, judgeWith } from '../tests/support/number-scanner';
import { BIG_INPUT } from '../tests/support/time-limits';
import {
  candidateOf,
  mayHoldNumber,
  MAX_NODE_CHARS,
  type MarkOptions,
  type ScannedNumber,
} from './number-marks';
import { createScanner } from './number-watch';
import { MARK_LABELS } from './content-labels';

/** A stand-in judge: 9510211 is official, any 400 number a warning, with its claim in context. */
function stubScan(text: string): ScannedNumber[] {
  return [...text.matchAll(/9510211|400-\d{3}-\d{4}/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    digits: m[0].replace(/-/g, ''),
    verdict: m[0] === '9510211' ? 'official' : text.includes('淘宝客服') ? 'suspicious' : 'unlisted',
    reasons: [{ zh: `理由 <img src=x onerror=alert(1)>`, en: 'reason' }],
    officialRoute: { zh: '9510211', en: '9510211' },
  }));
}

const options = (onFeedback = vi.fn()): MarkOptions => ({
  lang: 'zh',
  judge: judgeWith(stubScan),
  labels: MARK_LABELS.zh,
  onFeedback,
});

const marks = () => Array.from(document.querySelectorAll('weiquan-mark'));
const markAll = async (opts = options()) => {
  const scanner = createScanner(opts);
  scanner.add(document.body);
  await drain(scanner);
};
const textOf = (selector: string) => document.querySelector(selector)!.firstChild as Text;

beforeEach(() => {
  document.body.innerHTML = `
    <p id="r1"><b>淘宝客服电话：</b>400-123-4567，24小时</p>
    <p id="r2">消费者热线 9510211 或 400-988-8898</p>
    <input value="400-111-2222"><div contenteditable="true">400-333-4444</div>`;
});

describe('inline number marks', () => {
  it('marks each number right after it, with the verdict on the host', async () => {
    await markAll();
    expect(
      marks().map((m) => [m.getAttribute('data-weiquan-digits'), m.getAttribute('data-weiquan-verdict')]),
    ).toEqual([
      ['4001234567', 'suspicious'],
      ['9510211', 'official'],
      ['4009888898', 'unlisted'],
    ]);
    expect(marks()[0]!.previousSibling?.textContent).toBe('400-123-4567');
    // The page text itself is unchanged: copy and paste still give the same text.
    expect(document.querySelector('#r2')!.textContent).toBe('消费者热线 9510211 或 400-988-8898');
  });

  it('reads the claim from the element before the number', async () => {
    await markAll();
    expect(marks()[0]!.getAttribute('data-weiquan-verdict')).toBe('suspicious');
  });

  it('never marks inside inputs or editable text', async () => {
    await markAll();
    expect(marks().map((m) => m.getAttribute('data-weiquan-digits'))).not.toContain('4003334444');
  });

  it('never stacks a second mark on the same number', async () => {
    await markAll();
    await markAll();
    await markAll();
    expect(marks()).toHaveLength(3);
  });

  it('puts reasons in as text, never as markup', async () => {
    await markAll();
    marks()[0]!.shadowRoot!.querySelector<HTMLElement>('.badge')!.click();
    const tip = marks()[0]!.shadowRoot!.querySelector('.tip')!;
    expect(tip.querySelector('img')).toBeNull();
    expect(tip.textContent).toContain('<img src=x');
  });

  it('takes "this verdict is wrong" only from a real click, never from a page script', async () => {
    // (The shopper's real click is tested in Chromium: tests/e2e/number-marks.e2e.ts.)
    const feedback = vi.fn();
    await markAll(options(feedback));
    marks()[0]!.shadowRoot!.querySelector<HTMLElement>('.badge')!.click();
    const wrong = marks()[0]!.shadowRoot!.querySelectorAll('button')[1]!;
    wrong.click();
    expect(feedback).not.toHaveBeenCalled();
    expect(marks()).toHaveLength(3);
  });

  it('keeps clicks on a mark inside a result link away from the link and the page', async () => {
    document.body.innerHTML = `<a href="#followed"><p>淘宝客服电话：400-123-4567</p></a>
      <weiquan-mark id="fake"></weiquan-mark>`;
    const pageHandler = vi.fn();
    document.addEventListener('click', pageHandler);
    await markAll();
    const badge = marks()[0]!.shadowRoot!.querySelector<HTMLElement>('.badge')!;
    const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
    badge.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(marks()[0]!.shadowRoot!.querySelector('.tip.open')).not.toBeNull();
    // The tooltip's own buttons work, and their clicks stay inside the mark too.
    marks()[0]!.shadowRoot!.querySelector<HTMLElement>('.tip button')!.click();
    expect(marks()).toHaveLength(1); // dismissed: only the page's look-alike is left
    expect(pageHandler).not.toHaveBeenCalled();
    // A look-alike the page made itself gets no tooltip from us.
    const fake = document.querySelector('#fake')!;
    const fakeBadge = document.createElement('span');
    fakeBadge.className = 'badge';
    fake.attachShadow({ mode: 'open' }).append(fakeBadge);
    fakeBadge.click();
    expect(fake.shadowRoot!.querySelector('.tip')).toBeNull();
  });

  it('skips code, SVG and hidden templates', async () => {
    document.body.innerHTML = `<script>var t = "淘宝客服 400-123-4567";</script><svg><text>淘宝客服 400-123-4567</text></svg>
      <style>/* 400-123-4567 */</style><p>淘宝客服 400-123-4567</p>`;
    await markAll();
    expect(marks()).toHaveLength(1);
    expect(marks()[0]!.parentElement!.tagName).toBe('P');
  });

  it('does not scan a node again while its text is unchanged', async () => {
    const scan = vi.fn(stubScan);
    await markAll({ ...options(), judge: judgeWith(scan) });
    expect(scan).toHaveBeenCalledTimes(2); // #r1 and #r2, nothing from the input or editable text
    for (const node of [textOf('#r1'), textOf('#r2')]) expect(candidateOf(node)).toBeNull();
    await markAll({ ...options(), judge: judgeWith(scan) });
    expect(scan).toHaveBeenCalledTimes(2);
  });

  it('leaves a node the page changed while it was being judged, and marks its new text', async () => {
    document.body.innerHTML = '<p id="p">淘宝客服电话：400-123-4567</p>';
    let answer: () => void = () => undefined;
    const judge = (texts: string[]) =>
      new Promise<ScannedNumber[][]>((resolve) => (answer = () => resolve(texts.map(stubScan))));
    const scanner = createScanner({ ...options(), judge });
    scanner.add(document.body);
    while (scanner.run(50));
    textOf('#p').nodeValue = '热线 400-988-8898'; // the page re-rendered the number meanwhile
    answer();
    await drain(scanner);
    expect(marks()).toHaveLength(0); // the old offsets would cut the new text in the wrong place
    scanner.add(textOf('#p')); // what the watcher's characterData record does
    const done = drain(scanner);
    answer();
    await done;
    expect(marks().map((m) => m.getAttribute('data-weiquan-digits'))).toEqual(['4009888898']);
  });

  it('sends texts again when the judge fails, and stops after repeated failures', async () => {
    const judge = vi.fn((texts: string[]) =>
      judge.mock.calls.length === 1
        ? Promise.reject(new Error('background restarted'))
        : judgeWith(stubScan)(texts),
    );
    await markAll({ ...options(), judge });
    expect(judge).toHaveBeenCalledTimes(2);
    expect(marks()).toHaveLength(3);
    document.body.innerHTML = '<p>淘宝客服电话：400-123-4567</p>';
    const failing = vi.fn(() => Promise.reject(new Error('extension reloaded')));
    await markAll({ ...options(), judge: failing });
    expect(failing).toHaveBeenCalledTimes(3);
    expect(marks()).toHaveLength(0);
  });

  it('gives up re-marking a number the page keeps re-rendering', async () => {
    const p = document.querySelector('#r1')!;
    let inserted = 0;
    for (let round = 0; round < 10; round++) {
      p.textContent = '淘宝客服电话：400-123-4567'; // a fresh text node, our mark gone
      await markAll();
      inserted += p.querySelectorAll('weiquan-mark').length;
    }
    expect(inserted).toBe(3);
  });

  it('scans only the start of a huge text node, and never a number cut at that point', async () => {
    const filler = '说明文字'.repeat((MAX_NODE_CHARS - 40) / 4);
    document.body.innerHTML = `<p id="big"></p>`;
    // 400-111-2222 straddles the limit; 400-555-6666 lies beyond it.
    textContentOf(
      '#big',
      `淘宝客服 400-123-4567 ${filler}${'字'.repeat(22)}400-111-2222 ${'字'.repeat(100)} 400-555-6666`,
    );
    await markAll();
    expect(marks().map((m) => m.getAttribute('data-weiquan-digits'))).toEqual(['4001234567']);
  });
});

function textContentOf(selector: string, text: string) {
  document.querySelector(selector)!.textContent = text;
}

describe('the prefilter', () => {
  it('lets through every number the finder reports in the labelled corpus, line by line', () => {
    const dir = 'tests/fixtures/phone/';
    const missed: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      for (const line of readFileSync(dir + file, 'utf8').split('\n')) {
        if (scanText(line).length > 0 && !mayHoldNumber(line)) missed.push(`${file}: ${line}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('passes short public numbers and spaced or bridged digits, rejects counts, dates and prices', () => {
    for (const text of [
      '拨打110报警',
      '12315',
      '4 0 0 1 2 3',
      '400 转 123 转 4567',
      '四零零八二二五二八八',
      '4OO-123-4567',
    ])
      expect(mayHoldNumber(text), text).toBe(true);
    for (const text of [
      '第123条',
      '3小时前',
      '2025-11-07 14:42:42',
      '实付款￥1,299.00',
      '订单号 4864583305858004803',
      '共 25 页',
    ])
      expect(mayHoldNumber(text), text).toBe(false);
  });

  it('is bounded on hostile text (10 MB of digits, separators and numerals)', BIG_INPUT, () => {
    // Linear work ends well under a second; backtracking would not end within the test's limit.
    // One 10-million-digit run is no phone number; the others hold number-like pieces.
    const texts = [
      '1'.repeat(10_000_000),
      '1 -'.repeat(3_000_000),
      '1a'.repeat(5_000_000),
      '一 '.repeat(5_000_000),
    ];
    expect(texts.map(mayHoldNumber)).toEqual([false, true, true, true]);
  });
});
