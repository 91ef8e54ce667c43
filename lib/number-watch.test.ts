// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarkOptions, ScannedNumber } from './number-marks';
import { watchNumbers } from './number-watch';

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
  scan,
  labels: {
    verdicts: {
      official: '官方',
      unconfirmed: '未能确认',
      unlisted: '非已知官方号码',
      suspicious: '冒用平台名义',
    },
    dismiss: '关闭',
    wrong: '有误',
    instead: '官方渠道：',
  },
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
  it('marks a large page in slices and reports every number once', async () => {
    document.body.innerHTML = Array.from(
      { length: 3000 },
      (_, i) => `<p>电话 400-${String(i).padStart(3, '0').slice(-3)}-${String(1000 + i)}</p>`,
    ).join('');
    const reported = vi.fn();
    watchNumbers(ctx, options, reported);
    await vi.waitFor(() => expect(marks()).toBe(3000), { timeout: 20_000, interval: 50 });
    expect(reported.mock.calls.length).toBeGreaterThan(1); // sliced: more than one pass
    expect((reported.mock.lastCall![0] as ScannedNumber[]).length).toBe(3000);
  });

  it('marks results added later, and only once', async () => {
    watchNumbers(ctx, options, () => undefined);
    const more = document.createElement('div');
    more.textContent = '淘宝客服 400-555-6666';
    document.body.append(more);
    await vi.waitFor(() => expect(marks()).toBe(1));
    more.append(' 更多文字');
    await new Promise((r) => setTimeout(r, 50));
    expect(marks()).toBe(1);
  });

  it('gives up on a page that keeps deleting its marks', async () => {
    document.body.innerHTML = '<p id="p">热线 400-777-8888</p>';
    watchNumbers(ctx, options, () => undefined);
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
});
