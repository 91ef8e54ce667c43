// Casebook speed in Chromium: a case with 200 evidence items (each with a WebP thumbnail and a
// 100 kB image) — time from navigation to the first paint with the thumbnails on screen decoded.
import { launchWithExtension } from './browser';
import { median, round, type BenchResult } from './measure';
import { serveSite } from './site-server';

const ITEMS = 200;

/** Runs in the casebook page: writes one case and its items straight into the extension's IndexedDB. */
async function seed(count: number): Promise<number> {
  const thumbs = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const canvas = new OffscreenCanvas(192, 120);
      const context = canvas.getContext('2d')!;
      context.fillStyle = `hsl(${(i * 37) % 360} 60% 60%)`;
      context.fillRect(0, 0, 192, 120);
      context.fillStyle = '#000';
      context.fillText(`#${i}`, 10, 20);
      const blob = await canvas.convertToBlob({ type: 'image/webp', quality: 0.7 });
      return new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as string);
        reader.readAsDataURL(blob);
      });
    }),
  );
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('weiquan');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(new Error(String(open.error)));
  });
  const tx = db.transaction(['cases', 'evidence'], 'readwrite');
  const now = Date.now();
  const caseId = await new Promise<number>((resolve) => {
    const add = tx.objectStore('cases').add({
      platform: 'tmall',
      orderId: '4864583305858004803',
      title: '3dsway旗舰店',
      status: 'open',
      createdAt: now,
      updatedAt: now,
    });
    add.onsuccess = () => resolve(add.result as number);
  });
  const content = new Blob([new Uint8Array(100_000)], { type: 'image/png' });
  thumbs.forEach((thumbnail, i) => {
    const at = now - (count - i) * 60_000;
    tx.objectStore('evidence').add({
      uid: crypto.randomUUID(),
      caseId,
      kind: i % 10 === 0 ? 'full-page' : 'screenshot',
      url: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803',
      title: `订单详情 ${i}`,
      capturedAt: at,
      mimeType: 'image/png',
      sha256: 'a'.repeat(64),
      size: content.size,
      content,
      thumbnail,
      meta: { capturedAtUtc: new Date(at).toISOString(), capturedAtShanghai: '', extensionVersion: 'bench' },
    });
  });
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
  return caseId;
}

/**
 * Runs in the casebook page: performance.now() at the first frame where the case's first ten
 * thumbnails are decoded (the timeline starts near the fold, under the export and the
 * checklist: these are the ones on a laptop's first screen or just below it, which lazy loading
 * fetches at once), and at the first frame where all `count` items are listed.
 */
function paintTimes(count: number): Promise<{ thumbnails: number; listed: number }> {
  return new Promise((resolve) => {
    let thumbnails = NaN;
    const check = () => {
      const images = [...document.querySelectorAll<HTMLImageElement>('.thumb img')];
      const first = images.slice(0, 10);
      const decoded = first.length > 0 && first.every((img) => img.complete && img.naturalWidth > 0);
      if (Number.isNaN(thumbnails) && decoded) thumbnails = performance.now();
      if (!Number.isNaN(thumbnails) && document.querySelectorAll('.evidence').length >= count) {
        resolve({ thumbnails, listed: performance.now() });
      } else requestAnimationFrame(check);
    };
    check();
  });
}

export async function casebookBench(buildDir: string, runs: number): Promise<BenchResult[]> {
  const site = await serveSite({});
  const browser = await launchWithExtension(buildDir, site, { headless: true });
  try {
    const url = `chrome-extension://${browser.extensionId}/casebook.html`;
    // tsx compiles with esbuild's keepNames, which wraps inner functions in __name(): give the page one.
    await browser.context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('main').waitFor();
    // The case is measured as a shopper opens it from a link to it: casebook.html#case=ID.
    const caseUrl = `${url}#case=${await page.evaluate(seed, ITEMS)}`;
    const thumbnails: number[] = [];
    const listed: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      // From another page: a second goto to the same address and #fragment would not reload.
      await page.goto('about:blank');
      await page.goto(caseUrl);
      const times = await page.evaluate(paintTimes, ITEMS);
      if (i < 2) continue; // warm-up: code cache and the database's first open
      thumbnails.push(times.thumbnails);
      listed.push(times.listed);
    }
    return [
      {
        name: 'casebook 200-item case: first paint with thumbnails, from navigation (Chromium)',
        unit: 'ms',
        median: round(median(thumbnails), 1),
        runs,
      },
      {
        name: 'casebook 200-item case: all 200 items listed, from navigation (Chromium)',
        unit: 'ms',
        median: round(median(listed), 1),
        runs,
      },
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}
