// Store screenshots at 1280 × 800 (the Chrome Web Store's size; AMO takes it too), written by
// the headless `npm start` after its own flow: the results page with its marks, the Taobao list
// with its 维权 buttons, the Tmall order with the popup beside it, and the casebook.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './lib/browser';

const SIZE = { width: 1280, height: 800 };

/** The page as the browser shows it in a 1280 × 800 window (not the whole scroll height). */
async function shoot(page: Page, path: string): Promise<string> {
  await page.setViewportSize(SIZE);
  await page.bringToFront();
  await page.screenshot({ path });
  return path;
}

/** The order page with the popup drawn over its right side, where the toolbar popup opens. */
async function orderWithPopup(browser: ExtensionBrowser, order: Page, path: string): Promise<string> {
  await order.setViewportSize(SIZE);
  const backdrop = (await order.screenshot()).toString('base64');
  const popup = await browser.openPopup(await browser.tabIdFor('trade.tmall.com'));
  await popup.setViewportSize({ width: 380, height: 720 });
  await popup.getByTestId('order-id').waitFor();
  const front = (await popup.screenshot()).toString('base64');
  await popup.close();
  const canvas = await browser.context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(
    `<body style="margin:0;position:relative">` +
      `<img src="data:image/png;base64,${backdrop}" style="display:block">` +
      `<img src="data:image/png;base64,${front}" style="position:absolute;top:8px;right:16px;` +
      `box-shadow:0 4px 24px rgba(0,0,0,.35);border-radius:8px"></body>`,
  );
  await canvas.screenshot({ path });
  await canvas.close();
  return path;
}

/** Writes the store screenshots into `dir`; resolves to their paths. */
export async function storeScreenshots(
  browser: ExtensionBrowser,
  tabs: { search: Page; taobaoList: Page; tmall: Page },
  dir: string,
): Promise<string[]> {
  const shots = [
    await orderWithPopup(browser, tabs.tmall, join(dir, 'store-1-order-popup.png')),
    await shoot(tabs.search, join(dir, 'store-2-number-marks.png')),
    await shoot(tabs.taobaoList, join(dir, 'store-3-order-list.png')),
  ];
  const casebook = await browser.context.newPage();
  await casebook.goto(`chrome-extension://${browser.extensionId}/casebook.html`);
  await casebook.locator('main').waitFor();
  shots.push(await shoot(casebook, join(dir, 'store-4-casebook.png')));
  await casebook.close();
  return shots;
}
