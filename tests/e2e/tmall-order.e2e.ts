import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCase } from './casebook-support';
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
    // The hotline is the answer, with the in-app step to take before calling, and the keys name
    // who documented them.
    expect(await popup.getByTestId('answer-number').textContent()).toBe('9510211');
    expect(await popup.getByTestId('answer-before').innerText()).toContain('申请售后');
    expect(await popup.getByTestId('ivr').innerText()).toMatch(/2[\s\S]*3[\s\S]*据店托易博客（第三方指南）/);
    // The test server is plain http, as a page changed on the way could be: the popup says so.
    expect(await popup.getByTestId('insecure-page').innerText()).toContain('不是 HTTPS 加密连接');
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

  it('saves what was said on the call into the order case, shown with its hash in the casebook', async () => {
    const { context } = harness.browser;
    const shop = await context.newPage();
    await shop.goto(`http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`);
    const popup = await harness.browser.openPopup(await harness.browser.tabIdFor('trade.tmall.com', ID));
    await popup.getByText('电话里怎么说').click();
    expect(await popup.getByTestId('call-script').inputValue()).toContain(ID);
    await popup.getByTestId('call-caseNumber').fill('TM2025XXXX');
    await popup.getByTestId('call-agentId').fill('8123');
    await popup.getByTestId('call-save').click();
    await expect.poll(() => popup.getByTestId('call-status').textContent()).toBe('已保存');

    const casebook = await context.newPage();
    await casebook.goto(`chrome-extension://${harness.browser.extensionId}/casebook.html`);
    const card = await openCase(casebook, ID);
    const record = card.getByTestId('call-record').first();
    await expect.poll(() => record.textContent()).toContain('TM2025XXXX');
    expect(await record.textContent()).toMatch(/9510211[\s\S]*8123/);
    // Its hash is one click away, under the case's 详情.
    await card.locator('.case-details summary').click();
    expect(await card.locator('.case-details').textContent()).toMatch(/通话记录[\s\S]*SHA-256 [0-9a-f]{64}/);
    await casebook.close();
    await popup.close();
    await shop.close();
  });

  it('sets a follow-up reminder behind the job alarm', async () => {
    const { context } = harness.browser;
    const shop = await context.newPage();
    await shop.goto(`http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`);
    const popup = await harness.browser.openPopup(await harness.browser.tabIdFor('trade.tmall.com', ID));
    await popup.getByText('没解决怎么办').click();
    const before = Date.now();
    await popup.getByTestId('remind-recall-24h').click();
    await expect.poll(() => popup.getByText('已设置提醒').count()).toBe(1);
    const alarm = await harness.browser.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { alarms: { get(name: string): Promise<{ scheduledTime: number }> } };
        }
      ).chrome.alarms.get('weiquan-jobs'),
    );
    expect(alarm.scheduledTime - before).toBeGreaterThan(23.9 * 3600_000);
    expect(alarm.scheduledTime - before).toBeLessThan(24.1 * 3600_000);
    await popup.close();
    await shop.close();
  });
});
