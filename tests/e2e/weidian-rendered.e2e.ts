// Weidian order pages as Chromium renders them: the page's own script moves the served data into
// window.getData and deletes it from the DOM, rows carry no order number, and "查看更多订单"
// fetches later pages from thor. The extension reads them through its page-data script (MAIN
// world) and the channel to the order content script; the background records what it reads.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, recordWeidianCall, startHarness, type Harness } from './support';

const urls = JSON.parse(readFileSync(fixture('weidian/urls.json'), 'utf8')) as Record<string, string>;
const served = (url: string) => url.replace(/^https:/, 'http:');
const RENDERED = Object.keys(urls).filter((name) => name.includes('-rendered'));
const HOSTILE_URL = 'https://weidian.com/user/order/list.php?type=1';
const HOSTILE = `<!DOCTYPE html><meta charset="utf-8"><div id="app">待发货</div><script>
  Object.defineProperty(window, 'getData', { get() { document.title = 'getter ran'; return {}; } });
</script>`;

type Order = { orderId: string; shopName?: string; status?: string; autoConfirmBy?: string };
type State = {
  url: string;
  detection: { detected: boolean; orders?: Order[]; strategy?: string; reason?: string; detail?: string };
};

let harness: Harness;
beforeAll(async () => {
  // Two tabs of the list share one path (type=0, type=4): every page is answered by its full URL.
  const [first] = RENDERED;
  const { host, pathname } = new URL(urls[first!]!);
  harness = await startHarness({ [`${host}${pathname}`]: fixture(`weidian/${first}`) });
  const pages = new Map(RENDERED.map((name) => [served(urls[name]!), fixture(`weidian/${name}`)]));
  pages.set(served(HOSTILE_URL), '');
  await harness.browser.context.route(
    (url) => pages.has(url.href),
    (route) => {
      const file = pages.get(route.request().url())!;
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: file ? readFileSync(file) : HOSTILE,
      });
    },
  );
});
afterAll(async () => harness?.close());

/** What the background recorded for the tab showing `url` (once it reports an order). */
async function stateOf(url: string): Promise<State> {
  const { pathname, search } = new URL(url);
  const tabId = await harness.browser.tabIdFor('weidian.com', `${pathname}${search}`);
  let state: State | null = null;
  await expect
    .poll(async () => (state = (await harness.browser.tabState(tabId)) as State | null)?.detection.detected)
    .toBe(true);
  return state!;
}

const expectedIds = (name: string) =>
  (
    JSON.parse(readFileSync(fixture(`weidian/${name.replace('.html', '.expected.json')}`), 'utf8')) as {
      orders: Order[];
    }
  ).orders.map((o) => o.orderId);

describe('Weidian pages as rendered, in Chromium', () => {
  it.each(RENDERED)('%s: reads the orders from the page data', async (name) => {
    const page = await harness.browser.context.newPage();
    await page.goto(served(urls[name]!));
    // The page's script ran: the served data is gone from the DOM.
    await expect.poll(() => page.locator('#__rocker-render-inject__').count()).toBe(0);
    const state = await stateOf(urls[name]!);
    expect(state.detection.strategy).toBe('page-data');
    expect(state.detection.orders!.map((o) => o.orderId)).toEqual(expectedIds(name));
    await page.close();
  });

  it('adds the orders "查看更多订单" loads, and the popup offers them all', async () => {
    const { context } = harness.browser;
    const page2 = readFileSync(fixture('weidian/order-list-rendered.page2.json'), 'utf8');
    await context.route('**/tradeview/buyer.order.list/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: {
          'access-control-allow-origin': 'http://weidian.com',
          'access-control-allow-credentials': 'true',
        },
        body: page2,
      }),
    );
    const page = await context.newPage();
    await page.goto(served(urls['order-list-rendered.html']!));
    await stateOf(urls['order-list-rendered.html']!);
    await page.locator('.more_span').click();
    await expect.poll(() => page.locator('.order_list').textContent()).toContain('二手相机小铺');
    const tabId = await harness.browser.tabIdFor('weidian.com', 'type=0');
    await expect
      .poll(async () => ((await harness.browser.tabState(tabId)) as State | null)?.detection.orders?.length)
      .toBe(3);
    const popup = await harness.browser.openPopup(tabId);
    await expect.poll(() => popup.getByTestId('order-picker').locator('option').count()).toBe(3);
    await popup.getByTestId('order-picker').selectOption('826601239874410');
    await expect.poll(() => popup.getByTestId('seller').textContent()).toBe('二手相机小铺');
    await popup.close();
    await page.close();
    await context.unroute('**/tradeview/buyer.order.list/**');
  });

  it('warns in the popup when a case is open and the order auto-confirms within 3 days', async () => {
    const url = urls['order-detail-legacy-path-rendered.html']!;
    const page = await harness.browser.context.newPage();
    await page.goto(served(url));
    const { orders } = (await stateOf(url)).detection;
    // "还剩2天18时36分自动确认收货" counts from now: always under 3 days.
    expect(orders![0]!.autoConfirmBy).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const { pathname, search } = new URL(url);
    const tabId = await harness.browser.tabIdFor('weidian.com', `${pathname}${search}`);
    const popup = await harness.browser.openPopup(tabId);
    // Shown in the popup's one date style: 12月10日 周四 18:36.
    const [, month, day, time] = /^\d{4}-(\d{2})-(\d{2}) (\d{2}:\d{2})$/.exec(orders![0]!.autoConfirmBy!)!;
    await expect
      .poll(() => popup.getByTestId('auto-confirm-by').textContent())
      .toMatch(new RegExp(`^${Number(month)}月${Number(day)}日 周. ${time}$`));
    expect(await popup.getByTestId('auto-confirm-warning').count()).toBe(0);
    // Opening a case (a recorded call does) turns the warning on.
    const reply = await recordWeidianCall(popup, orders![0]!.orderId, '山野茶舍 · 明前龙井', '卖家不回复');
    expect(reply.ok).toBe(true);
    await popup.reload();
    await expect
      .poll(() => popup.getByTestId('auto-confirm-warning').textContent())
      .toContain('自动确认收货');
    expect(await popup.getByTestId('auto-confirm-warning').textContent()).toContain('款项即打给卖家');
    await popup.close();
    await page.close();
  });

  it('says why on a page whose window.getData is hostile, and never runs its getter', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto(served(HOSTILE_URL));
    const tabId = await harness.browser.tabIdFor('weidian.com', 'type=1');
    await expect
      .poll(async () => ((await harness.browser.tabState(tabId)) as State | null)?.detection.reason)
      .toBe('malformed-order-data');
    const { detection } = (await harness.browser.tabState(tabId)) as State;
    expect(detection.detail).toContain('window.getData is an accessor');
    expect(await page.title()).not.toBe('getter ran');
    await page.close();
  });
});
