// npm run bench: prints a JSON array of results ({name, unit, median, runs, baseline, ratio, peer}).
//   -- --peer DIR   another checkout, installed and built (npm ci; npm run build): its order
//                   detection and its built number script are measured in turn with this tree's,
//                   in the same run, and each such figure carries the peer's median (`peer`).
//   -- --only page  only the page-side figures: order detection and number marks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { detectPage, type DetectOptions } from '../rules/sites/detect';
import { pageDataBench } from './lib/page-data-bench';
import { bundleSizes } from './lib/bundle-sizes';
import { corpusRecall } from './lib/corpus-recall';
import { round, timeAlternating, type BenchResult } from './lib/measure';
import { bundleBench } from './lib/bundle-bench';
import { bigEntryBench } from './lib/big-entry-bench';
import { bigStoredEntryBench, videoCaseBench } from './lib/speed-bench';
import { captureBench } from './lib/capture-bench';
import { casebookBench } from './lib/casebook-bench';
import { chatBench } from './lib/chat-bench';
import { popupBench } from './lib/popup-bench';
import { extensionScanBench } from './lib/extension-scan-bench';
import { scanBench } from './lib/scan-bench';
import { run } from './lib/run';

const { values: args } = parseArgs({ options: { peer: { type: 'string' }, only: { type: 'string' } } });
const peerTree = args.peer === undefined ? undefined : resolve(args.peer);
const pageOnly = args.only === 'page';
/** The peer checkout's own detection code (a path the person running the bench named). */
async function peerDetection(tree: string): Promise<typeof detectPage> {
  const source = pathToFileURL(`${tree}/rules/sites/detect.ts`).href;
  // eslint-disable-next-line no-unsanitized/method -- a local checkout given on the command line
  return ((await import(source)) as { detectPage: typeof detectPage }).detectPage;
}
const peerDetect = peerTree ? await peerDetection(peerTree) : undefined;

const RUNS = 200;
const results: BenchResult[] = [];

/**
 * Detection beside the time to simply parse the same saved page, in the same run, taking turns
 * (and with the peer's detection, when there is one).
 */
function detectionBench(label: string, file: string, url: string, options: DetectOptions = {}): void {
  const html = readFileSync(file, 'utf8');
  const doc = parseHTML(html).document;
  const [parse, detect, peer] = timeAlternating(
    [
      () => parseHTML(html),
      () => detectPage(url, doc, options),
      ...(peerDetect ? [() => peerDetect(url, doc, options)] : []),
    ],
    RUNS,
  ) as [number, number, number | undefined];
  const parseName = `parse HTML: ${label} (linkedom)`;
  results.push(
    { name: parseName, unit: 'ms', median: round(parse), runs: RUNS },
    {
      name: `detect orders: ${label}`,
      unit: 'ms',
      median: round(detect),
      runs: RUNS,
      baseline: parseName,
      ratio: round(detect / parse),
      ...(peerTree &&
        peer !== undefined && { peer: { tree: peerTree, median: round(peer), ratio: round(peer / parse) } }),
    },
  );
}

detectionBench(
  'real Tmall order detail (detailData, 9 kB)',
  'tests/fixtures/tmall/order-detail-2025-11.html',
  'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803',
);
detectionBench(
  'real Taobao order list (50 orders, 300 kB)',
  'tests/fixtures/taobao/order-list-old-2025-11.html',
  'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
);
detectionBench(
  'Taobao tbpc detail, labels in their own elements (2 kB)',
  'tests/fixtures/taobao/order-detail-tbpc-label-items.html',
  'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=5190628833407007316',
  { now: Date.UTC(2026, 4, 5, 8, 0) },
);
detectionBench(
  'Taobao list, div layout without container ids (3 kB)',
  'tests/fixtures/taobao/order-list-div-layout.html',
  'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?tabCode=all',
);
detectionBench(
  'Weidian list saved as served (data-obj)',
  'tests/fixtures/weidian/order-list-rendered.html',
  'https://weidian.com/user/order/list.php?type=0',
);
if (!pageOnly) results.push(...pageDataBench(RUNS));

// Bundle sizes of the shipped build, built afresh so they describe this tree (output to stderr).
if ((await run('npx', ['tsx', 'scripts/wxt-quiet.ts', 'build'], {}, 'stderr')) !== 0) process.exit(1);
if (!pageOnly) await wholeExtensionBenches();
const scan = await scanBench(25);
results.push(...scan);
// The headline number-marking figure: the built extension on the same page, against the same baseline.
results.push(
  ...(await extensionScanBench(
    '.output/chrome-mv3',
    15,
    scan[0]!,
    peerTree ? { tree: peerTree, buildDir: `${peerTree}/.output/chrome-mv3` } : undefined,
  )),
);
if (!pageOnly) results.push(...corpusRecall());

console.log(JSON.stringify(results, null, 2));

/** Sizes, popup, casebook, capture, bundles, big entries and chat: the extension-page figures. */
async function wholeExtensionBenches(): Promise<void> {
  results.push(...bundleSizes('.output/chrome-mv3'));
  results.push(...(await popupBench('.output/chrome-mv3', 15)));
  results.push(...(await casebookBench('.output/chrome-mv3', 9)));
  // Capturing without a click needs the e2e variant's <all_urls> (activeTab needs a user gesture).
  if (
    (await run(
      'npx',
      ['tsx', 'scripts/wxt-quiet.ts', 'build', '--mode', 'e2e'],
      { WEIQUAN_E2E: '1' },
      'stderr',
    )) !== 0
  )
    process.exit(1);
  results.push(...(await captureBench('.output/chrome-mv3-e2e', 5)));
  results.push(...(await bundleBench('.output/chrome-mv3-e2e', 3)));
  results.push(...(await videoCaseBench('.output/chrome-mv3-e2e', 3)));
  results.push(...(await bigStoredEntryBench(3)));
  results.push(...(await bigEntryBench(3)));
  results.push(...(await chatBench(5)));
}
