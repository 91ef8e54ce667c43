// Issue 26 items 5 and 6, in Chromium, in Chinese and English: the casebook with a case and its
// evidence, and the report of its exported bundle (opened from file://): axe-core finds nothing
// critical or serious, nothing is wider than the window, and no internal source id appears on
// either screen or in any exported text.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngBytes } from '../fixtures/bundles/seed';
import { axeFindings, INTERNAL, overflow, shotPath, shownText } from './screen-checks';
import { fixture, startHarness, type Harness } from './support';

const ID = '4864583305858004803';

async function checkScreen(page: Page) {
  const width = await overflow(page);
  expect(width.widest).toEqual([]);
  expect(await axeFindings(page)).toEqual([]);
  expect(await shownText(page)).not.toMatch(INTERNAL);
}

describe.each(['zh', 'en'] as const)('casebook and report screens (%s)', (lang) => {
  let harness: Harness;
  let casebook: Page;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'screens-e2e-'));
    harness = await startHarness(
      { 'trade.tmall.com/detail/orderDetail.htm': fixture('tmall/order-detail-2025-11.html') },
      lang,
    );
    const shop = await harness.browser.context.newPage();
    await shop.goto(`http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`);
    await harness.browser.tabIdFor('trade.tmall.com', ID);
    casebook = await harness.browser.context.newPage();
    await casebook.goto(`chrome-extension://${harness.browser.extensionId}/casebook.html`);
  }, 60_000);
  afterAll(async () => harness?.close());

  it('shows a case a shopper understands, accessible and without internal ids', async () => {
    await casebook.getByTestId('new-case').locator('select').selectOption('tmall');
    await casebook.getByTestId('new-case').locator('input').fill(ID);
    await casebook.getByTestId('new-case').getByRole('button').click();
    const card = casebook.getByTestId('case').filter({ hasText: ID });
    await card
      .getByTestId('file-input')
      .setInputFiles([{ name: 'defect.png', mimeType: 'image/png', buffer: Buffer.from(pngBytes(30_000)) }]);
    await expect.poll(() => card.getByTestId('evidence-item').count()).toBe(1);
    // The guide beside the cases paints a frame later.
    await casebook.getByTestId('steps').first().waitFor();
    await checkScreen(casebook);
    await casebook.screenshot({ path: shotPath(`casebook-${lang}`), fullPage: true });
  }, 60_000);

  it('writes a report and drafts for the shopper and the clerk', async () => {
    const exporter = casebook.getByTestId('bundle-export').first();
    await exporter.getByTestId('bundle-export-open').click();
    const [download] = await Promise.all([
      casebook.waitForEvent('download'),
      exporter.getByTestId('bundle-export-start').click(),
    ]);
    const zip = join(dir, download.suggestedFilename());
    await download.saveAs(zip);
    execFileSync('unzip', ['-q', zip, '-d', join(dir, 'unzipped')]);
    for (const name of await readdir(join(dir, 'unzipped', 'data', 'drafts')))
      expect(await readFile(join(dir, 'unzipped', 'data', 'drafts', name), 'utf8')).not.toMatch(INTERNAL);

    const report = await harness.browser.context.newPage();
    await report.goto(`file://${join(dir, 'unzipped', 'index.html')}`);
    const text = await report.locator('body').innerText();
    expect(text).not.toMatch(/\bopen\b|\b1 items\b|\d{2}:\d{2}:\d{2}(\.\d+)?Z \(/);
    expect(text).toContain('北京时间');
    await checkScreen(report);
    await report.screenshot({ path: shotPath(`report-${lang}`), fullPage: true });
    await report.close();
  }, 60_000);
});
