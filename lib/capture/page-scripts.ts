// Code that runs in the captured page, injected with scripting.executeScript({ func }). Each
// injected function is serialised on its own, so everything it uses is defined inside it; its
// state between calls lives in the extension's isolated world, out of the page's reach.
import type { Rect } from './plan';

/** What a capture scrolls: the page itself, or one scrolling element (a chat's message list). */
export type ScrollTarget = { kind: 'window' } | { kind: 'element'; selector: string };

export type PageCommand =
  /** releaseSticky: false for a screenshot of the page as the shopper sees it now. */
  | { op: 'prepare'; target: ScrollTarget; releaseSticky: boolean }
  | { op: 'scroll'; offset: number; hideFixed: boolean }
  | { op: 'restore' };

export interface PreparedPage {
  url: string;
  viewport: { width: number; height: number };
  devicePixelRatio: number;
  /** The scroll position found, put back afterwards. */
  start: { x: number; y: number };
  contentHeight: number;
  /** Our own marks and buttons hidden for the capture. */
  marksHidden: number;
  /** position: sticky elements made static, so a sticky header shows once, where it belongs. */
  stickyReleased: number;
}

export interface ScrolledPage {
  /** Content offset of the clip's top edge (the page may refuse to scroll as far as asked). */
  offset: number;
  contentHeight: number;
  /** Where the scrolled content is visible in this frame's viewport, CSS px. */
  clip: Rect;
  /** position: fixed elements hidden so far (they stay in the first screen only). */
  fixedHidden: number;
}

export type PageReply =
  { ok: true; prepared?: PreparedPage; scrolled?: ScrolledPage } | { ok: false; error: string };

/** Runs one step of a capture in the page. Self-contained: see the note at the top. */
export async function pageCapture(command: PageCommand): Promise<PageReply> {
  interface Saved {
    el: HTMLElement;
    prop: string;
    value: string;
    priority: string;
  }
  interface State {
    target: ScrollTarget;
    saved: Saved[];
    handled: WeakSet<Element>;
    start: { x: number; y: number };
    window: { x: number; y: number };
    fixedHidden: number;
  }
  const KEY = '__weiquanCapture';
  const MARKS = '[data-weiquan-verdict], [data-weiquan-order], weiquan-order-button, weiquan-red-flags';
  const store = globalThis as unknown as Record<string, State | undefined>;

  const override = (state: State, el: HTMLElement, prop: string, value: string) => {
    state.saved.push({
      el,
      prop,
      value: el.style.getPropertyValue(prop),
      priority: el.style.getPropertyPriority(prop),
    });
    el.style.setProperty(prop, value, 'important');
  };
  const restore = (state: State) => {
    for (const { el, prop, value, priority } of state.saved.reverse()) {
      if (value) el.style.setProperty(prop, value, priority);
      else el.style.removeProperty(prop);
    }
    state.saved = [];
    window.scrollTo({ left: state.window.x, top: state.window.y, behavior: 'instant' });
    const el = state.target.kind === 'element' ? document.querySelector(state.target.selector) : null;
    if (el) el.scrollTo({ left: state.start.x, top: state.start.y, behavior: 'instant' });
  };
  const scroller = (target: ScrollTarget): Element | null =>
    target.kind === 'window' ? document.scrollingElement : document.querySelector(target.selector);
  // Two animation frames: the scrolled content has been painted before the screenshot. rAF does
  // not run in a hidden tab, so a timer stands in there (the capture then fails on its own check).
  // In a visible tab the frames come however busy the machine is, and a short timer would let a
  // slow one photograph the screen before the scroll (seen at a load average of 18); the long
  // timer only keeps a page that stalls its frames from holding the capture forever.
  const painted = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, document.visibilityState === 'hidden' ? 250 : 5_000);
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve();
        }),
      );
    });
  const positioned = (root: Element, position: string, state: State): HTMLElement[] =>
    Array.from(root.querySelectorAll<HTMLElement>('*')).filter(
      (el) => !state.handled.has(el) && getComputedStyle(el).position === position,
    );
  const clipOf = (state: State): { clip: Rect; offset: number; contentHeight: number } | undefined => {
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    if (state.target.kind === 'window') {
      const root = document.scrollingElement ?? document.documentElement;
      return {
        clip: { x: 0, y: 0, width: vw, height: vh },
        offset: window.scrollY,
        contentHeight: root.scrollHeight,
      };
    }
    const el = document.querySelector(state.target.selector);
    if (!el) return undefined;
    const box = el.getBoundingClientRect();
    const left = box.left + el.clientLeft;
    const top = box.top + el.clientTop;
    // Only the part of the pane this frame shows can be captured.
    const x = Math.max(0, left);
    const y = Math.max(0, top);
    const width = Math.min(vw, left + el.clientWidth) - x;
    const height = Math.min(vh, top + el.clientHeight) - y;
    if (width <= 0 || height <= 0) return undefined;
    return {
      clip: { x, y, width, height },
      offset: el.scrollTop + (y - top),
      contentHeight: el.scrollHeight,
    };
  };

  if (command.op === 'prepare') {
    const previous = store[KEY];
    if (previous) restore(previous); // a capture that died before restoring
    const el = scroller(command.target);
    if (!el) return { ok: false, error: 'pane-not-found' };
    const state: State = {
      target: command.target,
      saved: [],
      handled: new WeakSet(),
      start: { x: el.scrollLeft, y: el.scrollTop },
      window: { x: window.scrollX, y: window.scrollY },
      fixedHidden: 0,
    };
    store[KEY] = state;
    if (command.target.kind === 'element') el.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    const marks = Array.from(document.querySelectorAll<HTMLElement>(MARKS));
    for (const mark of marks) override(state, mark, 'visibility', 'hidden');
    const root = command.target.kind === 'window' ? document.documentElement : el;
    const sticky = command.releaseSticky ? positioned(root, 'sticky', state) : [];
    for (const item of sticky) {
      state.handled.add(item);
      override(state, item, 'position', 'static');
    }
    const view = clipOf(state);
    if (!view) return { ok: false, error: 'pane-not-visible' };
    return {
      ok: true,
      prepared: {
        url: location.href,
        viewport: { width: window.innerWidth, height: window.innerHeight },
        devicePixelRatio: window.devicePixelRatio,
        start: state.start,
        contentHeight: view.contentHeight,
        marksHidden: marks.length,
        stickyReleased: sticky.length,
      },
    };
  }

  const state = store[KEY];
  if (!state) return { ok: false, error: 'capture-state-lost' };
  if (command.op === 'restore') {
    restore(state);
    store[KEY] = undefined;
    return { ok: true };
  }

  const el = scroller(state.target);
  if (!el) return { ok: false, error: 'pane-not-found' };
  if (command.hideFixed && state.target.kind === 'window') {
    for (const item of positioned(document.documentElement, 'fixed', state)) {
      state.handled.add(item);
      override(state, item, 'visibility', 'hidden');
      state.fixedHidden++;
    }
  }
  const before = clipOf(state);
  if (!before) return { ok: false, error: 'pane-not-visible' };
  // The clip may start below the scroller's top edge (a pane partly out of view).
  el.scrollTo({ top: command.offset - (before.offset - el.scrollTop), behavior: 'instant' });
  await painted();
  const view = clipOf(state);
  if (!view) return { ok: false, error: 'pane-not-visible' };
  return { ok: true, scrolled: { ...view, fixedHidden: state.fixedHidden } };
}
