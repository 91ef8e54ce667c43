// npm run -s bench:beside -- PEER_TREE [ROUNDS] [export|popup]: this tree's export of a case of 3 × 100 MB videos
// and its popup paint, each round beside the same measures of another checkout (built there
// with `npm run build && npm run build:e2e`), alternating builds in one run. Prints JSON: every
// round of both, each against its floor (fflate + node's hashes; an empty extension page), then
// the medians.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './lib/browser';
import { median, round, type BenchResult } from './lib/measure';
import { popupBench } from './lib/popup-bench';
import { serveSite } from './lib/site-server';
import { caseWithFiles, exportBesideFloor, randomFiles } from './lib/speed-bench';

const [peerTree, roundsArg, only] = process.argv.slice(2);
if (!peerTree) {
  console.error('usage: npm run -s bench:beside -- PEER_TREE [ROUNDS] [export|popup]');
  process.exit(2);
}
const ROUNDS = Number(roundsArg ?? 3);
const MB = 1024 * 1024;
const trees = { this: process.cwd(), peer: resolve(peerTree) };
type Side = keyof typeof trees;
const sides = Object.keys(trees) as Side[];
const rounds: Array<{ round: number; side: Side } & BenchResult> = [];

/** One browser per build, each with the same case of videos added through its casebook. */
async function casebooks(files: string[]) {
  const site = await serveSite({});
  const open: Array<{ side: Side; browser: ExtensionBrowser; page: Page }> = [];
  for (const side of sides) {
    const browser = await launchWithExtension(join(trees[side], '.output/chrome-mv3-e2e'), site, {
      headless: true,
    });
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/casebook.html`);
    await caseWithFiles(page, files);
    open.push({ side, browser, page });
  }
  return { open, site };
}

const dir = await mkdtemp(join(tmpdir(), 'bench-beside-'));
try {
  if (only !== 'popup') await exportRounds();
  if (only !== 'export') await popupRounds();
} finally {
  await rm(dir, { recursive: true, force: true });
}

async function exportRounds(): Promise<void> {
  const files = await randomFiles(dir, 3, 100 * MB, ['unboxing', 'mp4']);
  const { open, site } = await casebooks(files);
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const { side, page } of round % 2 ? open : [...open].reverse()) {
        const result = await exportBesideFloor(
          'a case of 3 × 100 MB videos',
          page,
          files,
          join(dir, `${side}.zip`),
          3,
        );
        rounds.push({ round, side, ...result });
      }
    }
  } finally {
    for (const { browser } of open) await browser.close();
    await site.close();
  }
}

async function popupRounds(): Promise<void> {
  for (let round = 1; round <= ROUNDS; round++) {
    for (const side of round % 2 ? sides : [...sides].reverse()) {
      for (const result of await popupBench(join(trees[side], '.output/chrome-mv3'), 15)) {
        rounds.push({ round, side, ...result });
      }
    }
  }
}

const names = [...new Set(rounds.map((r) => r.name))];
const medians = names.flatMap((name) =>
  sides.map((side) => {
    const mine = rounds.filter((r) => r.name === name && r.side === side);
    const ratios = mine.flatMap((r) => (r.ratio === undefined ? [] : [r.ratio]));
    return {
      side,
      name,
      medianOfRounds: round(median(mine.map((r) => r.median)), 1),
      ...(ratios.length > 0 && { ratioMedian: round(median(ratios)), ratios }),
    };
  }),
);
console.log(JSON.stringify({ trees, rounds, medians }, null, 2));
