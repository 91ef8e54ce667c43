// The chat e2e tests' shared set-up (the harness with the Taobao order seen, an extension page
// for the tests' calls) and reading what a chat capture stored from that page (IndexedDB there
// is the extension's).
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LogEntry } from '../../lib/chain';
import type { SiteMap } from '../../scripts/lib/site-server';
import { fixture, startHarness, type Harness } from './support';

const taobaoUrls = JSON.parse(readFileSync(fixture('taobao/urls.json'), 'utf8')) as Record<string, string>;
/** The Taobao order the chat tests open first, so the extension has seen it (no case yet). */
export const TAOBAO_ORDER_URL = taobaoUrls['order-detail-old.html']!.replace(/^https:/, 'http:');
export const TAOBAO_ORDER = '5179026635514007316';

/** The chat fixtures' shared script (tests/fixtures/chat-kit), served on a chat page's host. */
export const chatKitOn = (host: string): SiteMap => ({
  [`${host}/__fixture/chat-kit.js`]: fixture('chat-kit/chat-kit.js'),
});

/** The 旺旺 web IM (its chat-core frame) and the Taobao order page, served as their hosts. */
export const WANGWANG_ROUTES: SiteMap = {
  ...chatKitOn('market.m.taobao.com'),
  'trade.taobao.com/trade/detail/trade_order_detail.htm': fixture('taobao/order-detail-old.html'),
  'market.m.taobao.com/app/im/chat/index.html': fixture('chat-im/chat.html'),
  'market.m.taobao.com/app/im/chat-core/index.html': fixture('chat-im/chat-core.html'),
};

/** The extension APIs the chat tests call from the extension page. */
export interface Chrome {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    session: {
      get(key: string): Promise<Record<string, unknown>>;
      set(values: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
}

export interface ChatHarness {
  harness: Harness;
  /** The casebook, open: the tests' calls into the extension go from here. */
  extensionPage: Page;
}

/** The e2e harness serving `routes`, with the Taobao order opened and seen, and the casebook open. */
export async function startChatHarness(routes: SiteMap): Promise<ChatHarness> {
  const harness = await startHarness(routes);
  const order = await harness.browser.context.newPage();
  await order.goto(TAOBAO_ORDER_URL);
  await harness.browser.tabIdFor('trade.taobao.com', TAOBAO_ORDER);
  const extensionPage = await harness.browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${harness.browser.extensionId}/casebook.html`);
  return { harness, extensionPage };
}

/** The id of the tab showing `url`. */
export function tabIdOf(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(
    async (address) =>
      (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({})).find(
        (tab) => tab.url === address,
      )!.id!,
    url,
  );
}

/**
 * Presses the popup's 「保存整段聊天记录」 with the chat tab in front, as a shopper does; the
 * popup's outcome line. The popup lists no orders on a chat: saved first, filed by what it names.
 */
export async function captureFromPopup({ harness, extensionPage }: ChatHarness, chat: Page): Promise<string> {
  const tabId = await tabIdOf(extensionPage, chat.url());
  const popup = await harness.browser.context.newPage();
  await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html?tabId=${tabId}`);
  await chat.bringToFront();
  if ((await popup.locator('[data-testid="capture-order"]').count()) !== 0)
    throw new Error('the popup lists orders on a chat page');
  await popup.locator('[data-testid="capture-chat"]').click();
  const outcome = popup.locator('[data-testid="capture-outcome"]');
  await outcome.waitFor({ timeout: 170_000 });
  const text = (await outcome.textContent()) ?? '';
  await popup.close();
  return text;
}

/**
 * e2e builds only: the chat capture's time and message limits for the next captures (the
 * shipped 90 s and 10,000 messages take minutes to meet); none: the shipped ones.
 */
export async function setChatLimits(
  extensionPage: Page,
  limits: { maxMs?: number; messages?: number } | null,
): Promise<void> {
  await extensionPage.evaluate(async (wanted) => {
    const session = (globalThis as unknown as { chrome: Chrome }).chrome.storage.session;
    if (wanted) await session.set({ 'e2e:chat-options': wanted });
    else await session.remove('e2e:chat-options');
  }, limits);
}

/** A message to the background, sent from the extension page as the popup sends it. */
export function sendToBackground(extensionPage: Page, message: unknown): Promise<unknown> {
  return extensionPage.evaluate(
    (sent) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(sent),
    message,
  );
}

export interface StoredItem {
  id: number;
  uid: string;
  caseId: number;
  kind: string;
  title: string;
  url: string;
  mimeType: string;
  sha256: string;
  size: number;
  meta: { orderId?: string; partial?: boolean; method?: Record<string, unknown> };
  base64: string;
}

/**
 * The evidence items captured on a page (transcripts and pane pictures), or those with the given
 * ids, and the log of the first one's case; `page` is an extension page (its IndexedDB is ours).
 */
export function storedItems(
  page: Page,
  which: { url: string } | { ids: number[] },
): Promise<{ items: StoredItem[]; log: LogEntry[] }> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('weiquan');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
    const toBase64 = (blob: Blob) =>
      new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''));
        reader.readAsDataURL(blob);
      });
    const items = [];
    for (const { content, thumbnail: _thumbnail, ...record } of await all<{
      id: number;
      url: string;
      caseId: number;
      content: Blob;
      thumbnail?: unknown;
    }>('evidence')) {
      const chosen = 'url' in wanted ? record.url === wanted.url : wanted.ids.includes(record.id);
      if (chosen) items.push({ ...record, base64: await toBase64(content) });
    }
    const caseId = items[0]?.caseId;
    const log = (await all<LogEntry & { id: number; caseId: number }>('log'))
      .filter((entry) => entry.caseId === caseId)
      .sort((a, b) => a.seq - b.seq)
      .map(({ id: _id, caseId: _case, ...entry }) => entry);
    db.close();
    return { items: items as unknown as StoredItem[], log };
  }, which);
}

/** The transcript's two copies captured on a page, with all its items and its case's log. */
export async function storedChat(
  page: Page,
  url: string,
): Promise<{ json: StoredItem; text: StoredItem; items: StoredItem[]; log: LogEntry[] }> {
  const { items, log } = await storedItems(page, { url });
  const chat = items.filter((item) => item.kind === 'chat');
  const json = chat.find((item) => item.mimeType === 'application/json');
  const text = chat.find((item) => item.mimeType.startsWith('text/plain'));
  if (!json || !text) throw new Error(`no transcript stored for ${url}`);
  return { json, text, items, log };
}

/** The pane pictures of a page's chat capture, once its job has saved them. */
export async function waitForPane(page: Page, url: string, timeoutMs = 90_000): Promise<StoredItem[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const pane = (await storedItems(page, { url })).items.filter((item) => item.kind === 'pane');
    if (pane.length > 0 || Date.now() > until) return pane;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Waits until the list is back at its bottom with the newest message shown. The walk back to
 * the shopper's place starts when the pane pictures end (after their job says done) and loads a
 * windowed list window by window, so it is polled, within the collector's restoreMs.
 */
export async function expectBackAtNewest(list: Locator, newestTime: string): Promise<void> {
  const place = async () => ({
    atBottom: await list.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight < 8),
    newest: await list.locator('.message-item .time').last().textContent(),
  });
  await expect
    .poll(place, { timeout: 60_000, interval: 250 })
    .toEqual({ atBottom: true, newest: newestTime });
}
