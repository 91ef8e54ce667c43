// The order pages a shopper meets, in Chromium with the built extension: each page is served
// as its real host, and the popup (or the list page's 维权 button) must show the right order.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startHarness, type Harness } from './support';

type Urls = Record<string, string>;
const taobaoUrls = JSON.parse(readFileSync(fixture('taobao/urls.json'), 'utf8')) as Urls;
const weidianUrls = JSON.parse(readFileSync(fixture('weidian/urls.json'), 'utf8')) as Urls;

/** Served over plain http as the real host; the content scripts match both schemes. */
const served = (url: string) => url.replace(/^https:/, 'http:');
const siteKey = (url: string) => {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
};

const pages = {
  taobaoList: {
    url: taobaoUrls['order-list-new-spa.html']!,
    file: fixture('taobao/order-list-new-spa.html'),
  },
  taobaoDetail: { url: taobaoUrls['order-detail-old.html']!, file: fixture('taobao/order-detail-old.html') },
  weidianDetail: { url: weidianUrls['order-detail.html']!, file: fixture('weidian/order-detail.html') },
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness(
    Object.fromEntries(Object.values(pages).map((page) => [siteKey(page.url), page.file])),
  );
});
afterAll(async () => harness?.close());

async function popupTextFor(url: string, orderId: string): Promise<string> {
  const shop = await harness.browser.context.newPage();
  await shop.goto(served(url));
  const popup = await harness.browser.openPopup(await harness.browser.tabIdFor(new URL(url).hostname));
  await expect.poll(() => popup.getByTestId('order-id').textContent()).toBe(orderId);
  const text = await popup.locator('main').innerText();
  await popup.close();
  await shop.close();
  return text;
}

describe('order pages in Chromium', () => {
  it('puts a 维权 button on every order of the Taobao list; the 天猫超市 one opens its helper', async () => {
    const { context } = harness.browser;
    const list = await context.newPage();
    await list.goto(served(pages.taobaoList.url));
    const buttons = list.locator('weiquan-order-button');
    await expect.poll(() => buttons.count()).toBe(4);

    const supermarket = '5185533019846007316';
    const [helper] = await Promise.all([
      context.waitForEvent('page'),
      list.locator(`weiquan-order-button[data-weiquan-order="${supermarket}"] button`).click(),
    ]);
    await expect.poll(() => helper.getByTestId('order-id').textContent()).toBe(supermarket);
    const text = await helper.locator('main').innerText();
    expect(text).toContain('天猫超市（自营）');
    expect(text).toContain('400-988-8898');
    await helper.close();
    await list.close();
  });

  it('shows a Taobao order detail with the Taobao/Tmall consumer line', async () => {
    const text = await popupTextFor(pages.taobaoDetail.url, '5179026635514007316');
    expect(text).toContain('淘宝');
    expect(text).toContain('9510211');
  });

  it('shows a Weidian order detail with the in-app route and no invented Weidian number', async () => {
    const text = await popupTextFor(pages.weidianDetail.url, '834512907761238');
    expect(text).toContain('微店');
    expect(text).toContain('平台介入');
    expect(text).not.toMatch(/微店[^\n]*400-/);
  });

  it('detects again after single-page navigation and orders that load later', async () => {
    const list = await harness.browser.context.newPage();
    await list.goto(served(pages.taobaoList.url));
    const tabId = await harness.browser.tabIdFor('buyertrade.taobao.com');
    await expect.poll(async () => (await harness.browser.tabState(tabId))?.detection.orders?.length).toBe(4);
    // The SPA switches tab: new URL without a reload, and the list re-renders with one order.
    await list.evaluate(() => {
      history.pushState({}, '', '/trade/itemlist/list_bought_items.htm?tabCode=waitSend');
      document.querySelectorAll('[id^="shopOrderContainer_"]').forEach((el, i) => i > 0 && el.remove());
    });
    await expect
      .poll(
        async () => {
          const state = await harness.browser.tabState(tabId);
          return state && [new URL(state.url).search, state.detection.orders?.length];
        },
        { timeout: 10_000 },
      )
      .toEqual(['?tabCode=waitSend', 1]);
    await list.close();
  });
});
