// @vitest-environment happy-dom
// The collector on a small virtual chat page (happy-dom): older history arrives ten messages at
// a time when the list is scrolled to the top, as on 旺旺, and never ends. With the message cap
// reached in the middle of a load, the transcript must be the newest messages, whole and in order.
import { afterEach, describe, expect, it } from 'vitest';
import { WANGWANG } from '../../rules/sites/chat/layouts';
import { collectChat } from './collector';
import { buildTranscript, chooseFrame } from './transcript';
import { CHAT_LIMITS } from './transcript-schema';
import type { CollectOptions } from './types';
import { chatItem as item, chatWindow, textOf, timeOf } from '../../tests/support/chat-items';

const TOTAL = 200;
const INITIAL = 15;
const PAGE = 10;

/**
 * A 旺旺-like list: the newest INITIAL of `total` messages shown; scrolling to the top loads PAGE
 * older ones after `delay` ms. `swallow`: every other movement to the top is ignored.
 */
function chatPage(total = TOTAL, delay = 5, swallow = false): void {
  const { view, list } = chatWindow();
  let lo = total - INITIAL;
  for (let i = lo; i < total; i++) list.append(item(i));
  let top = 500;
  let loading = false;
  let movements = 0;
  Object.defineProperty(view, 'scrollTop', {
    get: () => top,
    set(value: number) {
      top = value;
      if (value !== 0 || loading || lo === 0) return;
      if (swallow && movements++ % 2 === 0) return;
      loading = true;
      setTimeout(() => {
        // One batch in one mutation, oldest first, as the page inserts a fragment.
        const batch = document.createDocumentFragment();
        const from = Math.max(0, lo - PAGE);
        for (let i = from; i < lo; i++) batch.append(item(i));
        list.prepend(batch);
        lo = from;
        top = 500;
        loading = false;
      }, delay);
    },
  });
}

const options = (messages: number): CollectOptions => ({
  limits: { ...CHAT_LIMITS, messages },
  maxMs: 20_000,
  waitMs: 300,
  emptyTries: 2,
  restoreMs: 1_000,
});

/** The collector run on the page, its answer checked and merged as the background does. */
async function captured(collect: CollectOptions) {
  const frame = chooseFrame([await collectChat(collect, WANGWANG)]);
  if (!frame.ok) throw new Error(frame.error);
  return buildTranscript(frame.value, 'http://market.m.taobao.com/app/im/chat/', 0, 'wangwang').transcript;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the chat collector at its message cap', () => {
  it.each([30, 33, 45])(
    'a cap of %i reached mid-load keeps the newest messages whole and in order, marked too-many',
    async (cap) => {
      chatPage();
      const transcript = await captured(options(cap));
      expect(transcript.stop).toBe('too-many');
      const read = transcript.messages.length;
      expect(read).toBeGreaterThan(cap - PAGE);
      expect(read).toBeLessThanOrEqual(cap);
      const newest = Array.from({ length: read }, (_, k) => textOf(TOTAL - read + k));
      expect(transcript.messages.map((message) => message.text)).toEqual(newest);
      expect(transcript.messages.map((message) => message.time)).toEqual(
        newest.map((_, k) => timeOf(TOTAL - read + k)),
      );
      expect(transcript.complete).toBe(false);
    },
    30_000,
  );
});

describe('the chat collector at the top of a chat that never says there is nothing older', () => {
  it('still waits out a load slower than its short retries, when the page ignored the first movement', async () => {
    // waitMs 300 over 3 tries: a retry after 100 ms of quiet, the last waits 300 ms. Each load
    // takes 320 ms, and every other movement is ignored: no message may be lost to the retries.
    chatPage(75, 320, true);
    const transcript = await captured({ ...options(CHAT_LIMITS.messages), emptyTries: 3 });
    expect(transcript.stop).toBe('nothing-older');
    expect(transcript.messages.map((message) => message.text)).toEqual(
      Array.from({ length: 75 }, (_, i) => textOf(i)),
    );
    expect(transcript.complete).toBe(true);
  }, 30_000);
});
