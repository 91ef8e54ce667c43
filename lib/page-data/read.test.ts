import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { REPLY_EVENT, REQUEST_EVENT } from './channel';
import { readPageData } from './read';

/** A window where the page itself answers each request with `detail`. */
function answering(...details: unknown[]) {
  const win = new Window({ url: 'https://weidian.com/user/order/list.php' }) as unknown as Window &
    typeof globalThis;
  win.addEventListener(REQUEST_EVENT, () => {
    for (const detail of details) win.dispatchEvent(new win.CustomEvent(REPLY_EVENT, { detail }));
  });
  return readPageData(win as unknown as globalThis.Window);
}

describe('readPageData (the content script checking the answer)', () => {
  it('says when nobody answers', () => {
    expect(answering()).toMatchObject({ ok: false, reason: 'unanswered' });
  });

  it.each([
    ['not text', { value: {} }, 'the answer is not text'],
    ['not JSON', '{"value":', 'the answer is not JSON'],
    ['without responses', '{"value":{}}', 'the answer has the wrong shape'],
    [
      'with too many responses',
      JSON.stringify({ value: {}, responses: Array(51).fill({}) }),
      'the answer has the wrong shape',
    ],
    ['an array', '[]', 'the answer has the wrong shape'],
    [
      'an error',
      '{"global":"getData","responses":[],"error":"is an accessor"}',
      'window.getData is an accessor',
    ],
  ])('rejects an answer that is %s', (_name, detail, why) => {
    expect(answering(detail)).toEqual({ ok: false, reason: 'malformed', detail: why });
  });

  it('says when the global is missing, and passes data and truncation on', () => {
    expect(answering('{"global":"getData","responses":[]}')).toEqual({
      ok: false,
      reason: 'missing',
      detail: 'window.getData is missing',
    });
    expect(answering('{"global":"getData","responses":[{"b":2}],"value":{"a":1},"truncated":true}')).toEqual({
      ok: true,
      value: { a: 1 },
      responses: [{ b: 2 }],
      truncated: true,
    });
  });
});
