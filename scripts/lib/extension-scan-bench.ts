// Number marks by the built extension itself: the synthetic 25,000-element results page served as
// www.baidu.com, each run in a fresh tab, timed from a Chrome trace of the tab's main thread.
// What counts is every task of the number content script (its slices, and its start), as thread
// time (CPU) and as wall time; the judging it asks of the service worker runs in another process.
// Marks wait until their numbers come near the viewport (lib/near-viewport.ts): the initial scan
// ends when those are in, and the marking of the rest is timed apart while the page scrolls.
// With a peer build (another checkout's .output, `npm run bench -- --peer DIR`), both are opened
// in turn, run by run, and each figure carries the peer's median from the same run.
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
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
    },
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
  // Every task of that thread meanwhile (the page's parse, style, layout and paint, and ours).
  const tab = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main?.pid && e.tid === main.tid)
    .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  return { start, scan, tab };
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

interface ScanFigures {
  thread: number[];
  wall: number[];
  longest: number[];
  start: number[];
  scrolling: number[];
  /** The number script's share of its tab's main-thread CPU time until the marks settle. */
  share: number[];
  marks: number;
  marksAtEnd: number;
}

const noFigures = (): ScanFigures => ({
  thread: [],
  wall: [],
  longest: [],
  start: [],
  scrolling: [],
  share: [],
  marks: 0,
  marksAtEnd: 0,
});

async function scanInto(browser: ExtensionBrowser, figures: ScanFigures, timed: boolean): Promise<void> {
  const time = await scanOnce(browser);
  figures.marks = time.marks;
  figures.marksAtEnd = time.scrolled.marks;
  if (!timed) return; // warm-up: the service worker's first judging compiles its code
  figures.thread.push(time.scan.thread);
  figures.wall.push(time.scan.wall);
  figures.longest.push(time.scan.longest);
  figures.start.push(time.start.wall);
  figures.scrolling.push(time.scrolled.time.scan.thread);
  figures.share.push((100 * (time.start.thread + time.scan.thread)) / time.tab);
}

/**
 * `baseline`: libphonenumber-js on the same page (scan-bench.ts), for the ratio. `peer`: another
 * build of the extension, opened in its own browser in turn with this one, run by run.
 */
export async function extensionScanBench(
  buildDir: string,
  runs: number,
  baseline: BenchResult,
  peer?: { tree: string; buildDir: string },
): Promise<BenchResult[]> {
  const site = await serveResultsPage();
  const ours = noFigures();
  const theirs = noFigures();
  const browsers: ExtensionBrowser[] = [];
  try {
    browsers.push(await launchWithExtension(buildDir, site, { headless: true }));
    if (peer) browsers.push(await launchWithExtension(peer.buildDir, site, { headless: true }));
    for (let run = 0; run < runs + 1; run++) {
      // Either build first, at random each run: neither always meets the machine as the other left it.
      const turns = [
        () => scanInto(browsers[0]!, ours, run > 0),
        ...(browsers[1] ? [() => scanInto(browsers[1]!, theirs, run > 0)] : []),
      ];
      if (Math.random() < 0.5) turns.reverse();
      for (const turn of turns) await turn();
    }
  } finally {
    for (const browser of browsers) await browser.close();
    await site.close();
  }
  const page = `results page served as www.baidu.com, 23,406 elements (every number judged; ${ours.marks} marks near the viewport)`;
  const figure = (
    name: string,
    pick: (f: ScanFigures) => number[],
    unit: BenchResult['unit'] = 'ms',
    ratioTo?: number,
  ): BenchResult => {
    const mine = median(pick(ours));
    const result: BenchResult = { name, unit, median: round(mine, 2), runs };
    if (ratioTo !== undefined)
      Object.assign(result, { baseline: baseline.name, ratio: round(mine / ratioTo) });
    if (peer) {
      const other = median(pick(theirs));
      result.peer = {
        tree: peer.tree,
        median: round(other, 2),
        ...(ratioTo !== undefined && { ratio: round(other / ratioTo) }),
      };
    }
    return result;
  };
  return [
    figure(
      `built extension: number script's tasks after its start, main-thread wall time (Chrome trace): ${page}`,
      (f) => f.wall,
    ),
    figure(
      `built extension: the same tasks, main-thread CPU time (trace tdur): ${page}`,
      (f) => f.thread,
      'ms',
      baseline.median,
    ),
    figure(`built extension: number script's longest task: ${page}`, (f) => f.longest),
    figure(
      `built extension: marking the rest while the page is scrolled to its end, a screen every 50 ms, main-thread CPU time (${ours.marksAtEnd} marks in all): ${page}`,
      (f) => f.scrolling,
    ),
    figure(
      `built extension: number script start (compile and run its top level, once per page): ${page}`,
      (f) => f.start,
    ),
    figure(
      `built extension: number script's share (start and tasks) of its tab's main-thread CPU time, from navigation until the marks settle: ${page}`,
      (f) => f.share,
      '%',
    ),
  ];
}
