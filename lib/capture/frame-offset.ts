// Where a frame's viewport sits in the tab's viewport, for capturing a pane inside an iframe:
// captureVisibleTab sees the whole tab, the pane reports its rect in its own frame. A frame
// cannot read its parent's layout across origins, so the question travels up by postMessage:
// every frame (listenForFrame) knows which of its iframes a message came from and adds that
// iframe's content-box position, until the top frame has the answer.
// All three functions are injected with scripting.executeScript({ func }): self-contained.

export interface FrameOffset {
  x: number;
  y: number;
  /** The tab's viewport in CSS px (the top frame's), for the screenshot's scale. */
  viewport: { width: number; height: number };
}

/** Step 1, in every frame: listen for the question (until it passes or `waitMs` runs out). */
export function listenForFrame(token: string, waitMs: number): void {
  const top = window === window.top;
  let settle: (offset: FrameOffset | undefined) => void = () => undefined;
  const answer = new Promise<FrameOffset | undefined>((resolve) => (settle = resolve));
  if (top) (globalThis as Record<string, unknown>)[`__weiquanFrame${token}`] = answer;
  const timer = setTimeout(() => {
    removeEventListener('message', onMessage, true);
    settle(undefined);
  }, waitMs);
  function onMessage(event: MessageEvent) {
    const data = event.data as { weiquanFrameOffset?: string; x?: unknown; y?: unknown } | null;
    if (!data || data.weiquanFrameOffset !== token || !event.source) return;
    // Page frames can post anything: only finite numbers within the screen are offsets.
    const inner = [data.x ?? 0, data.y ?? 0];
    if (!inner.every((v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 100_000)) return;
    const frame = Array.from(document.querySelectorAll('iframe, frame')).find(
      (f) => (f as HTMLIFrameElement).contentWindow === event.source,
    );
    if (!frame) return;
    event.stopImmediatePropagation();
    const box = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    const x = (inner[0] as number) + box.left + frame.clientLeft + parseFloat(style.paddingLeft);
    const y = (inner[1] as number) + box.top + frame.clientTop + parseFloat(style.paddingTop);
    removeEventListener('message', onMessage, true);
    clearTimeout(timer);
    if (top) settle({ x, y, viewport: { width: window.innerWidth, height: window.innerHeight } });
    else window.parent.postMessage({ weiquanFrameOffset: token, x, y }, '*');
  }
  addEventListener('message', onMessage, true);
}

/** Step 2, in the pane's frame: ask. */
export function announceFrame(token: string): void {
  window.parent.postMessage({ weiquanFrameOffset: token, x: 0, y: 0 }, '*');
}

/** Step 3, in the top frame: the answer (undefined if none came in time). */
export function frameAnswer(token: string): Promise<FrameOffset | undefined> | undefined {
  const store = globalThis as Record<string, unknown>;
  const answer = store[`__weiquanFrame${token}`] as Promise<FrameOffset | undefined> | undefined;
  delete store[`__weiquanFrame${token}`];
  return answer;
}
