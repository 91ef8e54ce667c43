// Number scanning in Chromium on a synthetic 25,000-element results page: our walk + marker, with
// the finder + judge in a Worker standing in for the background, versus libphonenumber-js
// findPhoneNumbersInText on the same page, in the same run.
import { build } from 'esbuild';
import { chromium, type CDPSession } from 'playwright-core';
import { CHROMIUM } from './browser';
import { median, round, type BenchResult } from './measure';

const NUMBERS = [
  '400-123-4567',
  '9510211',
  '0571-88158198',
  '138 0013 8000',
  '400 988 8898',
  '95188',
  '+86 10 8888 6666',
];

/**
 * One search result shaped like the synthetic SERP cards measured in limits-and-budgets.md B.3:
 * about 38 elements (wrappers, icons, links) and 7 text nodes; every third card carries a phone
 * number, and every card a date, an order-like id or a price as digit noise.
 */
function card(i: number): string {
  const number = i % 3 === 0 ? `客服电话：${NUMBERS[i % NUMBERS.length]}，` : '';
  const noise = [
    `订单号 486458330585800${String(i).padStart(4, '0')}`,
    '2025-11-07 14:42:42',
    '实付款￥126.80',
  ][i % 3];
  const icons = Array.from({ length: 8 }, () => '<span class="c-icon"><i></i></span>').join('');
  return `<div class="result c-container"><div class="c-row"><h3 class="t"><a href="https://example.cn/${i}?id=81922549${i}"><em>淘宝</em>售后问题第${i}条_百度知道</a></h3></div>
<div class="c-row c-gap"><div class="c-span3"><a class="c-img"><img src="data:,"></a></div><div class="c-span9"><div class="c-abstract"><p>${number}${noise}，商家处理进度可在订单页查看。</p></div>
<div class="c-tools">${icons}<span class="c-showurl">zhidao.baidu.com</span><a href="#"><i class="c-icon-more"></i></a></div></div></div>
<div class="c-row"><div><div><div><span></span><span></span><span></span></div></div></div></div></div>`;
}

export function resultsPage(cards: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>淘宝客服电话_百度搜索</title></head><body>${Array.from(
    { length: cards },
    (_, i) => card(i),
  ).join('')}</body></html>`;
}

/** Main-thread time Chromium has spent on style and layout in this page so far (CDP metrics). */
async function renderingMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return (seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000;
}

export async function scanBench(runs: number): Promise<BenchResult[]> {
  const bundle = (entry: string) =>
    build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
    });
  const script = (await bundle('scripts/bench/scan-page-entry.ts')).outputFiles[0]!.text;
  const judgeScript = (await bundle('scripts/bench/judge-worker-entry.ts')).outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const html = resultsPage(600);
  const body = html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
  const more = Array.from({ length: 50 }, (_, i) => card(10_000 + i)).join('');
  const ours: number[] = [];
  const viewport: number[] = [];
  const longest: number[] = [];
  const theirs: number[] = [];
  const appended: number[] = [];
  const warm: number[] = [];
  const judging: number[] = [];
  const rendering: number[] = [];
  let elements = 0;
  let marks = 0;
  let slices = 0;
  let libFound = 0;
  try {
    for (let run = 0; run < runs + 1; run++) {
      // Each on a fresh page of its own: cold code, and neither collects the other's garbage.
      const libPage = await browser.newPage();
      await libPage.setContent(html);
      await libPage.addScriptTag({ content: script });
      const lib = await libPage.evaluate(() => window.weiquanBench.libphonenumber());
      await libPage.close();
      const page = await browser.newPage();
      await page.setContent(html);
      await page.addScriptTag({ content: script });
      await page.evaluate((source) => window.weiquanBench.startJudge(source), judgeScript);
      elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const before = await renderingMs(cdp);
      const mark = await page.evaluate(() => window.weiquanBench.mark());
      const rendered = (await renderingMs(cdp)) - before;
      const add = await page.evaluate((cards) => window.weiquanBench.appendAndMark(cards), more);
      const again = await page.evaluate((body) => window.weiquanBench.replaceAndMark(body), body);
      await page.close();
      if (run === 0) continue; // warm-up
      theirs.push(lib.ms);
      ours.push(mark.ms);
      viewport.push(mark.viewportMs);
      longest.push(Math.max(mark.maxSliceMs, add.maxSliceMs));
      appended.push(add.ms);
      warm.push(again.ms);
      judging.push(mark.judgeMs);
      rendering.push(rendered);
      marks = mark.marks;
      slices = mark.slices;
      libFound = lib.found;
    }
  } finally {
    await browser.close();
  }
  const libName = `libphonenumber-js findPhoneNumbersInText on the same page, cold (found ${libFound})`;
  const page = `results page, ${elements} elements (${marks} marks)`;
  return [
    { name: libName, unit: 'ms', median: round(median(theirs), 2), runs },
    {
      name: `walk + mark numbers (find + judge in the background), every number marked at once (no viewport gate), cold, main-thread time in ${slices} slices: ${page}, Chromium`,
      unit: 'ms',
      median: round(median(ours), 2),
      runs,
      baseline: libName,
      ratio: round(median(ours) / median(theirs)),
    },
    {
      name: `find + judge in the background's stand-in (a Worker), off the page's main thread: ${page}, Chromium`,
      unit: 'ms',
      median: round(median(judging), 2),
      runs,
    },
    {
      name: `style + layout after marking every number at once (Chromium's own main-thread work, forced at the end of the scan; the extension marks near the viewport only): ${page}`,
      unit: 'ms',
      median: round(median(rendering), 2),
      runs,
    },
    {
      name: `walk + mark numbers (find + judge in the background), whole page, warm code (a second results page in the same document): ${page}, Chromium`,
      unit: 'ms',
      median: round(median(warm), 2),
      runs,
    },
    {
      name: `walk + mark numbers (find + judge in the background), main-thread time until the viewport is marked: ${page}, Chromium`,
      unit: 'ms',
      median: round(median(viewport), 2),
      runs,
    },
    {
      name: 'walk + mark numbers, longest slice (task), initial scan and append, Chromium',
      unit: 'ms',
      median: round(median(longest), 2),
      runs,
    },
    {
      name: 'walk + mark numbers: 50 appended results, main-thread time, Chromium',
      unit: 'ms',
      median: round(median(appended), 2),
      runs,
    },
  ];
}
