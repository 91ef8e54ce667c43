// Runs in every frame of a 旺旺 chat tab, injected with scripting.executeScript({ func, allFrames }).
// Only the frame holding the message list (the chat-core iframe, platform-pages.md §2.7) collects:
// it scrolls up through the conversation, reading messages as they render, because the list is
// virtualised — older messages load only near the top and far-away ones are dropped — so no
// single reading of the DOM holds the conversation. Self-contained: Chrome serialises the
// function alone, so everything it uses is defined inside it. Merging the readings into one list
// happens in the background (merge.ts), where it can be tested.
import type { ChatMessage, CollectOptions, FrameResult } from './types';

export async function collectChat(options: CollectOptions): Promise<FrameResult> {
  const SCROLLER = '.ww_message .rc-scrollbars-view';
  const ITEM = '.message-item';
  /** Text the list shows above the first message once there is nothing older. */
  const NO_MORE = /没有更多|没有更早|已加载全部|暂无更多/;
  const RUNNING = '__weiquanChatCollecting';
  const { limits } = options;
  const started = performance.now();

  // The banner may sit in the chat frame or in the page around it (same origin); it counts only
  // while shown.
  const documents = [document];
  try {
    if (window.top && window.top !== window) documents.push(window.top.document);
  } catch {
    // A cross-origin parent: only this frame's own banner counts.
  }
  const disconnected = () =>
    documents.some((doc) =>
      [...doc.querySelectorAll('.next-message-title')].some(
        (el) => el.textContent?.includes('连接断开') && el.getClientRects().length > 0,
      ),
    );

  const scroller = document.querySelector<HTMLElement>(SCROLLER);
  if (!scroller) return { status: 'no-chat' };
  if (disconnected()) return { status: 'disconnected' };
  // Two captures scrolling one list would read each other's scrolling as the page's.
  const flags = globalThis as unknown as Record<string, boolean | undefined>;
  if (flags[RUNNING]) return { status: 'busy' };

  const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

  /** The message an element shows now; null while it shows nothing (not rendered yet, unloaded). */
  function read(item: Element): ChatMessage | null {
    const content = item.querySelector('.content');
    if (!content) return null;
    let truncated = false;
    const cut = (value: string, max: number) => {
      if (value.length <= max) return value;
      truncated = true;
      return `${value.slice(0, max - 1)}…`;
    };
    const capped = <T>(list: T[], max: number) => {
      if (list.length > max) truncated = true;
      return list.slice(0, max);
    };
    const outside = (el: Element) => !el.closest('.file-msg, .tpl-wrapper, [contenteditable="true"]');
    // pre.edit is also the input box's tag and class: only the message's own, never an editable one.
    const texts = [...content.querySelectorAll('pre.edit')]
      .filter(outside)
      .map((pre) => pre.textContent ?? '');
    const images = [...content.querySelectorAll('img')]
      .filter(outside)
      .map((img) => img.currentSrc || img.src)
      .filter(Boolean)
      .map((src) => cut(src, limits.srcChars));
    const files = [...content.querySelectorAll('.file-msg')].map((file) => {
      const name = file.querySelector('.file-name');
      // The visible name is shortened with "…"; the title attribute holds the full one.
      return {
        name: cut(name?.getAttribute('title') || clean(name?.textContent), limits.nameChars),
        size: cut(clean(file.querySelector('.file-size')?.textContent), limits.nameChars),
        href: cut(file.querySelector<HTMLAnchorElement>('a.download-file')?.href ?? '', limits.srcChars),
      };
    });
    const template = content.querySelector('.tpl-wrapper[data-tpl-id]');
    let text = texts.join('\n');
    // Other kinds (product cards, system notices): their visible words.
    if (!text && images.length === 0 && files.length === 0 && !template) text = clean(content.textContent);
    if (!text && images.length === 0 && files.length === 0 && !template) return null;
    const id = item.getAttribute('data-msg-id') ?? item.getAttribute('data-message-id');
    const message: ChatMessage = {
      ...(id ? { id: cut(id, limits.nameChars) } : {}),
      sender: cut(clean(item.querySelector('.nick')?.textContent), limits.nameChars),
      own: item.classList.contains('self'),
      time: cut(clean(item.querySelector('.time')?.textContent), limits.nameChars),
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
    return message;
  }

  // Tokens name elements; a window is the list of tokens rendered at one moment.
  const tokenOf = new WeakMap<Element, number>();
  const messages = new Map<number, ChatMessage>();
  const changed = new Set<Element>();
  const windows: number[][] = [];
  let nextToken = 1;
  let lastWindow = '';

  function snapshot(): void {
    const tokens: number[] = [];
    for (const item of scroller!.querySelectorAll(ITEM)) {
      // Within the schema's limits even while the page keeps rendering: a huge chat is saved
      // as far as it goes ('too-many', partial), never rejected whole.
      if (tokens.length >= limits.windowItems) break;
      let token = tokenOf.get(item);
      if (token === undefined) {
        token = nextToken++;
        tokenOf.set(item, token);
        changed.add(item);
      }
      if (changed.has(item)) {
        // Keep the last non-empty reading: an unloaded element keeps what it showed before.
        const message = read(item);
        if (message && (messages.has(token) || messages.size < limits.messages)) messages.set(token, message);
      }
      tokens.push(token);
    }
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
    if (!recording) {
      wake?.();
      return;
    }
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const item = target?.closest(ITEM);
      if (item) changed.add(item);
    }
    // Read in the observer's microtask, before the page can drop what it just rendered.
    snapshot();
    wake?.();
  });

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
  /** Scrolls the list to an end; a list already there gets a scroll event so it loads again. */
  function scrollTo(end: 'top' | 'bottom'): void {
    const goal = end === 'top' ? 0 : scroller!.scrollHeight - scroller!.clientHeight;
    if (Math.abs(scroller!.scrollTop - goal) < 1) scroller!.dispatchEvent(new Event('scroll'));
    else scroller!.scrollTop = goal;
  }
  /** Whether the list shows its "nothing older" line above the first message. */
  function noMoreShown(): boolean {
    let node: Element | null = scroller!.querySelector(ITEM);
    while (node && node !== scroller) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (NO_MORE.test(sibling.textContent ?? '') && sibling.getClientRects().length > 0) return true;
      }
      node = node.parentElement;
    }
    return false;
  }

  // Where the shopper was: the first message in view (the last one when at the bottom).
  const top = scroller.getBoundingClientRect().top;
  const atBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 8;
  const items = [...scroller.querySelectorAll(ITEM)];
  const anchorElement = atBottom
    ? items.at(-1)
    : items.find((item) => item.getBoundingClientRect().bottom > top);
  const anchor = anchorElement && {
    element: anchorElement,
    reading: JSON.stringify(read(anchorElement)),
    offset: anchorElement.getBoundingClientRect().top - top,
  };

  /** Scrolls back down until the anchor message renders again, and puts it where it was. */
  async function restore(): Promise<boolean> {
    if (!anchor) return true;
    const deadline = performance.now() + options.restoreMs;
    for (;;) {
      const found = anchor.element.isConnected
        ? anchor.element
        : [...scroller!.querySelectorAll(ITEM)].find((item) => JSON.stringify(read(item)) === anchor.reading);
      if (found) {
        // Pictures rendered again change heights as they decode: position once they have.
        const pictures = [...scroller!.querySelectorAll('img')].map((img) =>
          img.decode().catch(() => undefined),
        );
        await Promise.race([Promise.all(pictures), new Promise((resolve) => setTimeout(resolve, 1_000))]);
        scroller!.scrollTop +=
          found.getBoundingClientRect().top - scroller!.getBoundingClientRect().top - anchor.offset;
        if (atBottom) scroller!.scrollTop = scroller!.scrollHeight;
        return true;
      }
      const left = deadline - performance.now();
      if (left <= 0) return false;
      const before = mutations;
      scrollTo('bottom');
      if (!(await waitFor(() => mutations > before, Math.min(options.waitMs, left)))) return false;
      await settle();
    }
  }

  flags[RUNNING] = true;
  try {
    observer.observe(scroller, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['src', 'title', 'href', 'data-tpl-id'],
    });
    snapshot();
    let stop: 'no-more-marker' | 'nothing-older' | 'time-limit' | 'too-many';
    let scrolls = 0;
    let emptyTries = 0;
    for (;;) {
      const left = options.maxMs - (performance.now() - started);
      if (left <= 0) {
        stop = 'time-limit';
        break;
      }
      if (messages.size >= limits.messages || windows.length >= limits.windows) {
        stop = 'too-many';
        break;
      }
      if (noMoreShown()) {
        stop = 'no-more-marker';
        break;
      }
      if (disconnected()) return { status: 'disconnected' };
      const before = nextToken;
      scrollTo('top');
      scrolls++;
      if (await waitFor(() => nextToken > before, Math.min(options.waitMs, left))) {
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
      .map((doc) => clean(doc.querySelector('.ww_header .name')?.textContent))
      .find(Boolean);
    return {
      status: 'collected',
      conversation: (conversation ?? '').slice(0, limits.nameChars),
      frameUrl: location.href.slice(0, limits.srcChars),
      windows,
      items: [...messages].map(([token, message]) => ({ token, message })),
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
