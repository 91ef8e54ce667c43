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

const TOTAL = 200;
const INITIAL = 15;
const PAGE = 10;

const textOf = (i: number) => `第 ${i} 条消息`;
const timeOf = (i: number) =>
  `2026-11-20 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;

function item(i: number): HTMLElement {
  const row = document.createElement('div');
  row.className = i % 2 ? 'message-item self' : 'message-item';
  const info = document.createElement('div');
  const nick = document.createElement('span');
  nick.className = 'nick';
  nick.textContent = i % 2 ? '买家小王' : '店铺客服';
  const time = document.createElement('span');
  time.className = 'time';
  time.textContent = timeOf(i);
  info.append(nick, time);
  const content = document.createElement('div');
  content.className = 'content';
  const text = document.createElement('pre');
  text.className = 'edit';
  text.textContent = textOf(i);
  content.append(text);
  row.append(info, content);
  return row;
}

/** A 旺旺-like list: the newest INITIAL messages shown; scrolling to the top loads PAGE older ones. */
function chatPage(): void {
  document.body.innerHTML =
    '<div class="ww_header"><span class="name">小米官方旗舰店</span></div>' +
    '<div class="ww_message"><div class="rc-scrollbars-view"><div class="message-list"></div></div></div>';
  const view = document.querySelector<HTMLElement>('.rc-scrollbars-view')!;
  const list = view.querySelector('.message-list')!;
  let lo = TOTAL - INITIAL;
  for (let i = lo; i < TOTAL; i++) list.append(item(i));
  let top = 500;
  let loading = false;
  Object.defineProperty(view, 'scrollTop', {
    get: () => top,
    set(value: number) {
      top = value;
      if (value !== 0 || loading || lo === 0) return;
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
      }, 5);
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

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the chat collector at its message cap', () => {
  it.each([30, 33, 45])(
    'a cap of %i reached mid-load keeps the newest messages whole and in order, marked too-many',
    async (cap) => {
      chatPage();
      const answer = await collectChat(options(cap), WANGWANG);
      const frame = chooseFrame([answer]);
      if (!frame.ok) throw new Error(frame.error);
      expect(frame.value.stop).toBe('too-many');
      const { transcript } = buildTranscript(
        frame.value,
        'http://market.m.taobao.com/app/im/chat/',
        0,
        'wangwang',
      );
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
