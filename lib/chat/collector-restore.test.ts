// @vitest-environment happy-dom
// After reading a chat's whole history the collector walks the list back to where the shopper
// was reading. On a list rendered in windows (旺旺 keeps about twenty messages in the DOM), the
// message the shopper was reading first renders again near the bottom of a window, where the
// list cannot yet scroll far enough to put it back in place: it must let the list load the
// messages below and place it again, not stop short (seen in Chromium as a flaky e2e).
import { afterEach, expect, it } from 'vitest';
import { WANGWANG } from '../../rules/sites/chat/layouts';
import { chatItem, chatWindow, textOf } from '../../tests/support/chat-items';
import { collectChat } from './collector';
import { CHAT_LIMITS } from './transcript-schema';

const TOTAL = 60;
const INITIAL = 15;
const PAGE = 10;
const MAX_RENDERED = 20;
const ROW = 50;
const VIEW = 300;

/**
 * A list of TOTAL messages that renders at most MAX_RENDERED rows of ROW px in a VIEW px window:
 * reaching the top loads PAGE older rows and drops rows below, reaching the bottom loads PAGE
 * newer rows and drops rows above, each keeping in view what the reader sees (as chat lists do).
 */
function windowedChat() {
  const { view, list } = chatWindow();
  let lo = TOTAL - INITIAL;
  let hi = TOTAL;
  let top = 0;
  let loading = false;
  const rows = () => list.children.length;
  const maxTop = () => Math.max(0, rows() * ROW - VIEW);
  const row = (i: number) => {
    const element = chatItem(i);
    element.getBoundingClientRect = () => {
      const y = [...list.children].indexOf(element) * ROW - top;
      return DOMRect.fromRect({ x: 0, y, width: 300, height: ROW });
    };
    return element;
  };
  for (let i = lo; i < hi; i++) list.append(row(i));
  view.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 300, height: VIEW });
  Object.defineProperty(view, 'clientHeight', { get: () => VIEW });
  Object.defineProperty(view, 'scrollHeight', { get: () => rows() * ROW });
  const load = (older: boolean) => {
    loading = true;
    setTimeout(() => {
      if (older) {
        const from = Math.max(0, lo - PAGE);
        const batch = document.createDocumentFragment();
        for (let i = from; i < lo; i++) batch.append(row(i));
        list.prepend(batch);
        top += (lo - from) * ROW;
        lo = from;
        for (; hi - lo > MAX_RENDERED; hi--) list.lastElementChild!.remove();
      } else {
        const to = Math.min(TOTAL, hi + PAGE);
        for (let i = hi; i < to; i++) list.append(row(i));
        hi = to;
        for (; hi - lo > MAX_RENDERED; lo++, top -= ROW) list.firstElementChild!.remove();
      }
      loading = false;
    }, 5);
  };
  Object.defineProperty(view, 'scrollTop', {
    get: () => top,
    set(value: number) {
      top = Math.min(Math.max(0, value), maxTop());
      if (loading) return;
      if (top === 0 && lo > 0) load(true);
      else if (top === maxTop() && hi < TOTAL) load(false);
    },
  });
  return { view };
}

afterEach(() => {
  document.body.innerHTML = '';
});

it('puts the message the shopper was reading back where it was, though it first renders too near the bottom to scroll to', async () => {
  const { view } = windowedChat();
  // The shopper reads a little way up: message 49 is at the top of the view, 20 px above its edge.
  view.scrollTop = 220;
  const reading = () => {
    const shown = [...view.querySelectorAll('.message-item')].find(
      (item) => item.getBoundingClientRect().bottom > 0,
    )!;
    return { text: shown.querySelector('pre')!.textContent, offset: shown.getBoundingClientRect().top };
  };
  expect(reading()).toEqual({ text: textOf(49), offset: -20 });
  const result = await collectChat(
    { limits: CHAT_LIMITS, maxMs: 20_000, waitMs: 300, emptyTries: 2, restoreMs: 5_000 },
    WANGWANG,
  );
  expect(result).toMatchObject({ status: 'collected', stop: 'nothing-older', restored: true });
  expect(reading()).toEqual({ text: textOf(49), offset: -20 });
}, 30_000);
