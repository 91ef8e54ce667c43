// npm run bench: prints a JSON array of results ({name, unit, median, runs, baseline, ratio, peer}).
//   -- --peer DIR     another checkout, installed and built there (npm ci; npm run build && npm run
//                     build:e2e): every figure it has is measured in turn with this tree's, in the
//                     same run, and carries the peer's median and ratio (`peer`).
//   -- --only A,B     only these groups (GROUPS below), e.g. `page` (order detection and number
//                     marks), `export` (a case of 3 × 100 MB videos exported, then verified), `popup`.
//   -- --rounds N     rounds of the figures measured in rounds (popup, export; 3 by default): each
//                     round takes this tree and the peer in the other order; each round's ratio is
//                     kept (`ratios`), the medians are over rounds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { detectPage, type DetectOptions } from '../rules/sites/detect';
import { pageDataBench } from './lib/page-data-bench';
import { bundleSizes } from './lib/bundle-sizes';
import { corpusRecall } from './lib/corpus-recall';
import {
  alternatingRounds,
  figuresOverRounds,
  round,
  timeAlternating,
  type BenchResult,
  type Side,
} from './lib/measure';
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

const GROUPS = [
  'page',
  'data',
  'sizes',
  'popup',
  'casebook',
  'capture',
  'bundle',
  'export',
  'big',
  'chat',
  'recall',
] as const;
type Group = (typeof GROUPS)[number];
const { values: args } = parseArgs({
  options: { peer: { type: 'string' }, only: { type: 'string' }, rounds: { type: 'string', default: '3' } },
});
const only = args.only?.split(',') ?? [...GROUPS];
const ROUNDS = Number(args.rounds);
const unknown = only.filter((name) => !(GROUPS as readonly string[]).includes(name));
if (unknown.length > 0 || !(ROUNDS >= 1)) {
  console.error(`usage: npm run bench -- [--peer DIR] [--only ${GROUPS.join('|')}[,…]] [--rounds N]`);
  process.exit(2);
}
const peerTree = args.peer === undefined ? undefined : resolve(args.peer);
const sides: Side[] = [
  { name: 'this', tree: process.cwd() },
  ...(peerTree ? [{ name: 'peer' as const, tree: peerTree }] : []),
];
/** The peer checkout's own detection code (a path the person running the bench named). */
async function peerDetection(tree: string): Promise<typeof detectPage> {
  const source = pathToFileURL(`${tree}/rules/sites/detect.ts`).href;
  // eslint-disable-next-line no-unsanitized/method -- a local checkout given on the command line
  return ((await import(source)) as { detectPage: typeof detectPage }).detectPage;
}
// Loaded only where detection is measured: a peer given for the popup needs no sources.
const peerDetect = peerTree && only.includes('page') ? await peerDetection(peerTree) : undefined;

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

/** Detection on saved order pages (with the peer's, in turn) and the built number script's marks. */
async function pageBenches(): Promise<void> {
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
  await build('shipped');
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
}

/** Builds this tree once per run (output to stderr), so the figures describe this tree. */
const builds = new Map<'shipped' | 'e2e', Promise<number>>();
async function build(mode: 'shipped' | 'e2e'): Promise<void> {
  // Capturing without a click needs the e2e variant's <all_urls> (activeTab needs a user gesture).
  const [wxtArgs, env] =
    mode === 'shipped' ? [['build'], {}] : [['build', '--mode', 'e2e'], { WEIQUAN_E2E: '1' }];
  if (!builds.has(mode))
    builds.set(mode, run('npx', ['tsx', 'scripts/wxt-quiet.ts', ...wxtArgs], env, 'stderr'));
  if ((await builds.get(mode)) !== 0) process.exit(1);
}

/** Figures measured in alternating rounds on each side, then folded into one figure per name. */
async function inRounds(measure: (side: Side) => Promise<BenchResult[]>): Promise<BenchResult[]> {
  return folded(await alternatingRounds(ROUNDS, sides, measure));
}
function folded([ours, theirs]: BenchResult[][][]): BenchResult[] {
  return figuresOverRounds(ours!, theirs && { tree: peerTree!, rounds: theirs });
}

const benches: Record<Group, () => Promise<void> | void> = {
  page: pageBenches,
  data: () => void results.push(...pageDataBench(RUNS)),
  sizes: async () => {
    await build('shipped');
    results.push(...bundleSizes('.output/chrome-mv3'));
  },
  popup: async () => {
    await build('shipped');
    results.push(...(await inRounds((side) => popupBench(`${side.tree}/.output/chrome-mv3`, 15))));
  },
  casebook: async () => {
    await build('shipped');
    results.push(...(await casebookBench('.output/chrome-mv3', 9)));
  },
  capture: async () => {
    await build('e2e');
    results.push(...(await captureBench('.output/chrome-mv3-e2e', 5)));
  },
  bundle: async () => {
    await build('e2e');
    results.push(...(await bundleBench('.output/chrome-mv3-e2e', 3)));
  },
  export: async () => {
    await build('e2e');
    results.push(...folded(await videoCaseBench(sides, ROUNDS)));
  },
  big: async () => {
    results.push(...(await bigStoredEntryBench(3)));
    results.push(...(await bigEntryBench(3)));
  },
  chat: async () => void results.push(...(await chatBench(5))),
  recall: () => void results.push(...corpusRecall()),
};
for (const group of GROUPS) if (only.includes(group)) await benches[group]();

console.log(JSON.stringify(results, null, 2));
