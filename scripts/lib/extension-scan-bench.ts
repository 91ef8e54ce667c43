// Number marks by the built extension itself: the synthetic 25,000-element results page served as
// www.baidu.com, each run in a fresh tab, timed from a Chrome trace of the tab's main thread.
// What counts is every task of the number content script (its slices, and its start), as thread
// time (CPU) and as wall time; the judging it asks of the service worker runs in another process.
// Marks wait until their numbers come near the viewport (lib/near-viewport.ts): the initial scan
// ends when those are in, and the marking of the rest is timed apart while the page scrolls.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { median, round, type BenchResult } from './measure';
import { resultsPage } from './scan-bench';
import { serveSite, type RunningSite } from './site-server';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string } };
}

/** Trace events of one page load, until `done` resolves. */
async function traced(cdp: CDPSession, done: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  await done();
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  return events;
}

/** Sums the content script's top-level tasks: script start (EvaluateScript) and later calls. */
function scriptTime(events: TraceEvent[], script: string) {
  const ours = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === 'FunctionCall' || e.name === 'EvaluateScript') &&
        (e.args?.data?.url ?? '').endsWith(script),
    )
    .sort((a, b) => a.ts - b.ts);
  // One thread: the tab's main thread, where the script's first task ran.
  const main = ours[0];
  const onMain = ours.filter((e) => e.pid === main?.pid && e.tid === main.tid);
  let start = { thread: 0, wall: 0 };
  let scan = { thread: 0, wall: 0, longest: 0 };
  let end = 0;
  for (const e of onMain) {
    if (e.ts < end) continue; // nested in a task already counted
    end = e.ts + (e.dur ?? 0);
    const wall = (e.dur ?? 0) / 1000;
    const thread = (e.tdur ?? e.dur ?? 0) / 1000;
    if (e.name === 'EvaluateScript') start = { thread: start.thread + thread, wall: start.wall + wall };
    else
      scan = { thread: scan.thread + thread, wall: scan.wall + wall, longest: Math.max(scan.longest, wall) };
  }
  return { start, scan };
}

const marksOn = (page: Page) => page.evaluate(() => document.getElementsByTagName('weiquan-mark').length);

export const RESULTS_URL = 'http://www.baidu.com/s?wd=淘宝客服电话';

/** Serves the synthetic results page as www.baidu.com (RESULTS_URL) until `close`. */
export async function serveResultsPage(): Promise<RunningSite> {
  const dir = mkdtempSync(join(tmpdir(), 'weiquan-scan-'));
  const file = join(dir, 'results.html');
  writeFileSync(file, resultsPage(600));
  const site = await serveSite({ 'www.baidu.com/s': file });
  return { ...site, close: () => site.close().finally(() => rmSync(dir, { recursive: true, force: true })) };
}

/** Waits until the page's mark count has not grown for 300 ms. */
async function marksSettle(page: Page): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (let last = -1, still = 0; still < 3 && Date.now() < deadline;) {
    const now = await marksOn(page);
    still = now === last && now > 0 ? still + 1 : 0;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const SCRIPT = '/content-scripts/numbers.js';

/**
 * Opens the results page in a fresh tab and times the number script until the marks near the
 * viewport are in (every number is judged and listed by then), then the marking of the rest
 * while the page is scrolled to its end, a screen at a time.
 */
export async function scanOnce(browser: ExtensionBrowser) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const initial = scriptTime(
    await traced(cdp, async () => {
      await page.goto(RESULTS_URL);
      await marksSettle(page);
    }),
    SCRIPT,
  );
  const marks = await marksOn(page);
  const later = await traced(cdp, async () => {
    for (;;) {
      const more = await page.evaluate(() => {
        scrollBy(0, innerHeight);
        return innerHeight + scrollY < document.documentElement.scrollHeight;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!more) break;
    }
    await marksSettle(page);
  });
  const scrolled = { time: scriptTime(later, SCRIPT), marks: await marksOn(page) };
  await page.close();
  return { ...initial, marks, scrolled };
}

/** `baseline`: libphonenumber-js on the same page (scan-bench.ts), for the ratio. */
export async function extensionScanBench(
  buildDir: string,
  runs: number,
  baseline: BenchResult,
): Promise<BenchResult[]> {
  const site = await serveResultsPage();
  const browser = await launchWithExtension(buildDir, site, { headless: true });
  const thread: number[] = [];
  const wall: number[] = [];
  const longest: number[] = [];
  const start: number[] = [];
  const scrolling: number[] = [];
  let marks = 0;
  let marksAtEnd = 0;
  try {
    for (let run = 0; run < runs + 1; run++) {
      const time = await scanOnce(browser);
      marks = time.marks;
      marksAtEnd = time.scrolled.marks;
      if (run === 0) continue; // warm-up: the service worker's first judging compiles its code
      thread.push(time.scan.thread);
      wall.push(time.scan.wall);
      longest.push(time.scan.longest);
      start.push(time.start.wall);
      scrolling.push(time.scrolled.time.scan.thread);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const page = `results page served as www.baidu.com, 23,406 elements (every number judged; ${marks} marks near the viewport)`;
  return [
    {
      name: `built extension: number script's tasks after its start, main-thread wall time (Chrome trace): ${page}`,
      unit: 'ms',
      median: round(median(wall), 2),
      runs,
    },
    {
      name: `built extension: the same tasks, main-thread CPU time (trace tdur): ${page}`,
      unit: 'ms',
      median: round(median(thread), 2),
      runs,
      baseline: baseline.name,
      ratio: round(median(thread) / baseline.median),
    },
    {
      name: `built extension: number script's longest task: ${page}`,
      unit: 'ms',
      median: round(median(longest), 2),
      runs,
    },
    {
      name: `built extension: marking the rest while the page is scrolled to its end, a screen every 50 ms, main-thread CPU time (${marksAtEnd} marks in all): ${page}`,
      unit: 'ms',
      median: round(median(scrolling), 2),
      runs,
    },
    {
      name: `built extension: number script start (compile and run its top level, once per page): ${page}`,
      unit: 'ms',
      median: round(median(start), 2),
      runs,
    },
  ];
}
