// Content-script side of order detection: detect, report to the background, and detect again
// when the page changes (client-rendered pages, orders loaded by scrolling or paging, single-page
// navigation). Imports only types from the message contract: no zod in content scripts.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection } from '../rules/types';
import type { ContentMessage } from './messages';

/** Quiet time after the last DOM change before detecting again. */
const SETTLE_MS = 300;
/** A page that never stops changing still gets detected at most this often. */
const MAX_WAIT_MS = 2000;

export async function sendToBackground(message: ContentMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch (error) {
    // The background refused it, or the extension was reloaded: nothing the page can do.
    console.debug('[weiquan] message not delivered', error);
  }
}

/**
 * Detects now and after every settled batch of DOM changes or URL change, reporting only when
 * the result differs from the last report. `onResult` sees every fresh result (e.g. to place
 * buttons). All timers and observers go through `ctx`, so an extension update leaves nothing
 * running in the page.
 */
export function watchOrders(
  ctx: ContentScriptContext,
  detect: () => Detection,
  onResult: (detection: Detection) => void = () => undefined,
): void {
  let lastSent = '';
  const run = () => {
    const detection = detect();
    onResult(detection);
    const serialised = `${location.href}\n${JSON.stringify(detection)}`;
    if (serialised === lastSent) return;
    lastSent = serialised;
    void sendToBackground({
      type: 'page/detected',
      url: location.href,
      title: document.title.slice(0, 500),
      detection,
    });
  };

  let settle: number | undefined;
  let firstChangeAt: number | undefined;
  const schedule = () => {
    const now = Date.now();
    firstChangeAt ??= now;
    if (settle !== undefined) clearTimeout(settle);
    const wait = Math.max(0, Math.min(SETTLE_MS, firstChangeAt + MAX_WAIT_MS - now));
    settle = ctx.setTimeout(() => {
      settle = undefined;
      firstChangeAt = undefined;
      run();
    }, wait);
  };

  run();
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', run);
}
