// The evidence bundle in Chromium: export a case from the casebook, unzip it, verify it (CLI and
// the report's own re-check from file://), flip one byte and see that file named, import it into
// a fresh profile where the case appears identical, and refuse a hostile bundle with no writes.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../scripts/verify';
import { rawZip, zipOf } from '../fixtures/bundles/raw-zip';
import { pngBytes } from '../fixtures/bundles/seed';
import { fixture, startHarness, type Harness } from './support';
import { createCase, openCase, verifyCase } from './casebook-support';

const ID = '4864583305858004803';
const PHONE = '13812345678';
let harness: Harness;
let casebook: Page;
let dir: string;
let bundlePath: string;
let hashes: string[];

const site = { 'trade.tmall.com/detail/orderDetail.htm': fixture('tmall/order-detail-2025-11.html') };

async function openCasebook(h: Harness): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(`chrome-extension://${h.browser.extensionId}/casebook.html`);
  return page;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bundle-e2e-'));
  harness = await startHarness(site);
  const shop = await harness.browser.context.newPage();
  await shop.goto(`http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`);
  await harness.browser.tabIdFor('trade.tmall.com', ID);
  casebook = await openCasebook(harness);
});
afterAll(async () => harness?.close());

describe('evidence bundle in Chromium', () => {
  it('exports a case from the casebook as a bundle that verifies', async () => {
    const card = await createCase(casebook, 'tmall', ID);
    await expect.poll(() => card.textContent()).toContain('3dsway旗舰店');
    await card.getByTestId('file-input').setInputFiles([
      { name: 'defect.png', mimeType: 'image/png', buffer: Buffer.from(pngBytes(300_000)) },
      { name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from('鉴定报告：非正品', 'utf8') },
      // Over 8 MB: export hashes it in the casebook's hash workers, not on the page's thread.
      { name: 'unboxing.mp4', mimeType: 'video/mp4', buffer: Buffer.from(pngBytes(9 * 1024 ** 2, 7)) },
    ]);
    await expect.poll(() => card.getByTestId('evidence-item').count()).toBe(3);
    hashes = (
      await card
        .getByTestId('evidence-item')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sha256')!))
    ).sort();

    const workers: string[] = [];
    casebook.on('worker', (worker) => workers.push(worker.url()));
    const exporter = casebook.getByTestId('bundle-export').first();
    await exporter.getByTestId('bundle-export-open').click();
    await exporter.getByTestId('bundle-name').fill('张三');
    await exporter.getByTestId('bundle-phone').fill(PHONE);
    await exporter.getByTestId('bundle-address').fill('浙江省杭州市西湖区文三路 100 号');
    const [download] = await Promise.all([
      casebook.waitForEvent('download'),
      exporter.getByTestId('bundle-export-start').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^weiquan-tmall-${ID}-\\d{8}-\\d{6}\\.zip$`));
    bundlePath = join(dir, download.suggestedFilename());
    await download.saveAs(bundlePath);
    expect(workers.filter((url) => url.includes('hash-worker'))).toHaveLength(2);

    const outcome = await verifyBundle(bundlePath);
    expect(outcome.lines.join('\n')).toMatch(/^OK /);
    expect(outcome.exitCode).toBe(0);
    // The order the page showed was logged when the case was made: shop and amount are bound.
    expect(outcome.json).toMatchObject({ cases: [{ order: 'bound', chainEntries: 5 }] });
    // Unzipped by the system's own unzip: a plain, valid zip with readable names.
    execFileSync('unzip', ['-q', bundlePath, '-d', join(dir, 'unzipped')]);
    const listing = execFileSync('unzip', ['-Z1', bundlePath], { encoding: 'utf8' }).split('\n');
    expect(listing).toEqual(
      expect.arrayContaining([
        'bagit.txt',
        'index.html',
        'data/case.json',
        'data/drafts/12315-complaint.txt',
      ]),
    );
    expect(listing.filter((n) => n.startsWith('data/evidence/'))).toHaveLength(3);
    // sha256sum, the tool anyone has, agrees with the manifest.
    execFileSync('sha256sum', ['--quiet', '-c', 'manifest-sha256.txt'], { cwd: join(dir, 'unzipped') });
    const html = await readFile(join(dir, 'unzipped', 'index.html'), 'utf8');
    expect(html).not.toContain(PHONE);
    expect(html).toContain('138****5678');
  });

  it('lets the casebook compile WebAssembly, so items over 128 MB hash with hash-wasm', async () => {
    // Chromium's own default for extension pages is script-src 'self': no WASM, so every big
    // video fell back to the pure-JS hashes (the same digests, 2-3x slower).
    const compiled = await casebook.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
        () => 'compiled',
        (error: unknown) => String(error),
      ),
    );
    expect(compiled).toBe('compiled');
  });

  it('opens the report from the file system and re-checks the zip in the browser', async () => {
    const report = await harness.browser.context.newPage();
    const blocked: string[] = [];
    report.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:'))
        blocked.push(request.url());
    });
    await report.goto(`file://${join(dir, 'unzipped', 'index.html')}`);
    expect(await report.getByTestId('chain-at-export').textContent()).toContain('导出时校验通过');
    expect(await report.locator('#evidence tbody tr').count()).toBe(3);
    // The chain head to record when filing: entry count and last hash, also in the 12315 draft.
    const head = (await report.locator('#chain-head').textContent())!;
    expect(head).toMatch(/^5:[0-9a-f]{64}$/);
    expect(await readFile(join(dir, 'unzipped', 'data/drafts/12315-complaint.txt'), 'utf8')).toContain(head);
    expect(await report.getByTestId('chain-head-box').textContent()).toContain('12315');
    await report.locator('#pick-zip').setInputFiles(bundlePath);
    await expect.poll(() => report.locator('#recheck-result').getAttribute('data-result')).toBe('ok');
    expect(await report.locator('#recheck-result').textContent()).toContain(
      '本页、投诉草稿和导出时间不在链里',
    );
    expect(blocked).toEqual([]);
    await report.close();
  });

  it('re-checks the unzipped folder, ignoring what a file manager adds (and saying so)', async () => {
    const folder = join(dir, 'unzipped');
    await writeFile(join(folder, '.DS_Store'), 'finder');
    await writeFile(join(folder, 'data', 'Thumbs.db'), 'explorer');
    const report = await harness.browser.context.newPage();
    await report.goto(`file://${join(folder, 'index.html')}`);
    await report.locator('#pick-folder').setInputFiles(folder);
    await expect.poll(() => report.locator('#recheck-result').getAttribute('data-result')).toBe('ok');
    const said = (await report.locator('#recheck-result').textContent())!;
    expect(said).toContain('Ignored system files');
    expect(said).toContain('.DS_Store');
    expect(said).toContain('data/Thumbs.db');
    await report.close();
  });

  it('names the one file whose byte was flipped (verify and the report)', async () => {
    const files = unzipSync(await readFile(bundlePath));
    const image = Object.keys(files).find((name) => name.endsWith('.png'))!;
    const changed = new Uint8Array(files[image]!);
    changed[1234] = changed[1234]! ^ 1;
    const flipped = join(dir, 'flipped.zip');
    await writeFile(flipped, zipOf({ ...files, [image]: changed }));
    const outcome = await verifyBundle(flipped);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines.filter((l) => l.startsWith('FAIL '))).toEqual([
      expect.stringContaining(`FAIL ${image}:`),
    ]);

    const report = await harness.browser.context.newPage();
    await report.goto(`file://${join(dir, 'unzipped', 'index.html')}`);
    await report.locator('#pick-zip').setInputFiles(flipped);
    await expect.poll(() => report.locator('#recheck-result').getAttribute('data-result')).toBe('failed');
    expect(await report.locator('#recheck-result').textContent()).toContain(image);
    await report.close();
  });

  it('imports the bundle into a fresh profile, where the case appears identical, and refuses a hostile one', async () => {
    const fresh = await startHarness(site);
    try {
      const page = await openCasebook(fresh);
      const library = page.getByTestId('bundle-library');
      await library.getByTestId('bundle-import').setInputFiles(bundlePath);
      await expect.poll(() => library.getByTestId('bundle-result').textContent()).toContain(ID);
      const card = await openCase(page, ID);
      await expect.poll(() => card.getByTestId('evidence-item').count()).toBe(3);
      const imported = (
        await card
          .getByTestId('evidence-item')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sha256')!))
      ).sort();
      expect(imported).toEqual(hashes);
      expect(await card.textContent()).toContain('3dsway旗舰店');
      await verifyCase(card);
      await expect.poll(() => card.getByTestId('chain-ok').textContent()).toContain('3 项证据');

      const hostile = join(dir, 'hostile.zip');
      const files = unzipSync(await readFile(bundlePath));
      await writeFile(
        hostile,
        rawZip([
          ...Object.entries(files).map(([name, data]) => ({ name, data })),
          { name: '../../evil.txt', data: new Uint8Array(1) },
        ]),
      );
      await page.goBack();
      await library.getByTestId('bundle-import').setInputFiles(hostile);
      await expect.poll(() => library.getByTestId('bundle-error').textContent()).toContain('不安全的文件名');
      expect(await page.getByTestId('case-row').count()).toBe(1);
      await library.getByTestId('bundle-import').setInputFiles(bundlePath);
      await expect.poll(() => library.getByTestId('bundle-error').textContent()).toContain('已经在这里');
      expect(await page.getByTestId('case-row').count()).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
