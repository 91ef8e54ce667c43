// npm start: build the extension, serve the bundled demo pages on loopback under the real host
// names, and open Chromium with the extension. With a display it stays open for you to click
// around; without one it runs headless, writes PNG screenshots to demo-output/ and prints them.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './lib/browser';
import { run } from './lib/run';
import { serveSite } from './lib/site-server';
import { DEMO_ORDER_ID, DEMO_URLS, demoSite } from './lib/demo-pages';
import { storeScreenshots } from './store-screenshots';

const ORDER_ID = DEMO_ORDER_ID;
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outputDir = resolve('demo-output');
const screensDir = resolve('docs/screens');

/** Exports the first case as a bundle and opens its report from the file system. */
async function exportedReport(casebook: Page): Promise<Page> {
  const exporter = casebook.getByTestId('bundle-export').first();
  await exporter.getByTestId('bundle-export-open').click();
  const [download] = await Promise.all([
    casebook.waitForEvent('download'),
    exporter.getByTestId('bundle-export-start').click(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'weiquan-demo-bundle-'));
  await download.saveAs(join(dir, 'bundle.zip'));
  execFileSync('unzip', ['-q', join(dir, 'bundle.zip'), '-d', join(dir, 'bundle')]);
  const report = await casebook.context().newPage();
  await report.setViewportSize({ width: 1280, height: 800 });
  await report.goto(`file://${join(dir, 'bundle', 'index.html')}`);
  return report;
}

// Headless, nobody can click the toolbar icon to grant activeTab for a screenshot, so the
// headless demo runs the build:e2e variant (the same extension plus <all_urls>).
const buildDir = headless ? '.output/chrome-mv3-e2e' : '.output/chrome-mv3';
console.log(`Building the extension (${buildDir})…`);
const build = ['tsx', 'scripts/wxt-quiet.ts', 'build', ...(headless ? ['--mode', 'e2e'] : [])];
if ((await run('npx', build, headless ? { WEIQUAN_E2E: '1' } : {})) !== 0) process.exit(1);

const site = await serveSite(demoSite());
const browser = await launchWithExtension(buildDir, site, { headless });
const { context } = browser;

const pages = DEMO_URLS;
const searchTab = await context.newPage();
await searchTab.goto(pages.search);
const listTab = await context.newPage();
await listTab.goto(pages.taobaoList);
const tmallTab = await context.newPage();
await tmallTab.goto(pages.tmall);

if (!headless) {
  console.log('Chromium is open with 维权助手 and three demo pages:');
  for (const url of Object.values(pages)) console.log(`  ${url}`);
  console.log('Click the extension icon on the Tmall order tab. Close the browser to stop.');
  await new Promise((done) => context.on('close', done));
} else {
  mkdirSync(outputDir, { recursive: true });
  const shots: string[] = [];
  const tmallTabId = await browser.tabIdFor('trade.tmall.com');
  // Evidence: a full-page capture of the order, taken with the popup's button (the popup opened
  // as a full-size page, with the order tab at the front: a screenshot is of the front tab).
  const capturePopup = await context.newPage();
  await capturePopup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tmallTabId}`);
  await tmallTab.bringToFront();
  await capturePopup.getByTestId('capture-full-page').click();
  await capturePopup.getByText('已保存到案件（SHA-256 已记录）').waitFor({ timeout: 60_000 });
  await capturePopup.close();
  // After the capture: openPopup narrows the shared headless window to popup width. The popup
  // is shot at Chrome's popup size, 380 × 600: its first screen is what a shopper sees.
  const shoot = async (page: Page, name: string, fullPage = false) => {
    shots.push(join(outputDir, name));
    await page.screenshot({ path: shots.at(-1), fullPage });
  };
  const popup = await browser.openPopup(tmallTabId);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.getByTestId('answer-status').waitFor();
  await shoot(popup, 'popup-tmall-order.png');
  await popup.close();
  await searchTab.bringToFront();
  const searchPopup = await browser.openPopup(await browser.tabIdByUrl('*://www.baidu.com/*'));
  await searchPopup.setViewportSize({ width: 380, height: 600 });
  await searchPopup.getByTestId('page-numbers').waitFor();
  await shoot(searchPopup, 'popup-search-results.png');
  await searchPopup.close();
  await searchTab.setViewportSize({ width: 1280, height: 800 });
  await searchTab
    .locator('weiquan-mark[data-weiquan-verdict="suspicious"]')
    .first()
    .waitFor({ state: 'attached' });
  await shoot(searchTab, 'search-results.png');
  await listTab.bringToFront();
  await listTab.setViewportSize({ width: 1280, height: 800 });
  await listTab.locator('weiquan-order-button').first().waitFor({ state: 'attached' });
  await shoot(listTab, 'taobao-order-list.png');
  const casebook = await context.newPage();
  await casebook.setViewportSize({ width: 1280, height: 800 });
  await casebook.goto(`chrome-extension://${browser.extensionId}/casebook.html`);
  await casebook.getByTestId('case-row').filter({ hasText: ORDER_ID }).getByRole('link').click();
  await casebook.locator('.thumb img').first().waitFor();
  await casebook.getByTestId('case-details').locator('summary').click();
  await casebook.getByRole('button', { name: '校验完整性' }).first().click();
  await casebook.getByTestId('chain-ok').first().waitFor();
  await shoot(casebook, 'casebook.png');
  await shoot(await exportedReport(casebook), 'report.png');
  // The README shows these same files.
  mkdirSync(screensDir, { recursive: true });
  for (const shot of shots) copyFileSync(shot, join(screensDir, basename(shot)));
  shots.push(
    ...(await storeScreenshots(
      browser,
      { search: searchTab, taobaoList: listTab, tmall: tmallTab },
      outputDir,
    )),
  );
  console.log('No display: ran headless. Screenshots:');
  for (const shot of shots) console.log(`  ${shot}`);
}
await browser.close();
await site.close();
