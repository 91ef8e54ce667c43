// Reading what a chat capture stored, from an extension page (IndexedDB there is the extension's).
import type { Page } from 'playwright-core';
import type { LogEntry } from '../../lib/chain';

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
