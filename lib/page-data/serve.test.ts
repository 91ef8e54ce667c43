import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { REPLY_EVENT, REQUEST_EVENT } from './channel';
import { servePageData } from './serve';

/** Runs `attack` (the page's scripts, after ours started), asks once, undoes the attack. */
function askAfter(attack: () => () => void): unknown {
  const win = new Window({ url: 'https://weidian.com/user/order/list.php' }) as unknown as globalThis.Window &
    typeof globalThis;
  (win as unknown as Record<string, unknown>).getData = { result: { list: [{ orderId: '12345678901' }] } };
  servePageData({ matches: [], global: 'getData', responsePaths: ['/list/'] }, win);
  const answers: unknown[] = [];
  win.addEventListener(REPLY_EVENT, (event) =>
    answers.push((event as unknown as CustomEvent<unknown>).detail),
  );
  const undo = attack();
  try {
    win.dispatchEvent(new win.CustomEvent(REQUEST_EVENT));
  } finally {
    undo();
  }
  return answers[0];
}

// The test's own tools, taken before any attack replaces them.
const { getOwnPropertyDescriptor, defineProperty, assign, create } = Object;
/** Prototype-less descriptors: a planted Object.prototype.get would otherwise spoil them. */
const bare = (d: PropertyDescriptor) => assign(create(null) as PropertyDescriptor, d);

/** Replaces `name` on `target` until the returned function is called. */
function replace(target: object, name: string, descriptor: PropertyDescriptor): () => void {
  const before = getOwnPropertyDescriptor(target, name);
  defineProperty(target, name, bare({ configurable: true, ...descriptor }));
  return () => {
    if (before) defineProperty(target, name, bare(before));
    else delete (target as Record<string, unknown>)[name];
  };
}

describe('servePageData (the page-world script)', () => {
  it('uses no native the page replaced after it started, nor a getter the page planted', () => {
    let calls = '';
    const called = (name: string) => (calls += `${name};`);
    const forged = (name: string, value: unknown) => ({
      value: (...args: unknown[]) => {
        called(name);
        void args;
        return value;
      },
    });
    const answer = askAfter(() => {
      const undo = [
        replace(Array.prototype, 'join', forged('join', '"forged":1')),
        replace(Array.prototype, 'some', forged('some', true)),
        replace(String.prototype, 'includes', forged('includes', true)),
        replace(JSON, 'stringify', forged('stringify', '"forged"')),
        replace(JSON, 'parse', forged('parse', { forged: true })),
        replace(Object, 'keys', forged('keys', ['forged'])),
        replace(Object, 'getOwnPropertyDescriptor', forged('gopd', { value: 'forged' })),
        replace(Object.prototype, 'value', { get: () => (called('Object.prototype.value'), 'forged') }),
        replace(Object.prototype, 'get', { get: () => (called('Object.prototype.get'), undefined) }),
        replace(Object.prototype, 'bubbles', { get: () => (called('Object.prototype.bubbles'), true) }),
      ];
      return () => {
        for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
      };
    });
    expect(calls).toBe('');
    expect(JSON.parse(answer as string)).toEqual({
      global: 'getData',
      responses: [],
      value: { result: { list: [{ orderId: '12345678901' }] } },
    });
  });
});
