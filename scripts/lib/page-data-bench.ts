// The page-data channel's cost on a Weidian list, as the extension pays it: the page-data script
// writing window.getData (serialize), the content script parsing the answer, and detection, beside
// parsing the same page's HTML. And its bound: a hostile 300,000-entry getData.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { captureNatives, serialize } from '../../lib/page-data/serialize';
import { detectPage } from '../../rules/sites/detect';
import { round, timeMedian, type BenchResult } from './measure';

const FILE = 'tests/fixtures/weidian/order-list-rendered.html';
const URL_ = 'https://weidian.com/user/order/list.php?type=0';

/** A list of `count` orders shaped like the fixture's (Weidian shows 10 per page; 500 at most are read). */
function listOf(count: number, template: Record<string, unknown>): unknown {
  const orders = Array.from({ length: count }, (_, i) => ({
    ...template,
    order_id: String(830_000_000_000_000 + i),
  }));
  return { list: { result: { listRespDTOList: orders } } };
}

export function pageDataBench(runs: number): BenchResult[] {
  const html = readFileSync(FILE, 'utf8');
  const raw = /data-obj="([^"]*)"/
    .exec(html)![1]!
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const template = (JSON.parse(raw) as { list: { result: { listRespDTOList: Record<string, unknown>[] } } })
    .list.result.listRespDTOList[0]!;
  const natives = captureNatives();
  const rendered = parseHTML(
    html.replace(/<script id="__rocker-render-inject__"[^>]*><\/script>/, ''),
  ).document;
  const parseName = 'parse HTML: Weidian list (linkedom)';
  const results: BenchResult[] = [
    { name: parseName, unit: 'ms', median: round(timeMedian(() => parseHTML(html), runs)), runs },
  ];
  for (const count of [10, 500]) {
    const value = listOf(count, template);
    const channel = () => {
      const { json } = serialize(value, natives);
      const reply = JSON.parse(`{"responses":[],"value":${json}}`) as { value: unknown };
      return detectPage(URL_, rendered, {
        pageData: () => ({ ok: true, value: reply.value, responses: [] }),
      });
    };
    const median = timeMedian(channel, runs);
    results.push({
      name: `page-data channel + detect: Weidian list, ${count} orders (serialize, parse, read)`,
      unit: 'ms',
      median: round(median),
      runs,
      baseline: parseName,
      ratio: round(median / results[0]!.median),
    });
  }
  const hostile = listOf(300_000, template);
  const bounded = timeMedian(() => serialize(hostile, natives), 5);
  results.push({
    name: 'page-data serialize: hostile 300,000-order getData (cut at 1,000 entries)',
    unit: 'ms',
    median: round(bounded),
    runs: 5,
  });
  return results;
}
