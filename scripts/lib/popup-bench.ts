// Popup speed in Chromium: open popup.html?tabId=<Tmall order tab> again and again and read the
// page's own paint timing (first contentful paint) and when the order number is on screen.
import { resolve } from 'node:path';
import { launchWithExtension } from './browser';
import { median, round, type BenchResult } from './measure';
import { serveSite } from './site-server';

export async function popupBench(buildDir: string, runs: number): Promise<BenchResult[]> {
  const site = await serveSite({
    'trade.tmall.com/detail/orderDetail.htm': resolve('tests/fixtures/tmall/order-detail-2025-11.html'),
  });
  const browser = await launchWithExtension(buildDir, site, { headless: true });
  try {
    const shop = await browser.context.newPage();
    await shop.goto('http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803');
    const tabId = await browser.tabIdFor('trade.tmall.com');
    const paints: number[] = [];
    const orderShown: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const popup = await browser.openPopup(tabId);
      await popup.getByTestId('order-id').waitFor();
      const timing = await popup.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        const order = document.querySelector('[data-testid="order-id"]') ? performance.now() : NaN;
        return { paint, order };
      });
      await popup.close();
      if (i < 2) continue; // warm-up: the first opens also load the extension's code cache
      paints.push(timing.paint);
      orderShown.push(timing.order);
    }
    return [
      { name: 'popup first contentful paint (Chromium)', unit: 'ms', median: round(median(paints), 1), runs },
      {
        name: 'popup order visible, upper bound (Chromium)',
        unit: 'ms',
        median: round(median(orderShown), 1),
        runs,
      },
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}
