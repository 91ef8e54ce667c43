// Runs in every frame of a chat tab, injected with scripting.executeScript({ func, allFrames }).
// Only the frame holding a message list collects. The list is found by structure — the
// scrolling element whose repeated children carry message text and times, bubbles on both
// sides — with a known layout's selectors (rules/sites/chat/layouts.ts) as hints, so it also
// works on a chat page it has never seen. It loads older history by whatever the page offers (a
// 「加载更多」 button, else scrolling to the top), reading messages as they render, because
// virtualised lists drop far-away messages and no single reading of the DOM holds the
// conversation. Self-contained: Chrome serialises the function alone, so everything it uses is
// defined inside it. Merging and weighing sides happen in the background (merge.ts, sides.ts).
import type { ChatLayoutHints } from '../../rules/sites/chat/layouts';
import type { ChatMessage, ChatStop, CollectOptions, FrameResult, SideSignals } from './types';

export async function collectChat(options: CollectOptions, hints: ChatLayoutHints): Promise<FrameResult> {
  /** Text a list shows above the first message once there is nothing older. */
  const NO_MORE = /没有更多|没有更早|已加载全部|暂无更多|已经到顶/;
  /** What a page's button for older history says. */
  const LOAD_MORE = /^(点击)?(加载|查看)(更多|更早)(消息|历史|记录)?$|^查看历史消息$/;
  /** A time as chats show one: "2026-11-20 10:01:02", "11-20 10:01", "昨天 10:01", "10:01". */
  const TIME =
    /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*|\d{1,2}[-/月]\d{1,2}日?\s*|昨天\s*|前天\s*|星期[一二三四五六日天]\s*)?\d{1,2}:\d{2}(:\d{2})?$/;
  /** Generic side classes, when the layout is unknown. */
  const OWN_CLASS = /^(self|mine|me|own|right|is-me|is-self|send|sent|outgoing)$/i;
  const THEIRS_CLASS = /^(left|other|others|receive|received|incoming)$/i;
  const SYSTEM_CLASS = /^(center|system|systemmessage|notice)$/i;
  /** A message in view, by element and by what it showed, and how far below the list's top. */
  interface Anchor {
    element: Element;
    reading: string;
    offset: number;
  }
  const RUNNING = '__weiquanChatCollecting';
  /** Where the shopper was when the capture began, kept in this frame for the way back. */
  const PLACE = '__weiquanChatPlace';
  const LIST_MARK = 'data-weiquan-chat-list';
  const { limits } = options;
  const started = performance.now();

  const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  const shown = (el: Element) => el.getClientRects().length > 0;

  // The banner may sit in the chat frame or in the page around it (same origin); it counts only
  // while shown.
  const documents = [document];
  try {
    if (window.top && window.top !== window) documents.push(window.top.document);
  } catch {
    // A cross-origin parent: only this frame's own banner counts.
  }
  const banner = hints.disconnected;
  const disconnected = () =>
    !!banner &&
    documents.some((doc) =>
      [...doc.querySelectorAll(banner.selector)].some(
        (el) => el.textContent?.includes(banner.text) && shown(el),
      ),
    );

  /** The element among a scroller's descendants with the most children: the list's own row. */
  function rowOf(scroller: Element): Element {
    let best = scroller;
    let queue = [scroller];
    for (let depth = 0; depth < 6 && queue.length; depth++) {
      const next: Element[] = [];
      for (const el of queue) {
        if (el.childElementCount > best.childElementCount) best = el;
        next.push(...el.children);
      }
      queue = next.length > 400 ? [] : next;
    }
    return best;
  }

  /** Where a bubble sits in the list, from its shown parts (times left out: often centred). */
  function alignOf(item: Element, box: DOMRect): SideSignals['align'] {
    let left = Infinity;
    let right = -Infinity;
    for (const el of item.querySelectorAll('*')) {
      if (el.childElementCount > 0 && el.tagName !== 'PRE') continue;
      if (TIME.test(clean(el.textContent))) continue;
      for (const rect of el.getClientRects()) {
        if (rect.width === 0) continue;
        left = Math.min(left, rect.left);
        right = Math.max(right, rect.right);
      }
    }
    if (left === Infinity) return undefined;
    const leftGap = left - box.left;
    const rightGap = box.right - right;
    if (leftGap > box.width * 0.15 && Math.abs(leftGap - rightGap) < box.width * 0.1) return 'center';
    return rightGap < leftGap ? 'right' : 'left';
  }

  /** How much a scrolling element looks like a chat: repeated rows, with times, on both sides. */
  function chatScore(scroller: Element): number {
    const rows = [...rowOf(scroller).children].filter(
      (row) => clean(row.textContent) || row.querySelector('img'),
    );
    if (rows.length < 2) return 0;
    const box = scroller.getBoundingClientRect();
    const timed = rows.filter((row) =>
      [...row.querySelectorAll('*')].some((el) => TIME.test(clean(el.textContent))),
    );
    const sides = new Set(rows.map((row) => alignOf(row, box)));
    // Bubbles on both sides tell a conversation from a list of conversations (or of anything).
    if (!sides.has('left') || !sides.has('right')) return 0;
    return rows.length * (1 + timed.length / rows.length);
  }

  /** The message list: the layout's hint when it is there, else the most chat-like scroller. */
  function findList(): { scroller: HTMLElement; found: 'hint' | 'structure' } | undefined {
    // Going back: the list the capture read (and marked).
    const marked = options.returnOnly ? document.querySelector<HTMLElement>(`[${LIST_MARK}]`) : null;
    if (marked) return { scroller: marked, found: hints.list ? 'hint' : 'structure' };
    const hinted = hints.list ? document.querySelector<HTMLElement>(hints.list) : null;
    if (hinted) return { scroller: hinted, found: 'hint' };
    let best: { scroller: HTMLElement; score: number } | undefined;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (!/auto|scroll/.test(style.overflowY) || el.clientHeight < 80) continue;
      const score = chatScore(el);
      if (score > (best?.score ?? 0)) best = { scroller: el, score };
    }
    return best && { scroller: best.scroller, found: 'structure' };
  }

  const list = findList();
  if (!list) return { status: 'no-chat' };
  const { scroller } = list;
  if (disconnected()) return { status: 'disconnected' };
  // Two captures scrolling one list would read each other's scrolling as the page's.
  // Held in the extension's own world of this frame, out of the page's reach, between injections.
  const flags = globalThis as unknown as Record<string, boolean | undefined> & {
    [PLACE]?: { atBottom: boolean; anchor: Anchor | undefined };
  };
  if (flags[RUNNING]) return { status: 'busy' };
  const place = options.returnOnly ? flags[PLACE] : undefined;
  if (options.returnOnly && !place) return { status: 'returned', restored: false };

  /** The rendered message elements, in page order. */
  function currentItems(): Element[] {
    if (hints.item) return [...scroller.querySelectorAll(hints.item)];
    return [...rowOf(scroller).children];
  }

  /** The element of an item whose whole text is a time (the hint's, else the first such leaf). */
  function timeElement(item: Element): Element | null {
    if (hints.time) return item.querySelector(hints.time);
    return [...item.querySelectorAll('*')].find((el) => TIME.test(clean(el.textContent))) ?? null;
  }
  /** A picture a person sent: not an avatar, an icon or an emoji (those are small). */
  const isPicture = (img: HTMLImageElement) => {
    if (img.closest('[class*="avatar" i]')) return false;
    const rect = img.getBoundingClientRect();
    return rect.width > 48 || rect.height > 48;
  };
  /** The avatar's alt text names the sender on layouts without a nick (ChatUI). */
  const avatarName = (item: Element) =>
    [...item.querySelectorAll('img')].find((img) => !isPicture(img) && img.alt)?.alt ?? '';

  function classSide(item: Element): SideSignals['cls'] {
    if (hints.system && item.matches(hints.system)) return 'system';
    if (hints.own && item.matches(hints.own)) return 'own';
    if (hints.layout !== 'unknown') return undefined;
    const tokens = [...item.classList];
    if (tokens.some((c) => SYSTEM_CLASS.test(c))) return 'system';
    if (tokens.some((c) => OWN_CLASS.test(c))) return 'own';
    if (tokens.some((c) => THEIRS_CLASS.test(c))) return 'theirs';
    return undefined;
  }

  /** The message text: the hint's elements, else every element holding words of its own. */
  function textOf(item: Element, skip: Array<Element | null>, useHint: boolean): string {
    const outside = (el: Element) =>
      !el.closest('[contenteditable="true"], button') &&
      !(hints.file && el.closest(hints.file.element)) &&
      !(hints.card && el.closest(hints.card));
    if (useHint && hints.text) {
      return [...item.querySelectorAll(hints.text)]
        .filter(outside)
        .map((el) => el.textContent ?? '')
        .join('\n');
    }
    const holders: Element[] = [];
    for (const el of item.querySelectorAll('*')) {
      if (!outside(el) || skip.some((s) => s && (s === el || s.contains(el)))) continue;
      if (holders.some((h) => h.contains(el))) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (own) holders.push(el);
    }
    return holders.map((el) => (el as HTMLElement).innerText ?? el.textContent ?? '').join('\n');
  }

  interface Reading {
    message: ChatMessage;
    side: SideSignals;
  }

  /** The message an element shows now; null while it shows nothing (not rendered yet, unloaded). */
  function read(item: Element): Reading | null {
    let truncated = false;
    const cut = (value: string, max: number) => {
      if (value.length <= max) return value;
      truncated = true;
      return `${value.slice(0, max - 1)}…`;
    };
    const capped = <T>(items: T[], max: number) => {
      if (items.length > max) truncated = true;
      return items.slice(0, max);
    };
    const whole = clean(item.textContent);
    const timeEl = timeElement(item);
    const nickEl = hints.nick ? item.querySelector(hints.nick) : null;
    // A tip row ("没有更多消息了", "点击加载更多") is nobody's message.
    if (!timeEl && (NO_MORE.test(whole) || LOAD_MORE.test(whole))) return null;
    const images = [...item.querySelectorAll('img')]
      .filter((img) => isPicture(img) && !(hints.file && img.closest(hints.file.element)))
      .map((img) => img.currentSrc || img.src)
      .filter(Boolean)
      .map((src) => cut(src, limits.srcChars));
    const fileHint = hints.file;
    const files = fileHint
      ? [...item.querySelectorAll(fileHint.element)].map((file) => {
          const name = file.querySelector(fileHint.name);
          // The visible name is shortened with "…"; the title attribute holds the full one.
          return {
            name: cut(name?.getAttribute('title') || clean(name?.textContent), limits.nameChars),
            size: cut(clean(file.querySelector(fileHint.size)?.textContent), limits.nameChars),
            href: cut(file.querySelector<HTMLAnchorElement>(fileHint.link)?.href ?? '', limits.srcChars),
          };
        })
      : [];
    const template = hints.card ? item.querySelector(hints.card) : null;
    const skip = [timeEl, nickEl];
    let text = textOf(item, skip, true);
    // Other kinds the layout's text hint does not cover (system cards): their visible words.
    if (!text && images.length === 0 && files.length === 0 && !template)
      text = clean(textOf(item, skip, false));
    if (!text && images.length === 0 && files.length === 0 && !template) return null;
    const id =
      item.getAttribute('data-msg-id') ??
      item.getAttribute('data-message-id') ??
      item.getAttribute('data-id');
    const side: SideSignals = {};
    const cls = classSide(item);
    if (cls) side.cls = cls;
    const align = alignOf(item, scroller.getBoundingClientRect());
    if (align) side.align = align;
    const message: ChatMessage = {
      ...(id ? { id: cut(id, limits.nameChars) } : {}),
      sender: cut(clean(nickEl?.textContent) || avatarName(item), limits.nameChars),
      own: cls === 'own' || (cls === undefined && align === 'right'),
      time: cut(clean(timeEl?.textContent), limits.nameChars),
      text: cut(text, limits.textChars),
      images: capped(images, limits.imagesPerMessage),
      files: capped(files, limits.filesPerMessage),
      ...(template
        ? {
            card: {
              tplId: cut(template.getAttribute('data-tpl-id') ?? '', limits.nameChars),
              text: cut(clean(template.textContent), limits.textChars),
            },
          }
        : {}),
    };
    if (truncated) message.truncated = true;
    return { message, side };
  }

  // Tokens name elements; a window is the list of tokens rendered at one moment.
  const tokenOf = new WeakMap<Element, number>();
  const readings = new Map<number, Reading>();
  const changed = new Set<Element>();
  const windows: number[][] = [];
  let nextToken = 1;
  let lastWindow = '';
  /** The cap was met: an element the page rendered was left out (older than those kept). */
  let full = false;
  const isItem = (el: Element) =>
    hints.item ? el.matches(hints.item) : el.parentElement === rowOf(scroller);

  /**
   * Reads the rendered list into a window. Elements get tokens newest first, and at the cap
   * (messages in all, or elements in one window) the window is cut there: what is left out is
   * always older than everything kept, so a capped transcript is the newest messages, whole.
   * Counting elements, not readings, keeps room for one still empty (a picture not yet loaded).
   */
  function snapshot(): void {
    const items = currentItems();
    const tokens: number[] = [];
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      let token = tokenOf.get(item);
      if (tokens.length >= limits.windowItems || (token === undefined && nextToken > limits.messages)) {
        full = true;
        break;
      }
      if (token === undefined) {
        token = nextToken++;
        tokenOf.set(item, token);
        changed.add(item);
      }
      if (changed.has(item)) {
        // Keep the last non-empty reading: an unloaded element keeps what it showed before.
        const reading = read(item);
        if (reading) readings.set(token, reading);
      }
      tokens.push(token);
    }
    tokens.reverse();
    changed.clear();
    const key = tokens.join(',');
    if (key !== lastWindow && windows.length < limits.windows) windows.push(tokens);
    lastWindow = key;
  }

  let wake: (() => void) | undefined;
  /** Off while scrolling back: elements re-rendered then are already known. */
  let recording = true;
  let mutations = 0;
  const observer = new MutationObserver((records) => {
    mutations++;
    if (!recording || !scroller.isConnected) {
      wake?.();
      return;
    }
    for (const record of records) {
      let node: Element | null =
        record.target instanceof Element ? record.target : record.target.parentElement;
      while (node && node !== scroller && !isItem(node)) node = node.parentElement;
      if (node && node !== scroller) changed.add(node);
    }
    // Read in the observer's microtask, before the page can drop what it just rendered.
    snapshot();
    wake?.();
  });

  /** Resolves once the page is visible, or after `ms` if it stays hidden. */
  function pageVisible(ms: number): Promise<void> {
    if (document.visibilityState !== 'hidden') return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        document.removeEventListener('visibilitychange', onChange);
        resolve();
      };
      const onChange = () => {
        if (document.visibilityState !== 'hidden') done();
      };
      const timer = setTimeout(done, ms);
      document.addEventListener('visibilitychange', onChange);
    });
  }
  /** Resolves true as soon as `ready()` holds after a mutation, false after `ms`. */
  function waitFor(ready: () => boolean, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        wake = undefined;
        resolve(false);
      }, ms);
      wake = () => {
        if (!ready()) return;
        clearTimeout(timer);
        wake = undefined;
        resolve(true);
      };
    });
  }
  /** Lets a batch of rendering finish: returns once the list has been still for a moment. */
  async function settle(): Promise<void> {
    const until = performance.now() + options.waitMs;
    let mutated = true;
    while (mutated && performance.now() < until) {
      mutated = await waitFor(() => true, 60);
    }
  }
  /**
   * Scrolls the list to an end. A list already there is moved away a little first and back a
   * frame later, as a reader's wheel would: pages load on movement towards an end, not on a
   * scroll event that moved nothing.
   */
  async function scrollTo(end: 'top' | 'bottom'): Promise<void> {
    const goal = () => (end === 'top' ? 0 : scroller.scrollHeight - scroller.clientHeight);
    if (Math.abs(scroller.scrollTop - goal()) < 1) {
      scroller.scrollTop = goal() + (end === 'top' ? 40 : -40);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    scroller.scrollTop = goal();
  }
  /** The page's own button for older history, when it shows one. */
  function loadMoreButton(): HTMLElement | undefined {
    return [...scroller.querySelectorAll<HTMLElement>('button, a, [role="button"]')].find(
      (el) => LOAD_MORE.test(clean(el.textContent)) && shown(el) && !(el as HTMLButtonElement).disabled,
    );
  }
  /** A whole click, as a person's: some pages act on pointer and mouse downs, not on click alone. */
  function press(button: HTMLElement): void {
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      const Kind = type.startsWith('pointer') ? PointerEvent : MouseEvent;
      button.dispatchEvent(new Kind(type, { bubbles: true, cancelable: true, view: window }));
    }
  }
  /** Whether the list shows its "nothing older" line above the first message. */
  function noMoreShown(): boolean {
    let node: Element | null = currentItems()[0] ?? null;
    while (node && node !== scroller) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (NO_MORE.test(sibling.textContent ?? '') && shown(sibling)) return true;
      }
      node = node.parentElement;
    }
    return false;
  }

  // Where the shopper was: the first message in view (the last one when at the bottom).
  const top = scroller.getBoundingClientRect().top;
  const atBottom = place?.atBottom ?? scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 8;
  const before = currentItems();
  const anchorElement = atBottom
    ? before.at(-1)
    : before.find((item) => item.getBoundingClientRect().bottom > top);
  const anchor: Anchor | undefined = place
    ? place.anchor
    : anchorElement && {
        element: anchorElement,
        reading: JSON.stringify(read(anchorElement)),
        offset: anchorElement.getBoundingClientRect().top - top,
      };
  // The pane pictures scroll the list again after the capture: whatever becomes of them, the
  // background calls this function once more (returnOnly) to walk back to this place.
  if (!place) flags[PLACE] = { atBottom, anchor };

  /**
   * Scrolls back down until the anchor message renders again, and puts it where it was. A slow
   * load is waited for, up to `restoreMs` in all: a quiet moment is not the end of the list.
   */
  async function restore(): Promise<boolean> {
    if (!anchor) return true;
    const deadline = performance.now() + options.restoreMs;
    for (;;) {
      if (!scroller.isConnected) return false;
      const found = anchor.element.isConnected
        ? anchor.element
        : currentItems().find((item) => JSON.stringify(read(item)) === anchor.reading);
      if (found && (await placeAnchor(found, anchor.offset))) return true;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      const count = mutations;
      if (!found) await scrollTo('bottom');
      if (await waitFor(() => mutations > count, Math.min(options.waitMs, left))) await settle();
      // Short of the place and nothing more loads: this is as near as the list goes.
      else if (found) return true;
    }
  }

  /**
   * Scrolls `found` to `offset` from the list's top. False when the list stopped short: a list
   * rendered in windows must first load the messages below (reaching its end asks for them).
   */
  async function placeAnchor(found: Element, offset: number): Promise<boolean> {
    // Pictures rendered again change heights as they decode: position once they have.
    const pictures = [...scroller.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined));
    await Promise.race([Promise.all(pictures), new Promise((resolve) => setTimeout(resolve, 1_000))]);
    const miss = () => found.getBoundingClientRect().top - scroller.getBoundingClientRect().top - offset;
    scroller.scrollTop += miss();
    if (atBottom) scroller.scrollTop = scroller.scrollHeight;
    return atBottom || Math.abs(miss()) <= 2;
  }

  flags[RUNNING] = true;
  scroller.setAttribute(LIST_MARK, '');
  try {
    observer.observe(scroller, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['src', 'title', 'href', 'data-tpl-id'],
    });
    if (options.returnOnly) {
      recording = false;
      // A hidden tab runs timers once a second: walking back there would spend the time limit
      // on throttled waits. The shopper sees the list when the tab is shown, so start then.
      await pageVisible(options.restoreMs * 10);
      return { status: 'returned', restored: await restore() };
    }
    snapshot();
    let stop: ChatStop;
    let scrolls = 0;
    let emptyTries = 0;
    let pressed = false;
    for (;;) {
      const left = options.maxMs - (performance.now() - started);
      if (!scroller.isConnected) {
        stop = 'list-gone';
        break;
      }
      if (left <= 0) {
        stop = 'time-limit';
        break;
      }
      if (full || windows.length >= limits.windows) {
        stop = 'too-many';
        break;
      }
      if (noMoreShown()) {
        stop = 'no-more-marker';
        break;
      }
      if (disconnected()) return { status: 'disconnected' };
      const count = nextToken;
      const button = loadMoreButton();
      // A page's 「加载更多」 goes once there is nothing older (ChatUI's PullToRefresh does).
      if (!button && pressed) {
        stop = 'no-more-marker';
        break;
      }
      if (button) {
        press(button);
        pressed = true;
      } else await scrollTo('top');
      scrolls++;
      // Every movement is given waitMs to be answered before the top counts as reached, but
      // the tries overlap: the next comes after waitMs / emptyTries of quiet, and only the last
      // waits the whole waitMs (three whole waits cost 9 s at the top of every chat that never
      // says there is nothing older, with a slow load caught no later).
      const quiet =
        emptyTries + 1 >= options.emptyTries ? options.waitMs : options.waitMs / options.emptyTries;
      // Checked first as well: an answer may land during the movement's own pause (scrollTo).
      const grew = () => nextToken > count || !scroller.isConnected;
      if (grew() || (await waitFor(grew, Math.min(quiet, left)))) {
        emptyTries = 0;
        await settle();
      } else if (++emptyTries >= options.emptyTries) {
        stop = 'nothing-older';
        break;
      }
    }
    recording = false;
    const restored = await restore();
    const conversation = documents
      .map((doc) => clean(hints.header ? doc.querySelector(hints.header)?.textContent : doc.title))
      .find(Boolean);
    return {
      status: 'collected',
      conversation: (conversation ?? '').slice(0, limits.nameChars),
      found: list.found,
      frameUrl: location.href.slice(0, limits.srcChars),
      windows,
      items: [...readings].map(([token, { message, side }]) => ({ token, message, side })),
      scrolls,
      stop,
      durationMs: Math.round(performance.now() - started),
      restored,
    };
  } finally {
    observer.disconnect();
    flags[RUNNING] = undefined;
  }
}
