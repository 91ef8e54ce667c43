// Popup speed in Chromium: open popup.html?tabId=<Tmall order tab> again and again and read the
// page's own paint timing (first contentful paint) and when the order number is on screen, beside
// an empty page of the same extension opened the same way in the same run (the floor: what any
// extension page costs to open). The empty page is written into a copy of the build, never shipped.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './browser';
import { median, round, type BenchResult } from './measure';
import { serveSite } from './site-server';

const EMPTY_PAGE = 'bench-empty.html';
const firstPaint = (page: Page) =>
  page.evaluate(async () => {
    // The entry may land a frame after load; wait for it rather than read too early.
    for (let i = 0; i < 100; i++) {
      const entry = performance.getEntriesByName('first-contentful-paint')[0];
      if (entry) return entry.startTime;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return NaN;
  });

/** A copy of the build with an empty page beside the popup: a heading of text, no script, no style. */
function withEmptyPage(buildDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'weiquan-popup-bench-'));
  cpSync(resolve(buildDir), dir, { recursive: true });
  writeFileSync(
    join(dir, EMPTY_PAGE),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>维权助手</title></head>' +
      '<body><h1>维权助手</h1></body></html>',
  );
  return dir;
}

export async function popupBench(buildDir: string, runs: number): Promise<BenchResult[]> {
  const site = await serveSite({
    'trade.tmall.com/detail/orderDetail.htm': resolve('tests/fixtures/tmall/order-detail-2025-11.html'),
  });
  const extensionDir = withEmptyPage(buildDir);
  const browser = await launchWithExtension(extensionDir, site, { headless: true });
  try {
    const shop = await browser.context.newPage();
    await shop.goto('http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803');
    const tabId = await browser.tabIdFor('trade.tmall.com');
    const empty: number[] = [];
    const paints: number[] = [];
    const orderShown: number[] = [];
    // warm-up: the first opens also load the extension's code cache
    for (let i = 0; i < runs + 2; i++) {
      const blank = await browser.context.newPage();
      await blank.setViewportSize({ width: 380, height: 640 });
      await blank.goto(`chrome-extension://${browser.extensionId}/${EMPTY_PAGE}`);
      const emptyPaint = await firstPaint(blank);
      await blank.close();
      const popup = await browser.openPopup(tabId);
      await popup.getByTestId('order-id').waitFor();
      const order = await popup.evaluate(() => performance.now());
      const paint = await firstPaint(popup);
      await popup.close();
      if (i < 2) continue;
      empty.push(emptyPaint);
      paints.push(paint);
      orderShown.push(order);
    }
    const emptyName = 'empty extension page first contentful paint (Chromium)';
    // Each popup beside the empty page opened just before it: the load on a shared machine
    // drifts within a round, and a pair sees nearly the same load.
    const pairs = paints.map((paint, i) => paint / empty[i]!);
    const floor = median(empty);
    const besideEmpty = (name: string, samples: number[]): BenchResult => ({
      name,
      unit: 'ms',
      median: round(median(samples), 1),
      runs,
      baseline: emptyName,
      ratio: round(median(samples) / floor),
    });
    return [
      { name: emptyName, unit: 'ms', median: round(floor, 1), runs },
      besideEmpty('popup first contentful paint (Chromium)', paints),
      besideEmpty('popup order visible, upper bound (Chromium)', orderShown),
      {
        name: 'popup first contentful paint ÷ the empty page opened just before it, median of pairs (Chromium)',
        unit: 'ratio',
        median: round(median(pairs)),
        runs,
      },
    ];
  } finally {
    await browser.close();
    await site.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}
