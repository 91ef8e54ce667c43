// The evidence locker as a shopper uses it: capture buttons in the popup, then the casebook
// shows every item with its hash and the case's chain verifies.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCase, verifyCase } from './casebook-support';
import { fixture, startHarness, type Harness } from './support';

const ID = '4864583305858007777';
let harness: Harness;
let shop: Page;
let popup: Page;

beforeAll(async () => {
  harness = await startHarness({
    'trade.tmall.com/detail/orderDetail.htm': fixture('capture/long-order.html'),
  });
  shop = await harness.browser.context.newPage();
  await shop.goto(`http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`);
  const tabId = await harness.browser.tabIdFor('trade.tmall.com', ID);
  // The popup as a page of its own (a toolbar popup cannot be opened headless); the shop tab is
  // brought back to the front, since a screenshot is of the window's front tab.
  popup = await harness.browser.context.newPage();
  await popup.goto(`chrome-extension://${harness.browser.extensionId}/popup.html?tabId=${tabId}`);
  await shop.bringToFront();
});
afterAll(async () => harness?.close());

describe('evidence locker, end to end', () => {
  it('captures the screen and the whole page from the popup buttons', async () => {
    await popup.getByTestId('capture-visible').click();
    await expect.poll(() => popup.getByTestId('capture-outcome').textContent()).toContain('已保存到案件');
    await popup.getByTestId('capture-full-page').click();
    await expect
      .poll(() => popup.getByTestId('capture-progress').textContent())
      .toMatch(/正在截图：\d+ \/ \d+ 屏/);
    await expect
      .poll(() => popup.getByTestId('capture').textContent(), { timeout: 30_000 })
      .toContain('已保存到案件（SHA-256 已记录）');
  });

  it('shows both captures in the casebook with hashes, thumbnails and a verified chain', async () => {
    const casebook = await harness.browser.context.newPage();
    await casebook.goto(`chrome-extension://${harness.browser.extensionId}/casebook.html`);
    const card = await openCase(casebook, ID);
    await expect.poll(() => card.getByTestId('evidence-item').count()).toBe(2);
    const kinds = await card
      .getByTestId('evidence-item')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')));
    expect(kinds).toEqual(['screenshot', 'full-page']);
    for (const text of await card.getByTestId('evidence-item').allTextContents()) {
      // The hash sits one click away, under its own SHA-256 fold.
      expect(text).toMatch(/SHA-256\s*[0-9a-f]{64}/);
      expect(text).toContain('trade.tmall.com');
    }
    expect(await card.locator('.thumb img').count()).toBe(2);
    // The order page's facts are ticked in the checklist by the captures themselves.
    expect((await card.locator('[data-covered="yes"]').allTextContents()).join()).toContain('订单号');
    await verifyCase(card);
    // case-created, the order the page showed (issue 18.1), then the two captures.
    await expect.poll(() => card.getByTestId('chain-ok').textContent()).toContain('4 条日志、2 项证据');
    await casebook.close();
  });

  it('reports a screenshot saved just before the worker was stopped as saved, not failed', async () => {
    const worker = harness.browser.worker;
    const items = () =>
      worker.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('weiquan');
            open.onerror = () => reject(open.error ?? new Error('open failed'));
            open.onsuccess = () => {
              const count = open.result.transaction('evidence').objectStore('evidence').count();
              count.onsuccess = () => {
                open.result.close();
                resolve(count.result);
              };
            };
          }),
      );
    const before = await items();
    // The e2e build holds a saved capture's answer back while this is set (background index.ts).
    await worker.evaluate(() => Object.assign(globalThis, { weiquanHoldReply: true }));
    await shop.bringToFront();
    await popup.getByTestId('capture-visible').click();
    await expect.poll(items, { timeout: 15_000 }).toBe(before + 1); // committed, not yet answered
    // The worker stops between the commit and the reply, as Chrome may stop an idle worker.
    const cdp = await popup.context().newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The popup's sendMessage fails; it asks the restarted worker what became of its request id.
    await expect
      .poll(() => popup.getByTestId('capture-outcome').textContent(), { timeout: 15_000 })
      .toContain('已保存到案件');
    expect(await popup.getByTestId('capture').textContent()).not.toContain('失败');
  });
});
