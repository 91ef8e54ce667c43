// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { markTextNode, textNodesUnder, type MarkOptions, type ScannedNumber } from './number-marks';

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
  scan: stubScan,
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
  onFeedback,
});

const marks = () => Array.from(document.querySelectorAll('weiquan-mark'));
const markAll = (opts = options()) =>
  textNodesUnder(document.body).forEach((node) => markTextNode(node, opts));

beforeEach(() => {
  document.body.innerHTML = `
    <p id="r1"><b>淘宝客服电话：</b>400-123-4567，24小时</p>
    <p id="r2">消费者热线 9510211 或 400-988-8898</p>
    <input value="400-111-2222"><div contenteditable="true">400-333-4444</div>`;
});

describe('inline number marks', () => {
  it('marks each number right after it, with the verdict on the host', () => {
    markAll();
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

  it('reads the claim from the element before the number', () => {
    markAll();
    expect(marks()[0]!.getAttribute('data-weiquan-verdict')).toBe('suspicious');
  });

  it('never marks inside inputs or editable text', () => {
    markAll();
    expect(marks().map((m) => m.getAttribute('data-weiquan-digits'))).not.toContain('4003334444');
  });

  it('never stacks a second mark on the same number', () => {
    markAll();
    markAll();
    markAll();
    expect(marks()).toHaveLength(3);
  });

  it('puts reasons in as text, never as markup', () => {
    markAll();
    marks()[0]!.shadowRoot!.querySelector<HTMLElement>('.badge')!.click();
    const tip = marks()[0]!.shadowRoot!.querySelector('.tip')!;
    expect(tip.querySelector('img')).toBeNull();
    expect(tip.textContent).toContain('<img src=x');
  });

  it('lets the shopper say a verdict is wrong, and removes the mark', () => {
    const feedback = vi.fn();
    markAll(options(feedback));
    marks()[0]!.shadowRoot!.querySelector<HTMLElement>('.badge')!.click();
    const wrong = marks()[0]!.shadowRoot!.querySelectorAll('button')[1]!;
    wrong.click();
    expect(feedback).toHaveBeenCalledWith(expect.objectContaining({ digits: '4001234567' }));
    expect(marks()).toHaveLength(2);
  });
});
