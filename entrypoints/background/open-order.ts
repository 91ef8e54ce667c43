import { browser } from 'wxt/browser';
import type { Reply } from '../../lib/messages';
import { readTabState, tabShowsOrder } from '../../storage/tab-state';

const MIN_INTERVAL_MS = 1000;
const lastOpened = new Map<number, number>();

/**
 * Opens the helper (the popup page, in its own small window) for one order of a tab. Only for an
 * order that tab itself reported, and at most once a second per tab, so a hostile page cannot
 * use the button's message to open windows at will.
 */
export async function openOrderHelper({
  tabId,
  orderId,
}: {
  tabId: number;
  orderId: string;
}): Promise<Reply> {
  const state = await readTabState(tabId);
  if (!tabShowsOrder(state, orderId)) {
    return { ok: false, error: 'rejected: the tab did not report this order' };
  }
  const now = Date.now();
  if (now - (lastOpened.get(tabId) ?? 0) < MIN_INTERVAL_MS) return { ok: false, error: 'rejected: too fast' };
  lastOpened.set(tabId, now);
  const url = browser.runtime.getURL(`/popup.html?tabId=${tabId}&orderId=${orderId}`);
  await browser.windows.create({ url, type: 'popup', width: 400, height: 720 });
  return { ok: true, value: null };
}
