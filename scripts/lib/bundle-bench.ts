// Evidence bundle speed and memory. In Chromium: a 300 MB case (60 synthetic 5 MB images added
// through the casebook's file picker) exported with the casebook's button (click → download
// link ready), and the same 60 Blobs, read from the same IndexedDB, zipped by JSZip (STORE, to a
// Blob) in the same page. Memory: the page's JS heap (CDP Performance.getMetrics JSHeapUsedSize),
// sampled every 20 ms, peak minus the level before; Blob bytes live in the browser's blob store,
// outside that heap, for both. In node: `npm run -s verify` of the exported bundle beside
// sha256sum + sha512sum.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { smallBundle, verifyInChild } from './verify-rss';
import { launchWithExtension } from './browser';
import { median, round, type BenchResult } from './measure';
import { serveSite } from './site-server';
import { caseWithFiles, verifyBesideSums } from './speed-bench';

const ITEMS = 60;
const ITEM_BYTES = 5 * 1024 * 1024;
const MB = 1024 * 1024;

/** Peak JS heap growth while `work` runs, in MB, and how long it took, in ms. */
async function measured(
  cdp: CDPSession,
  work: () => Promise<unknown>,
): Promise<{ ms: number; heapMb: number }> {
  const heap = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
  };
  await cdp.send('HeapProfiler.collectGarbage');
  const base = await heap();
  let peak = base;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heap());
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  sampling = false;
  await sampler;
  peak = Math.max(peak, await heap());
  return { ms, heapMb: (peak - base) / MB };
}

async function jszipInPage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const JSZip = (
      globalThis as unknown as {
        JSZip: new () => { file(n: string, b: Blob): void; generateAsync(o: object): Promise<Blob> };
      }
    ).JSZip;
    const blobs = await new Promise<Blob[]>((done, fail) => {
      const open = indexedDB.open('weiquan');
      open.onerror = () => fail(new Error(String(open.error)));
      open.onsuccess = () => {
        const all = open.result.transaction('evidence').objectStore('evidence').getAll();
        all.onsuccess = () => done((all.result as Array<{ content: Blob }>).map((e) => e.content));
      };
    });
    const zip = new JSZip();
    blobs.forEach((blob, i) => zip.file(`data/evidence/${i}.png`, blob));
    const out = await zip.generateAsync({ type: 'blob', compression: 'STORE' });
    (globalThis as unknown as { lastZip: number }).lastZip = out.size;
  });
}

export async function bundleBench(buildDir: string, runs: number): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bundle-bench-'));
  const site = await serveSite({});
  const browser = await launchWithExtension(buildDir, site, { headless: true });
  try {
    const files: string[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const bytes = new Uint8Array(ITEM_BYTES);
      for (let j = 0; j < bytes.length; j += 65536) crypto.getRandomValues(bytes.subarray(j, j + 65536));
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      files.push(join(dir, `shot-${i}.png`));
      await writeFile(files.at(-1)!, bytes);
    }
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/casebook.html`);
    await caseWithFiles(page, files);
    // Evaluated through DevTools, which the extension page's CSP does not govern.
    const jszip = await readFile(resolve('node_modules/jszip/dist/jszip.min.js'), 'utf8');

    const ours: Array<{ ms: number; heapMb: number }> = [];
    const theirs: Array<{ ms: number; heapMb: number }> = [];
    let bundleFile = '';
    for (let i = 0; i < runs; i++) {
      // A fresh page each run (a reload may move an extension page to a new process).
      await page.reload();
      await page.evaluate(jszip);
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const exporter = page.getByTestId('bundle-export').first();
      await exporter.getByTestId('bundle-export-open').click();
      let saved: Promise<void> | undefined;
      ours.push(
        await measured(cdp, async () => {
          const download = page.waitForEvent('download', { timeout: 120_000 });
          await exporter.getByTestId('bundle-export-start').click();
          await exporter.getByTestId('bundle-download').waitFor({ timeout: 120_000 });
          bundleFile = join(dir, 'bundle.zip');
          saved = download.then((d) => d.saveAs(bundleFile));
        }),
      );
      await saved;
      theirs.push(await measured(cdp, () => jszipInPage(page)));
      await cdp.detach();
    }
    const verified = await verifyBesideSums('300 MB bundle (60 items of 5 MB)', bundleFile, runs);
    // Peak memory in a process of its own, beside the same for the small seeded bundle.
    const small = join(dir, 'small.zip');
    await writeFile(small, await smallBundle());
    const rss = { big: [] as number[], small: [] as number[] };
    for (let i = 0; i < runs; i++) {
      rss.big.push((await verifyInChild(bundleFile)).rssMb);
      rss.small.push((await verifyInChild(small)).rssMb);
    }
    const ms = (list: typeof ours) => median(list.map((r) => r.ms));
    const heap = (list: typeof ours) => median(list.map((r) => r.heapMb));
    return [
      {
        name: 'export 300 MB case, casebook button to download ready (Chromium)',
        unit: 'ms',
        median: round(ms(ours), 0),
        runs,
        baseline: `JSZip 3.10.2 STORE to a Blob, same Blobs, same page: ${round(ms(theirs), 0)} ms`,
        ratio: round(ms(ours) / ms(theirs), 2),
      },
      {
        name: 'export 300 MB case, peak JS heap growth (Chromium; largest item 5 MB)',
        unit: 'kB',
        median: round(heap(ours) * 1024, 0),
        runs,
        baseline: `JSZip 3.10.2, same run: ${round(heap(theirs) * 1024, 0)} kB`,
        ratio: round(heap(ours) / Math.max(0.1, heap(theirs)), 2),
      },
      verified,
      {
        name: 'verify 300 MB bundle, peak RSS of the verify process (node; items 5 MB)',
        unit: 'MB',
        median: round(median(rss.big), 0),
        runs,
        baseline: `the 0.1 MB seeded bundle, same way: ${round(median(rss.small), 0)} MB`,
        ratio: round(median(rss.big) / median(rss.small), 2),
      },
    ];
  } finally {
    await browser.close();
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}
