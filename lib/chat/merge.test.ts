import { describe, expect, it } from 'vitest';
import { mergeWindows, messageKey } from './merge';
import type { ChatMessage } from './types';

const msg = (text: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  sender: '卖家',
  own: false,
  time: '2026-11-20 10:01:02',
  text,
  images: [],
  files: [],
  ...extra,
});

/** Token t reads as message `messages[t]`. */
const itemsOf = (messages: ChatMessage[]) => new Map(messages.map((m, token) => [token, m]));
const texts = (result: { messages: ChatMessage[] }) => result.messages.map((m) => m.text);

/** A seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('merging windows of a virtualised chat', () => {
  it('keeps one window as it is', () => {
    const messages = [msg('a'), msg('b'), msg('c')];
    expect(texts(mergeWindows([[0, 1, 2]], itemsOf(messages)))).toEqual(['a', 'b', 'c']);
  });

  it('puts older windows before newer ones while scrolling up, each message once', () => {
    const messages = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((t) => msg(t));
    // Bottom first; each load adds two above and unloads two far below.
    const windows = [
      [4, 5, 6],
      [2, 3, 4, 5, 6],
      [2, 3, 4],
      [0, 1, 2, 3, 4],
      [0, 1, 2],
    ];
    const result = mergeWindows(windows, itemsOf(messages));
    expect(texts(result)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    expect(result.gaps).toBe(0);
  });

  it('keeps identical-looking messages apart when they are different elements', () => {
    // "在吗" three times in one second by the shopper: same sender, time and text.
    const same = msg('在吗', { own: true, sender: '买家' });
    const messages = [msg('before'), same, same, same];
    // The run straddles the window edge; content alone cannot say how many are new above,
    // the element tokens can.
    const windows = [
      [2, 3],
      [0, 1, 2],
    ];
    expect(texts(mergeWindows(windows, itemsOf(messages)))).toEqual(['before', '在吗', '在吗', '在吗']);
  });

  it('recognises a message whose element the page re-created, by its content', () => {
    // Tokens 5 and 6 are new elements for the messages first seen as tokens 1 and 2.
    const messages = [msg('x'), msg('y'), msg('z'), msg('w'), msg('v'), msg('y'), msg('z')];
    const windows = [
      [1, 2, 3],
      [4, 0, 5, 6],
    ];
    expect(texts(mergeWindows(windows, itemsOf(messages)))).toEqual(['v', 'x', 'y', 'z', 'w']);
  });

  it('keys on the message id when the page gives one', () => {
    const a = msg('好的', { id: 'm-1' });
    const b = msg('好的', { id: 'm-2' });
    expect(messageKey(a)).not.toBe(messageKey(b));
    // Re-created elements (tokens 2, 3) for both: matched by id, no duplicates, none lost.
    const messages = [a, b, { ...a }, { ...b }, msg('older')];
    const result = mergeWindows(
      [
        [0, 1],
        [4, 2, 3],
      ],
      itemsOf(messages),
    );
    expect(result.messages.map((m) => m.id ?? m.text)).toEqual(['older', 'm-1', 'm-2']);
    expect(result.gaps).toBe(0);
  });

  it('tells attachments apart: same text and time, different image', () => {
    const one = msg('', { images: ['https://img.alicdn.com/a.jpg'] });
    const two = msg('', { images: ['https://img.alicdn.com/b.jpg'] });
    expect(messageKey(one)).not.toBe(messageKey(two));
    const result = mergeWindows([[0], [1, 2]], itemsOf([one, two, { ...one }]));
    expect(result.messages.map((m) => m.images[0])).toEqual([
      'https://img.alicdn.com/b.jpg',
      'https://img.alicdn.com/a.jpg',
    ]);
  });

  it('counts a window that shares nothing with the rest as a gap and puts it first', () => {
    const messages = [msg('a'), msg('b'), msg('c'), msg('d')];
    const result = mergeWindows(
      [
        [2, 3],
        [0, 1],
      ],
      itemsOf(messages),
    );
    expect(texts(result)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.gaps).toBe(1);
  });

  it('ignores tokens with no content read and empty windows', () => {
    const messages = itemsOf([msg('a'), msg('b')]);
    const result = mergeWindows([[], [0, 99, 1], [99]], messages);
    expect(texts(result)).toEqual(['a', 'b']);
    expect(result.gaps).toBe(0);
  });

  /**
   * Scrolls a simulated virtualised list of `truth` from the bottom to the top: `size` messages
   * rendered, `step` older ones loaded at a time, the far ones unloaded; now and then the page
   * re-creates an element it keeps showing (probability `recreate`).
   */
  function simulate(truth: ChatMessage[], size: number, step: number, recreate: number, next: () => number) {
    const items = new Map<number, ChatMessage>();
    let nextToken = 0;
    /** The element currently rendering each message index. */
    const element = new Map<number, number>();
    const render = (index: number) => {
      let token = element.get(index);
      if (token === undefined || next() < recreate) {
        token = nextToken++;
        element.set(index, token);
        items.set(token, { ...truth[index]! });
      }
      return token;
    };
    const windows: number[][] = [];
    let top = truth.length - size;
    let bottom = truth.length;
    for (;;) {
      windows.push(Array.from({ length: bottom - top }, (_, k) => render(top + k)));
      if (top === 0) break;
      top = Math.max(0, top - step);
      for (let i = top + size; i < bottom; i++) element.delete(i);
      bottom = Math.min(bottom, top + size);
    }
    return mergeWindows(windows, items);
  }

  it('rebuilds a long conversation whose page re-creates elements', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      // 1,000 messages with many look-alikes: four texts, two seconds a minute, two senders.
      const truth = Array.from({ length: 1000 }, (_, i) =>
        msg(['好的', '在吗', '亲，发货了', '收到'][Math.floor(next() * 4)]!, {
          own: next() < 0.5,
          time: `2026-11-20 10:${String(Math.floor(i / 40)).padStart(2, '0')}:0${Math.floor(next() * 2)}`,
        }),
      );
      const result = simulate(truth, 40, 20, 0.2, next);
      expect(result.messages).toEqual(truth);
      expect(result.gaps).toBe(0);
    }
  });

  it('rebuilds a conversation of near-identical messages from windows that barely overlap', () => {
    for (const seed of [6, 7, 8]) {
      const next = random(seed);
      // Two texts, one sender, one second: only the elements tell these apart.
      const truth = Array.from({ length: 600 }, () => msg(next() < 0.7 ? '在吗' : '好的'));
      const result = simulate(truth, 22, 20, 0, next);
      expect(result.messages).toEqual(truth);
      expect(result.gaps).toBe(0);
    }
  });
});
