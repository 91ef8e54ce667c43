// Content-script side of order detection: detect, report, and retry while a client-rendered
// page is still filling in. Imports only types from the message contract (no zod here).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection } from '../rules/types';
import type { ContentMessage } from './messages';

/** Reasons that may change once the page's own scripts have rendered more of it. */
const RETRYABLE = new Set(['no-order-data', 'no-order-id']);
const RETRY_WINDOW_MS = 8000;
const SETTLE_MS = 300;

async function send(detection: Detection): Promise<void> {
  const message: ContentMessage = {
    type: 'page/detected',
    url: location.href,
    title: document.title.slice(0, 500),
    detection,
  };
  await browser.runtime.sendMessage(message);
}

/**
 * Reports the detection now, and again once after the DOM settles if the first try found
 * nothing that a later render could supply. Every timer and observer is tied to `ctx`, so an
 * extension update leaves nothing running in the page.
 */
export function reportDetection(ctx: ContentScriptContext, detect: () => Detection): void {
  const report = (detection: Detection) =>
    send(detection).catch((error: unknown) => {
      // The background refused it or the extension was reloaded: nothing the page can do.
      console.debug('[weiquan] report failed', error);
    });
  const first = detect();
  let lastSent = JSON.stringify(first);
  void report(first);
  if (first.detected || !RETRYABLE.has(first.reason)) return;

  let settle: number | undefined;
  const observer = new MutationObserver(() => {
    if (settle !== undefined) clearTimeout(settle);
    settle = ctx.setTimeout(() => {
      const next = detect();
      const serialised = JSON.stringify(next);
      if (serialised !== lastSent) void report(next);
      lastSent = serialised;
      if (next.detected) observer.disconnect();
    }, SETTLE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.setTimeout(() => observer.disconnect(), RETRY_WINDOW_MS);
  ctx.onInvalidated(() => observer.disconnect());
}
