// npm run bench: prints a JSON array of results ({name, unit, median, runs, baseline, ratio}).
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { detectPage } from '../rules/sites/detect';
import { bundleSizes } from './lib/bundle-sizes';
import { round, timeMedian, type BenchResult } from './lib/measure';
import { run } from './lib/run';

const RUNS = 200;
const results: BenchResult[] = [];

{
  const html = readFileSync('tests/fixtures/tmall/order-detail-2025-11.html', 'utf8');
  const url = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803';
  const doc = parseHTML(html).document;
  const parse = timeMedian(() => parseHTML(html), RUNS);
  const detect = timeMedian(() => detectPage(url, doc), RUNS);
  results.push(
    { name: 'parse HTML: real Tmall order detail (linkedom)', unit: 'ms', median: round(parse), runs: RUNS },
    {
      name: 'detect order: real Tmall order detail (detailData)',
      unit: 'ms',
      median: round(detect),
      runs: RUNS,
      baseline: 'parse HTML: real Tmall order detail (linkedom)',
      ratio: round(detect / parse),
    },
  );
}

// Bundle sizes of the shipped build (built first when missing; build output goes to stderr).
if (!existsSync('.output/chrome-mv3/manifest.json')) await run('npx', ['wxt', 'build'], {}, 'stderr');
results.push(...bundleSizes('.output/chrome-mv3'));

console.log(JSON.stringify(results, null, 2));
