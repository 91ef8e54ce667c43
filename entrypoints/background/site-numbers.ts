import { browser } from 'wxt/browser';
import type { Reply } from '../../lib/messages';

const SCRIPT = 'content-scripts/numbers.js';

/**
 * Turns number marks on for one more site the shopper chose in the popup. Only once the
 * browser confirms the optional host permission was granted: the message alone proves nothing.
 */
export async function enableSiteNumbers({
  origin,
  tabId,
}: {
  origin: string;
  tabId: number;
}): Promise<Reply> {
  const { protocol, host } = new URL(origin);
  if (protocol !== 'https:' && protocol !== 'http:') return { ok: false, error: 'not a web page' };
  const pattern = `*://${host}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    return { ok: false, error: 'permission not granted' };
  }
  const id = `numbers-${host}`;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [pattern],
        js: [SCRIPT],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  // The open tab gets the marks now, without a reload.
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [`/${SCRIPT}`] });
  return { ok: true, value: null };
}
