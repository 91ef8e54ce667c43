// Screenshots in Chromium: the visible part of a tab, and a scroll-and-stitch capture of a long
// Tmall order page, checked row by row against the colours the page is built from.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkItems, verifyChain, type LogEntry } from '../../lib/chain';
import { fixture, startHarness, type Harness } from './support';

/** The few extension APIs the test calls inside extension pages and the worker. */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: {
    session: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
}
type WithChrome = { chrome: ChromeApi };

const ID = '4864583305858007777';
const URL_ = `http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`;
const PAGE_HEIGHT = 60 + 300 + 80 * 100;
const bandColour = (i: number) => [(i * 37 + 20) % 200, (i * 91 + 40) % 200, (i * 53 + 60) % 200];

let harness: Harness;
let shop: Page;
let popup: Page;
let tabId: number;

beforeAll(async () => {
  harness = await startHarness({
    'trade.tmall.com/detail/orderDetail.htm': fixture('capture/long-order.html'),
  });
  shop = await harness.browser.context.newPage();
  await shop.goto(URL_);
  tabId = await harness.browser.tabIdFor('trade.tmall.com', ID);
  // Not openPopup: its small viewport would resize the shared headless window, and with it
  // what captureVisibleTab sees of the shop tab.
  popup = await harness.browser.context.newPage();
  await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html?tabId=${tabId}`);
  await shop.bringToFront();
  // The number mark is in place before any capture (it must be hidden in the pictures).
  await shop.locator('[data-weiquan-verdict]').first().waitFor({ state: 'attached', timeout: 15_000 });
});
afterAll(async () => harness?.close());

interface StoredItem {
  id: number;
  uid: string;
  caseId: number;
  kind: string;
  sha256: string;
  actualSha256: string;
  size: number;
  width: number;
  height: number;
  thumbnailWidth: number | null;
  meta: {
    orderId?: string;
    seller?: string;
    viewport?: { width: number; height: number };
    devicePixelRatio?: number;
    partial?: boolean;
    part?: { group: string; index: number; count: number };
    capturedAtUtc: string;
    capturedAtShanghai: string;
    extensionVersion: string;
    method?: Record<string, unknown>;
  };
}

/** Every evidence record, its bytes hashed again and its image measured, in an extension page. */
async function storedItems(): Promise<StoredItem[]> {
  return popup.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('weiquan');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const records = await new Promise<Array<Record<string, unknown>>>((resolve) => {
      const request = db.transaction('evidence').objectStore('evidence').getAll();
      request.onsuccess = () => resolve(request.result as Array<Record<string, unknown>>);
    });
    db.close();
    const hex = (buffer: ArrayBuffer) =>
      Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    return Promise.all(
      records.map(async (r) => {
        const content = r.content as Blob;
        const bitmap = await createImageBitmap(content);
        // The preview is stored as a data: URL (EvidenceRecord.thumbnail).
        const thumb =
          typeof r.thumbnail === 'string'
            ? await createImageBitmap(await (await fetch(r.thumbnail)).blob())
            : null;
        return {
          ...(r as unknown as StoredItem),
          content: undefined,
          thumbnail: undefined,
          actualSha256: hex(await crypto.subtle.digest('SHA-256', await content.arrayBuffer())),
          width: bitmap.width,
          height: bitmap.height,
          thumbnailWidth: thumb?.width ?? null,
        };
      }),
    );
  });
}

/** The colours of one pixel column of a stored image, top to bottom. */
async function column(id: number, x: number): Promise<number[][]> {
  return popup.evaluate(
    async ([id, x]) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('weiquan');
        open.onsuccess = () => resolve(open.result);
      });
      const record = await new Promise<{ content: Blob }>((resolve) => {
        const request = db.transaction('evidence').objectStore('evidence').get(id);
        request.onsuccess = () => resolve(request.result as { content: Blob });
      });
      db.close();
      const bitmap = await createImageBitmap(record.content);
      const canvas = new OffscreenCanvas(1, bitmap.height);
      canvas.getContext('2d')!.drawImage(bitmap, x, 0, 1, bitmap.height, 0, 0, 1, bitmap.height);
      const data = canvas.getContext('2d')!.getImageData(0, 0, 1, bitmap.height).data;
      const out: number[][] = [];
      for (let i = 0; i < data.length; i += 4) out.push([data[i]!, data[i + 1]!, data[i + 2]!]);
      return out;
    },
    [id, x] as const,
  );
}

/** The case log as the chain sees it, from IndexedDB. */
async function caseLog(caseId: number): Promise<LogEntry[]> {
  return popup.evaluate(async (caseId) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('weiquan');
      open.onsuccess = () => resolve(open.result);
    });
    const all = await new Promise<Array<Record<string, unknown>>>((resolve) => {
      const request = db.transaction('log').objectStore('log').getAll();
      request.onsuccess = () => resolve(request.result as Array<Record<string, unknown>>);
    });
    db.close();
    return all
      .filter((entry) => entry.caseId === caseId)
      .sort((a, b) => (a.seq as number) - (b.seq as number))
      .map(({ id: _id, caseId: _case, ...entry }) => entry) as unknown as LogEntry[];
  }, caseId);
}

async function send<T>(
  message: Record<string, unknown>,
): Promise<{ ok: boolean; value?: T; error?: string }> {
  return popup.evaluate(
    async (message) =>
      (await (globalThis as unknown as WithChrome).chrome.runtime.sendMessage(message)) as {
        ok: boolean;
        value?: T;
        error?: string;
      },
    message,
  );
}

interface Progress {
  state: string;
  done: number;
  total: number;
  error?: string;
  evidenceIds?: number[];
}
const progressOf = (worker: Worker, jobId: string) =>
  worker.evaluate(
    async (key) =>
      (await (globalThis as unknown as WithChrome).chrome.storage.session.get(key))[key] as
        Progress | undefined,
    `capture:${jobId}`,
  );

async function finished(jobId: string): Promise<Progress> {
  let last: Progress | undefined;
  await expect
    .poll(async () => (last = await progressOf(harness.browser.worker, jobId))?.state, { timeout: 40_000 })
    .toMatch(/done|cancelled|failed/);
  return last!;
}

const POLL = { timeout: 20_000, interval: 50 };
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 3);

describe('screenshots in Chromium', () => {
  it('saves the visible part of the tab with its metadata and without our marks', async () => {
    await shop.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    const before = (await storedItems()).length;
    const reply = await send<{ ids: number[] }>({ type: 'capture/visible', tabId });
    expect(reply).toMatchObject({ ok: true });
    const items = await storedItems();
    expect(items).toHaveLength(before + 1);
    const item = items.find((i) => i.id === reply.value!.ids[0])!;
    expect(item.kind).toBe('screenshot');
    expect(item.actualSha256).toBe(item.sha256);
    expect(item.meta.orderId).toBe(ID);
    expect(item.meta.seller).toBe('3dsway旗舰店');
    expect(item.meta.viewport).toEqual({ width: 1280, height: 800 });
    expect(item.width).toBe(1280 * item.meta.devicePixelRatio!);
    expect(item.meta.capturedAtShanghai).toMatch(/\+08:00$/);
    expect(item.meta.method).toMatchObject({ marksHidden: 1 });
    expect(item.thumbnailWidth).toBe(320);
    expect(
      await shop
        .locator('[data-weiquan-verdict]')
        .first()
        .evaluate((el) => getComputedStyle(el).visibility),
    ).toBe('visible');
  });

  it('captures the whole page: every row once, sticky header and fixed button once, marks hidden, scroll restored', async () => {
    await shop.evaluate(() => window.scrollTo({ top: 1234, behavior: 'instant' }));
    const reply = await send<{ jobId: string }>({ type: 'capture/full-page', tabId });
    expect(reply).toMatchObject({ ok: true });
    const progress = await finished(reply.value!.jobId);
    expect(progress).toMatchObject({ state: 'done', done: 11, total: 11 });
    const [id] = progress.evidenceIds!;
    const item = (await storedItems()).find((i) => i.id === id)!;
    const dpr = item.meta.devicePixelRatio!;
    const width = await shop.evaluate(() => document.documentElement.clientWidth);

    expect(item.kind).toBe('full-page');
    expect(item.actualSha256).toBe(item.sha256);
    expect([item.width, item.height]).toEqual([width * dpr, PAGE_HEIGHT * dpr]);
    expect(item.meta.partial).toBeUndefined();
    expect(item.meta.part).toBeUndefined();
    expect(item.meta.method).toMatchObject({
      screens: 11,
      contentHeightBefore: PAGE_HEIGHT,
      contentHeightAfter: PAGE_HEIGHT,
      stickyReleased: 1,
      fixedHidden: 1,
      marksHidden: 1,
      scrollRestoredTo: { x: 0, y: 1234 },
    });
    expect((item.meta.method!.scrollPositions as number[]).at(-1)).toBe(PAGE_HEIGHT - 800);

    // Left edge: the header's red rows once at the top, then each band in its own colour.
    const left = await column(id!, 5);
    const red = left.flatMap((px, row) => (near(px, [255, 0, 0]) ? [row] : []));
    expect(red).toEqual(Array.from({ length: 60 * dpr }, (_, row) => row));
    for (let band = 0; band < 80; band++) {
      const top = (360 + band * 100) * dpr;
      for (const row of [top + 1, top + 50 * dpr, top + 100 * dpr - 2]) {
        expect(left[row], `band ${band} row ${row}`).toSatisfy((px: number[]) => near(px, bandColour(band)));
      }
    }
    // The fixed button shows in the first screen only.
    const right = await column(id!, (width - 60) * dpr);
    const blue = right.flatMap((px, row) => (near(px, [0, 0, 255]) ? [row] : []));
    expect(blue).toEqual(Array.from({ length: 80 * dpr }, (_, i) => (800 - 100) * dpr + i));

    // The mark's place is plain page background in the picture.
    const mark = await shop
      .locator('[data-weiquan-verdict]')
      .first()
      .evaluate((el) => {
        // The host is inline; its badge lives in the shadow root.
        const box = [el, ...Array.from(el.shadowRoot?.querySelectorAll('*') ?? [])]
          .map((e) => e.getBoundingClientRect())
          .reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
        return { x: box.left + box.width / 2, y: box.top + window.scrollY + box.height / 2, w: box.width };
      });
    expect(mark.w).toBeGreaterThan(0);
    const atMark = await column(id!, Math.round(mark.x * dpr));
    expect(atMark[Math.round(mark.y * dpr)]).toEqual([255, 255, 255]);

    // The page is back as it was.
    expect(await shop.evaluate(() => window.scrollY)).toBe(1234);
    expect(await shop.evaluate(() => getComputedStyle(document.getElementById('header')!).position)).toBe(
      'sticky',
    );
    expect(await shop.evaluate(() => getComputedStyle(document.getElementById('help')!).visibility)).toBe(
      'visible',
    );
    expect(
      await shop
        .locator('[data-weiquan-verdict]')
        .first()
        .evaluate((el) => getComputedStyle(el).visibility),
    ).toBe('visible');

    // The case's hash chain verifies, with every stored item's bytes hashed again.
    const items = (await storedItems()).filter((i) => i.caseId === item.caseId);
    const log = await caseLog(item.caseId);
    expect(verifyChain(log).ok).toBe(true);
    const checks = checkItems(
      log,
      items.map((i) => ({ uid: i.uid, title: '', actualSha256: i.actualSha256 })),
    );
    expect(checks.filter((c) => c.problem)).toEqual([]);
  });

  it('splits a picture past the canvas limits into parts of one group, in one save', async () => {
    await harness.browser.worker.evaluate(() =>
      (globalThis as unknown as WithChrome).chrome.storage.session.set({
        'e2e:capture-limits': { maxSide: 3000, maxArea: 1_000_000_000 },
      }),
    );
    try {
      const reply = await send<{ jobId: string }>({ type: 'capture/full-page', tabId });
      const progress = await finished(reply.value!.jobId);
      expect(progress.state).toBe('done');
      const ids = progress.evidenceIds!;
      const parts = (await storedItems()).filter((i) => ids.includes(i.id));
      const dpr = parts[0]!.meta.devicePixelRatio!;
      expect(parts.map((p) => p.height)).toEqual([3000, 3000, PAGE_HEIGHT * dpr - 6000]);
      expect(new Set(parts.map((p) => p.meta.part!.group)).size).toBe(1);
      expect(parts.map((p) => [p.meta.part!.index, p.meta.part!.count])).toEqual([
        [0, 3],
        [1, 3],
        [2, 3],
      ]);
      expect(parts.every((p) => p.actualSha256 === p.sha256)).toBe(true);
      // Part 2 starts with the row just below part 1's last: band 26 (rows 2960..3060).
      const second = await column(ids[1]!, 5);
      expect(near(second[0]!, bandColour(Math.floor((3000 / dpr - 360) / 100)))).toBe(true);
    } finally {
      await harness.browser.worker.evaluate(() =>
        (globalThis as unknown as WithChrome).chrome.storage.session.remove('e2e:capture-limits'),
      );
    }
  });

  it('keeps what was taken when cancelled, marked partial', async () => {
    const reply = await send<{ jobId: string }>({ type: 'capture/full-page', tabId });
    const jobId = reply.value!.jobId;
    await expect
      .poll(async () => (await progressOf(harness.browser.worker, jobId))?.done ?? 0, POLL)
      .toBeGreaterThanOrEqual(3);
    expect(await send({ type: 'capture/cancel', jobId })).toMatchObject({ ok: true });
    const progress = await finished(jobId);
    expect(progress.state).toBe('cancelled');
    const item = (await storedItems()).find((i) => i.id === progress.evidenceIds![0])!;
    expect(item.meta.partial).toBe(true);
    expect(item.meta.method).toMatchObject({ stoppedBy: 'cancelled' });
    expect(item.height).toBeLessThan(PAGE_HEIGHT * item.meta.devicePixelRatio!);
    expect(item.height).toBeGreaterThanOrEqual(3 * 800 * item.meta.devicePixelRatio!);
    expect(await shop.evaluate(() => getComputedStyle(document.getElementById('header')!).position)).toBe(
      'sticky',
    );
  });

  it('stops with nothing written when the tab navigates or closes mid-capture', async () => {
    const before = (await storedItems()).length;
    let reply = await send<{ jobId: string }>({ type: 'capture/full-page', tabId });
    let jobId = reply.value!.jobId;
    await expect
      .poll(async () => (await progressOf(harness.browser.worker, jobId))?.done ?? 0, POLL)
      .toBeGreaterThanOrEqual(2);
    await shop.goto(`${URL_}&again=1`);
    expect(await finished(jobId)).toMatchObject({ state: 'failed', error: 'tab-navigated' });

    const other = await harness.browser.context.newPage();
    await other.goto(`${URL_}&other=1`);
    const otherTab = await harness.browser.tabIdFor('trade.tmall.com', 'other=1');
    await other.bringToFront();
    reply = await send<{ jobId: string }>({ type: 'capture/full-page', tabId: otherTab });
    jobId = reply.value!.jobId;
    await expect
      .poll(async () => (await progressOf(harness.browser.worker, jobId))?.done ?? 0, POLL)
      .toBeGreaterThanOrEqual(2);
    await other.close();
    expect(await finished(jobId)).toMatchObject({ state: 'failed', error: 'tab-closed' });
    expect(await storedItems()).toHaveLength(before);
  });

  it('fails plainly on a full disk, with nothing written and the chain intact', async () => {
    await shop.bringToFront();
    const cdp = await harness.browser.context.newCDPSession(popup);
    const origin = `chrome-extension://${harness.browser.extensionId}`;
    const { usage } = await popup.evaluate(() => navigator.storage.estimate());
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: (usage ?? 0) + 1000 });
    try {
      const before = await storedItems();
      const reply = await send<{ jobId: string }>({ type: 'capture/full-page', tabId });
      expect(await finished(reply.value!.jobId)).toMatchObject({ state: 'failed', error: 'storage-full' });
      expect(await storedItems()).toHaveLength(before.length);
      const log = await caseLog(before[0]!.caseId);
      expect(verifyChain(log).ok).toBe(true);
      expect(log.filter((entry) => entry.action === 'evidence-added')).toHaveLength(
        before.filter((item) => item.caseId === before[0]!.caseId).length,
      );
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    }
  });

  it('answers a second capture while one runs with capture-busy, and a bad message plainly', async () => {
    await shop.bringToFront();
    const first = await send<{ jobId: string }>({ type: 'capture/full-page', tabId });
    expect(await send({ type: 'capture/full-page', tabId })).toMatchObject({
      ok: false,
      error: 'capture-busy',
    });
    expect(await send({ type: 'capture/full-page', tabId: -1 })).toMatchObject({ ok: false });
    await send({ type: 'capture/cancel', jobId: first.value!.jobId });
    await finished(first.value!.jobId);
  });
});
