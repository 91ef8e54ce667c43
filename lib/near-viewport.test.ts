// @vitest-environment happy-dom
// happy-dom's IntersectionObserver never reports: a stand-in the test moves the viewport for.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drain, judgeWith } from '../tests/support/number-scanner';
import { viewportGate, type Held } from './near-viewport';
import { candidateOf, type MarkOptions, type ScannedNumber } from './number-marks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createScanner, watchNumbers } from './number-watch';
import { MARK_LABELS } from './content-labels';

/** A slice budget that cannot run out on a loaded machine: these tests check what is marked, not how fast. */
const NO_DEADLINE = 60_000;

/** Every IntersectionObserver made, and a way to bring elements near the viewport. */
class FakeObserver {
  static made: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(
    readonly callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void,
    readonly init: IntersectionObserverInit,
  ) {
    FakeObserver.made.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  /** What the browser reports after a frame: each watched element, near or not. */
  report(near: (target: Element) => boolean) {
    this.callback([...this.targets].map((target) => ({ target, isIntersecting: near(target) })));
  }
}

beforeEach(() => {
  FakeObserver.made = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const number = (digits: string): ScannedNumber => ({
  start: 0,
  end: digits.length,
  text: digits,
  digits,
  verdict: 'unlisted',
  reasons: [],
});
const heldIn = (p: Element, digits: string): Held => ({
  candidate: { node: p.firstChild as Text, whole: digits, text: digits, offset: 0, limit: digits.length },
  found: [number(digits)],
});

describe('viewport gate', () => {
  it('holds numbers until their element comes within a screen of its own document’s viewport', () => {
    document.body.innerHTML = '<p id="a">4001234567</p><p id="b">4007654321</p>';
    const near = vi.fn<(held: Held[]) => void>();
    const gate = viewportGate(near)!;
    const [a, b] = [document.querySelector('#a')!, document.querySelector('#b')!];
    expect(gate.hold(heldIn(a, '4001234567'))).toBe(true);
    expect(gate.hold(heldIn(b, '4007654321'))).toBe(true);
    const observer = FakeObserver.made[0]!;
    expect(observer.init).toEqual({ root: document, rootMargin: '100% 0px 100% 0px' });
    observer.report(() => false);
    expect(near).not.toHaveBeenCalled();
    observer.report((target) => target === a);
    expect(near.mock.calls.map(([held]) => held.map((h) => h.found[0]!.digits))).toEqual([['4001234567']]);
    // Let go once near: b alone is still watched.
    expect([...observer.targets]).toEqual([b]);
    gate.close();
    expect(observer.targets.size).toBe(0);
  });

  it('marks at once past 2,000 watched elements in the page (a hostile page), and without IntersectionObserver', () => {
    document.body.innerHTML = Array.from({ length: 2_001 }, (_, i) => `<p>${4_000_000_000 + i}</p>`).join('');
    const gate = viewportGate(() => undefined)!;
    const ps = [...document.querySelectorAll('p')];
    const accepted = ps.map((p) => gate.hold(heldIn(p, p.textContent)));
    expect(accepted.filter(Boolean).length).toBe(2_000);
    expect(accepted.at(-1)).toBe(false);
    // Rows the page dropped make room again, within 64 refused holds.
    for (const p of ps.slice(0, 10)) p.remove();
    const later = Array.from({ length: 100 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = String(4_100_000_000 + i);
      return document.body.appendChild(p);
    });
    const acceptedLater = later.map((p) => gate.hold(heldIn(p, p.textContent)));
    expect(acceptedLater.filter(Boolean).length).toBe(10);
    expect(acceptedLater.slice(0, 63).some(Boolean)).toBe(false);
    vi.stubGlobal('IntersectionObserver', undefined);
    expect(viewportGate(() => undefined)).toBeNull();
  });

  it('follows a held text node the page moved to another element on its own', () => {
    document.body.innerHTML = '<p id="a">4001234567</p><div id="b"></div>';
    const near = vi.fn<(held: Held[]) => void>();
    const gate = viewportGate(near)!;
    const [a, b] = [document.querySelector('#a')!, document.querySelector('#b')!];
    const held = heldIn(a, '4001234567');
    gate.hold(held);
    b.append(held.candidate.node);
    a.remove();
    gate.moved(held.candidate.node);
    const observer = FakeObserver.made[0]!;
    observer.report((target) => target === a);
    expect(near).not.toHaveBeenCalled();
    observer.report((target) => target === b);
    expect(near).toHaveBeenCalledWith([held]);
  });
});

describe('scanner with the viewport gate', () => {
  const scan = (text: string): ScannedNumber[] =>
    [...text.matchAll(/400-\d{3}-\d{4}/g)].map((m) => ({
      ...number(m[0].replace(/-/g, '')),
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    }));
  const options: MarkOptions = {
    lang: 'zh',
    judge: judgeWith(scan),
    gate: viewportGate,
    labels: MARK_LABELS.zh,
  };
  const marks = () => [...document.querySelectorAll('weiquan-mark')].map((m) => m.parentElement!.id);

  it('lists every judged number at once, and marks each paragraph as it comes near', async () => {
    document.body.innerHTML = Array.from(
      { length: 30 },
      (_, i) => `<p id="p${i}">热线 400-555-${1000 + i}</p>`,
    ).join('');
    let woken = 0;
    const scanner = createScanner(options, () => woken++);
    scanner.add(document.body);
    await drain(scanner);
    expect(marks()).toEqual([]);
    // The first screen comes near: its paragraphs are marked by the next slice.
    const observer = FakeObserver.made[0]!;
    const wokenBefore = woken;
    observer.report((target) => Number(target.id.slice(1)) < 5);
    expect(woken).toBe(wokenBefore + 1);
    expect(scanner.run(NO_DEADLINE)).toBe(false);
    expect(marks()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    // Scrolled to the end: the rest, once each, however often the browser reports them.
    observer.report(() => true);
    observer.report(() => true);
    scanner.run(NO_DEADLINE);
    expect(marks()).toHaveLength(30);
    expect(new Set(marks()).size).toBe(30);
  });

  it('lets go of every held element when the content script is invalidated', async () => {
    document.body.innerHTML = '<p>热线 400-555-1000</p><p>热线 400-555-2000</p>';
    let invalidate = () => undefined as void;
    const ctx = { onInvalidated: (fn: () => void) => (invalidate = fn) } as unknown as ContentScriptContext;
    watchNumbers(ctx, options);
    // Both numbers judged and held, their elements watched until they come near.
    await vi.waitFor(() => expect(FakeObserver.made[0]?.targets.size).toBe(2));
    const observer = FakeObserver.made[0]!;
    invalidate();
    expect(observer.targets.size).toBe(0);
  });

  it('does not mark a held number whose text the page changed meanwhile', async () => {
    document.body.innerHTML = '<p id="p">热线 400-555-1000</p>';
    const scanner = createScanner(options);
    scanner.add(document.body);
    await drain(scanner);
    const text = document.querySelector('#p')!.firstChild as Text;
    text.nodeValue = '热线 已下线';
    FakeObserver.made[0]!.report(() => true);
    scanner.run(NO_DEADLINE);
    expect(marks()).toEqual([]);
    // Its change is read on its own, as the page observer queues it.
    text.nodeValue = '热线 400-555-2000';
    expect(candidateOf(text)?.text).toContain('400-555-2000');
  });
});
