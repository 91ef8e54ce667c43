// Full-page capture speed in Chromium: a 10-screen order page captured whole, from the popup's
// message to the saved result, against the physical bound of Chrome's screenshot quota:
// 2 per second, so (screens - 1) x 0.5 s. Needs the e2e build (<all_urls>: no user gesture).
import { resolve } from 'node:path';
import { launchWithExtension } from './browser';
import { median, round, type BenchResult } from './measure';
import { serveSite } from './site-server';

const SCREENS = 10;
const VIEW_HEIGHT = 800;
/** The fixture page is 360 px of header and order info plus 100 px per band. */
const BANDS = Math.floor((SCREENS * VIEW_HEIGHT - 360) / 100);

/** The few extension APIs the benchmark calls in the extension page and the worker. */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}
type WithChrome = { chrome: ChromeApi };

interface Progress {
  state: string;
  done: number;
  at: number;
  error?: string;
}

export async function captureBench(buildDir: string, runs: number): Promise<BenchResult[]> {
  const site = await serveSite({
    'trade.tmall.com/detail/orderDetail.htm': resolve('tests/fixtures/capture/long-order.html'),
  });
  const browser = await launchWithExtension(buildDir, site, { headless: true });
  try {
    const shop = await browser.context.newPage();
    await shop.goto(
      `http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858007777&bands=${BANDS}`,
    );
    const tabId = await browser.tabIdFor('trade.tmall.com');
    // An extension page of the default size (openPopup's small one would resize the headless window).
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await shop.bringToFront();

    const times: number[] = [];
    let screens = 0;
    for (let i = 0; i < runs + 1; i++) {
      const started = await page.evaluate(async (tabId) => {
        const at = Date.now();
        const reply = (await (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({
          type: 'capture/full-page',
          tabId,
        })) as {
          ok: boolean;
          value?: { jobId: string };
          error?: string;
        };
        return { at, reply };
      }, tabId);
      if (!started.reply.ok) throw new Error(`capture did not start: ${started.reply.error}`);
      const key = `capture:${started.reply.value!.jobId}`;
      let progress: Progress | undefined;
      for (;;) {
        progress = await browser.worker.evaluate(
          async (key) =>
            (
              (await (globalThis as unknown as WithChrome).chrome.storage.session.get(key)) as Record<
                string,
                Progress
              >
            )[key],
          key,
        );
        if (progress && progress.state !== 'running' && progress.state !== 'saving') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      if (progress.state !== 'done') throw new Error(`capture ended ${progress.state}: ${progress.error}`);
      screens = progress.done;
      // The first run also creates the offscreen document's code cache: not counted.
      if (i > 0) times.push(progress.at - started.at);
      // Let the quota window of the last screenshots pass, as a shopper's next click would.
      await new Promise((r) => setTimeout(r, 1100));
    }
    const bound = (screens - 1) * 500;
    const taken = median(times);
    return [
      {
        name: `full-page capture, ${screens}-screen page, click to saved (Chromium)`,
        unit: 'ms',
        median: round(taken, 0),
        runs,
        baseline: `physical bound (screens - 1) x 0.5 s = ${bound} ms`,
        ratio: round(taken / bound, 3),
      },
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}
