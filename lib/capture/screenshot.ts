// captureVisibleTab within Chrome's quota (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND = 2). The
// quota is a bucket of 2 calls that refills a second after its first call, so two screenshots
// may go back to back and the next pair a second later; a refused call is tried again shortly.
// Every screenshot the extension takes goes through here, so captures never starve each other.
import { browser } from 'wxt/browser';

const PER_WINDOW = 2;
const WINDOW_MS = 1000;
/** The browser starts its window when our call reaches it, a little after we start ours. */
const MARGIN_MS = 40;
const RETRY_MS = 60;
const MAX_RETRIES = 40;

let windowStart = -Infinity;
let takenInWindow = 0;
let queue: Promise<unknown> = Promise.resolve();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isQuotaError = (error: unknown) => /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(String(error));

async function waitForSlot(): Promise<void> {
  const now = Date.now();
  if (now >= windowStart + WINDOW_MS + MARGIN_MS) {
    windowStart = now;
    takenInWindow = 0;
  } else if (takenInWindow >= PER_WINDOW) {
    await sleep(windowStart + WINDOW_MS + MARGIN_MS - now);
    windowStart = Date.now();
    takenInWindow = 0;
  }
  takenInWindow++;
}

async function takeNow(windowId: number): Promise<string> {
  await waitForSlot();
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
    } catch (error) {
      if (!isQuotaError(error) || attempt >= MAX_RETRIES) throw error;
      await sleep(RETRY_MS);
      // The browser's window began later than ours: the call that gets through opens the next.
      windowStart = Date.now();
      takenInWindow = 1;
    }
  }
}

/** A PNG data URL of what the window's active tab shows, taken when the quota allows. */
export function screenshot(windowId: number): Promise<string> {
  const next = queue.then(() => takeNow(windowId));
  queue = next.catch(() => undefined);
  return next;
}
