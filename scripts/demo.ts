// npm start: build the extension, serve the bundled demo pages on loopback under the real host
// names, and open Chromium with the extension. With a display it stays open for you to click
// around; without one it runs headless, writes PNG screenshots to demo-output/ and prints them.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/browser';
import { run } from './lib/run';
import { serveSite } from './lib/site-server';
import { storeScreenshots } from './store-screenshots';

const ORDER_ID = '4864583305858004803';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outputDir = resolve('demo-output');

/** The real Tmall fixture with a visible panel, since its own renderer cannot load offline. */
function demoTmallPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weiquan-demo-'));
  const page = readFileSync('tests/fixtures/tmall/order-detail-2025-11.html', 'utf8').replace(
    '<div id="detail-panel"></div>',
    readFileSync('scripts/demo-site/tmall-order-panel.html', 'utf8'),
  );
  writeFileSync(join(dir, 'tmall.html'), page);
  return join(dir, 'tmall.html');
}

// Headless, nobody can click the toolbar icon to grant activeTab for a screenshot, so the
// headless demo runs the build:e2e variant (the same extension plus <all_urls>).
const buildDir = headless ? '.output/chrome-mv3-e2e' : '.output/chrome-mv3';
console.log(`Building the extension (${buildDir})…`);
const build = headless ? ['wxt', 'build', '--mode', 'e2e'] : ['wxt', 'build'];
if ((await run('npx', build, headless ? { WEIQUAN_E2E: '1' } : {})) !== 0) process.exit(1);

const site = await serveSite({
  'trade.tmall.com/detail/orderDetail.htm': demoTmallPage(),
  // The new list layout (built from the documented structure): its orders render offline.
  'buyertrade.taobao.com/trade/itemlist/list_bought_items.htm': resolve(
    'tests/fixtures/taobao/order-list-new-spa.html',
  ),
  'www.baidu.com/s': resolve('scripts/demo-site/search-results.html'),
});
const browser = await launchWithExtension(buildDir, site, { headless });
const { context } = browser;

const pages = {
  tmall: `http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ORDER_ID}`,
  taobaoList: 'http://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  search: 'http://www.baidu.com/s?wd=淘宝客服电话',
};
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
  // After the capture: openPopup narrows the shared headless window to popup width.
  const popup = await browser.openPopup(tmallTabId);
  await popup.getByTestId('order-id').waitFor();
  shots.push(join(outputDir, 'popup-tmall-order.png'));
  await popup.screenshot({ path: shots.at(-1), fullPage: true });
  await popup.close();
  await listTab.bringToFront();
  await listTab.locator('weiquan-order-button').first().waitFor({ state: 'attached' });
  shots.push(join(outputDir, 'taobao-order-list.png'));
  await listTab.screenshot({ path: shots.at(-1), fullPage: true });
  const casebook = await context.newPage();
  await casebook.setViewportSize({ width: 1200, height: 900 });
  await casebook.goto(`chrome-extension://${browser.extensionId}/casebook.html`);
  await casebook.getByTestId('casebook-order').selectOption(ORDER_ID);
  await casebook.locator('.thumb img').first().waitFor();
  await casebook.getByRole('button', { name: '校验完整性' }).first().click();
  await casebook.getByTestId('chain-ok').first().waitFor();
  shots.push(join(outputDir, 'casebook.png'));
  await casebook.screenshot({ path: shots.at(-1), fullPage: true });
  await searchTab.bringToFront();
  shots.push(join(outputDir, 'search-results.png'));
  await searchTab.screenshot({ path: shots.at(-1), fullPage: true });
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
