// Captures started outside the popup: the page's context menu ("保存为证据" for selected text,
// a screenshot) and the keyboard shortcut. Each grants activeTab for the tab, like a popup click.
import { browser, type Browser } from 'wxt/browser';
import type { Reply } from '../../lib/messages';
import type { WeiquanDb } from '../../storage/db';
import { addEvidence, StorageFullError } from '../../storage/evidence-repo';
import { captureTarget, type CaptureTarget } from './capture-target';
import { captureVisible } from './capture-visible';

export const MENU_SELECTION = 'weiquan-save-selection';
export const MENU_SCREENSHOT = 'weiquan-save-screenshot';
export const COMMAND_SCREENSHOT = 'capture-visible';

/** Selected text is page data: kept whole up to this many characters, and said so beyond. */
const MAX_SELECTION = 200_000;

export function createMenus(): void {
  // removeAll first: onInstalled runs again on update, and ids must not be created twice.
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_SELECTION,
      title: browser.i18n.getMessage('menuSaveSelection'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: MENU_SCREENSHOT,
      title: browser.i18n.getMessage('menuSaveScreenshot'),
      contexts: ['page', 'image'],
    });
  });
}

export async function onMenuClick(
  db: WeiquanDb,
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (tab?.id === undefined || tab.id < 0) return;
  if (info.menuItemId === MENU_SELECTION && info.selectionText) {
    await tell(
      await saveSelection(db, tab, info.selectionText, info.frameUrl ?? info.pageUrl ?? tab.url ?? ''),
    );
  } else if (info.menuItemId === MENU_SCREENSHOT) {
    await tell(await screenshot(db, tab.id));
  }
}

export async function onCommand(
  db: WeiquanDb,
  command: string,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (command !== COMMAND_SCREENSHOT) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await tell(await screenshot(db, tabId));
}

async function screenshot(db: WeiquanDb, tabId: number): Promise<Reply<{ title: string }>> {
  const target = await captureTarget(db, tabId);
  if (!target.ok) return target;
  const saved = await captureVisible(db, { tabId, target: target.value });
  return saved.ok ? { ok: true, value: { title: browser.i18n.getMessage('kind_screenshot') } } : saved;
}

export async function saveSelection(
  db: WeiquanDb,
  tab: Browser.tabs.Tab,
  selection: string,
  url: string,
  now = Date.now(),
): Promise<Reply<{ title: string }>> {
  const target = await captureTarget(db, tab.id!);
  if (!target.ok) return target;
  const text = selection.slice(0, MAX_SELECTION);
  return saveText(
    db,
    target.value,
    { text, truncated: text.length < selection.length, url, title: tab.title ?? '' },
    now,
  );
}

async function saveText(
  db: WeiquanDb,
  target: CaptureTarget,
  excerpt: { text: string; truncated: boolean; url: string; title: string },
  now: number,
): Promise<Reply<{ title: string }>> {
  const title = `${excerpt.text.slice(0, 40).replace(/\s+/g, ' ')}${excerpt.text.length > 40 ? '…' : ''}`;
  try {
    await addEvidence(
      db,
      target.target,
      {
        kind: 'text',
        url: excerpt.url,
        title,
        capturedAt: now,
        mimeType: 'text/plain; charset=utf-8',
        content: new Blob([excerpt.text], { type: 'text/plain; charset=utf-8' }),
        meta: {
          orderId: target.orderId,
          ...(target.seller && { seller: target.seller }),
          method: {
            source: 'context-menu selection',
            pageTitle: excerpt.title,
            truncated: excerpt.truncated,
          },
        },
      },
      now,
    );
    return { ok: true, value: { title } };
  } catch (error) {
    return { ok: false, error: error instanceof StorageFullError ? 'storage-full' : String(error) };
  }
}

/** The outcome as a notification: there is no popup open to show it in. */
async function tell(result: Reply<{ title: string }>): Promise<void> {
  const failure = !result.ok && result.error;
  const message = result.ok
    ? browser.i18n.getMessage('notifySavedBody', [result.value.title])
    : failure === 'choose-order' || failure === 'unknown-order'
      ? browser.i18n.getMessage('notifyChooseOrder')
      : failure === 'storage-full'
        ? browser.i18n.getMessage('storageFull')
        : String(failure);
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: browser.i18n.getMessage(result.ok ? 'notifySaved' : 'notifyFailed'),
    message,
  });
}
