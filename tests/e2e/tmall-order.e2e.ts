import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startHarness, type Harness } from './support';

const ID = '4864583305858004803';
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({
    'trade.tmall.com/detail/orderDetail.htm': fixture('tmall/order-detail-2025-11.html'),
  });
});
afterAll(async () => harness?.close());

describe('Tmall order detail in Chromium', () => {
  it('shows the order and the Tmall store channel in the popup', async () => {
    const { context } = harness.browser;
    const shop = await context.newPage();
    await shop.goto(`http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`);
    const tabId = await harness.browser.tabIdFor('trade.tmall.com');

    const popup = await harness.browser.openPopup(tabId);
    await expect.poll(() => popup.getByTestId('order-id').textContent()).toBe(ID);
    expect(await popup.getByTestId('seller').textContent()).toContain('3dsway旗舰店');
    const text = await popup.locator('main').innerText();
    expect(text).toContain('天猫');
    expect(text).toContain('9510211');
    // The in-app route comes before the hotline, and the IVR path names its seed.
    expect(text.indexOf('申请售后')).toBeLessThan(text.indexOf('9510211'));
    expect(await popup.getByTestId('ivr').innerText()).toMatch(/2[\s\S]*3[\s\S]*来源/);
    await popup.close();
    await shop.close();
  });

  it('says plainly why no order was recognised', async () => {
    const { context } = harness.browser;
    const shop = await context.newPage();
    await shop.goto('http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858009999');
    const tabId = await harness.browser.tabIdFor('trade.tmall.com', '4864583305858009999');
    const popup = await harness.browser.openPopup(tabId);
    await expect.poll(() => popup.locator('main').innerText()).toContain('未识别到订单');
    expect(await popup.locator('main').innerText()).toContain('不一致');
    await popup.close();
    await shop.close();
  });

  it('gives the page itself no way to message the extension', async () => {
    const shop = await harness.browser.context.newPage();
    await shop.goto(`http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`);
    // No externally_connectable: the page's own world has no runtime to send with.
    const pageRuntime = await shop.evaluate(
      () =>
        typeof (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
    );
    expect(pageRuntime).toBe('undefined');
    await shop.close();
  });
});
