// Big evidence items, each beside its floor in the same run (#29): a case of 100 MB videos
// exported from the casebook (Chromium) beside fflate streaming the same bytes into a zip with
// node's native SHA-256 + SHA-512; `npm run -s verify` as the README has a user run it (start-up
// included) beside `sha256sum` + `sha512sum` of the same bundle; a 1 GB stored entry likewise.
import { execFile } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Zip, ZipPassThrough } from 'fflate';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { alternatingRounds, median, round, type BenchResult, type Side } from './measure';
import { serveSite } from './site-server';
import { writeBigEntryBundle } from './verify-rss';

const MB = 1024 * 1024;

/** `count` files of random bytes (a video does not compress), named `name-i.ext`. */
export async function randomFiles(
  dir: string,
  count: number,
  bytes: number,
  [name, ext]: [string, string],
): Promise<string[]> {
  const files: string[] = [];
  const chunk = new Uint8Array(Math.min(bytes, 16 * MB));
  for (let i = 0; i < count; i++) {
    files.push(join(dir, `${name}-${i}.${ext}`));
    const out = await open(files.at(-1)!, 'w');
    for (let at = 0; at < bytes; at += chunk.length) {
      for (let j = 0; j < chunk.length; j += 65536) crypto.getRandomValues(chunk.subarray(j, j + 65536));
      await out.write(chunk, 0, Math.min(chunk.length, bytes - at));
    }
    await out.close();
  }
  return files;
}

/** Makes a case in the casebook and adds `files` through its file picker. */
export async function caseWithFiles(page: Page, files: string[]): Promise<void> {
  await page.getByTestId('new-case').locator('select').selectOption('tmall');
  await page.getByTestId('new-case').locator('input').fill('4864583305858004803');
  await page.getByTestId('new-case').getByRole('button').click();
  const card = page.getByTestId('case').first();
  await card.getByTestId('file-input').setInputFiles(files);
  await card
    .getByTestId('file-result')
    .nth(files.length - 1)
    .waitFor({ timeout: 600_000 });
}

/** Clicks the first case's export; resolves once the download link is ready, and its saving. */
export async function exportFromCasebook(
  page: Page,
  saveAs: string,
): Promise<{ ms: number; saved: Promise<void> }> {
  const exporter = page.getByTestId('bundle-export').first();
  await exporter.getByTestId('bundle-export-open').click();
  const download = page.waitForEvent('download', { timeout: 600_000 });
  // Awaited through `saved`; if the export itself fails, that error is the one to report.
  download.catch(() => undefined);
  const start = performance.now();
  await exporter.getByTestId('bundle-export-start').click();
  await exporter.getByTestId('bundle-download').waitFor({ timeout: 600_000 });
  const ms = performance.now() - start;
  return { ms, saved: download.then((d) => d.saveAs(saveAs)) };
}

/** The floor of an export: fflate streams the files into a stored zip while node hashes them. */
export async function fflateWithNativeHashes(files: string[]): Promise<number> {
  const start = performance.now();
  let size = 0;
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    size += chunk.length;
  });
  const buffer = new Uint8Array(MB);
  for (const file of files) {
    const entry = new ZipPassThrough(file.slice(file.lastIndexOf('/') + 1));
    zip.add(entry);
    const [sha256, sha512] = [createHash('sha256'), createHash('sha512')];
    const input = await open(file);
    for (;;) {
      const { bytesRead } = await input.read(buffer, 0, buffer.length);
      const chunk = buffer.slice(0, bytesRead);
      sha256.update(chunk);
      sha512.update(chunk);
      entry.push(chunk, bytesRead === 0);
      if (bytesRead === 0) break;
    }
    await input.close();
    sha256.digest();
    sha512.digest();
  }
  zip.end();
  if (size === 0) throw new Error('fflate wrote nothing');
  return performance.now() - start;
}

const wall = async (command: string, args: string[], cwd?: string): Promise<number> => {
  const start = performance.now();
  await promisify(execFile)(command, args, { cwd, maxBuffer: 16 * MB });
  return performance.now() - start;
};

/** `npm run -s verify -- FILE` from the README, in `cwd`'s tree; it must say OK. */
export const verifyAsUser = (file: string, cwd = process.cwd()) =>
  wall('npm', ['run', '-s', 'verify', '--', file], cwd);

/** The floor: coreutils hashing the same file with both algorithms, one after the other. */
export const shaSums = async (file: string) =>
  (await wall('sha256sum', [file])) + (await wall('sha512sum', [file]));

/** Verify beside sha256sum + sha512sum, alternating runs. */
export async function verifyBesideSums(
  label: string,
  file: string,
  runs: number,
  tree = process.cwd(),
): Promise<BenchResult> {
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await verifyAsUser(file, tree));
    floor.push(await shaSums(file));
  }
  return {
    name: `verify ${label}, npm run -s verify as a user runs it (start-up included)`,
    unit: 'ms',
    median: round(median(ours), 0),
    runs,
    baseline: `sha256sum + sha512sum of the same bundle, same run: ${round(median(floor), 0)} ms`,
    ratio: round(median(ours) / median(floor), 2),
  };
}

/** Export of the files beside fflate + native hashes of the same files, alternating runs. */
export async function exportBesideFloor(
  label: string,
  page: Page,
  files: string[],
  bundleFile: string,
  runs: number,
): Promise<BenchResult> {
  const ours: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.reload();
    const { ms, saved } = await exportFromCasebook(page, bundleFile);
    ours.push(ms);
    await saved;
    floor.push(await fflateWithNativeHashes(files));
  }
  return {
    name: `export ${label}, casebook button to download ready (Chromium)`,
    unit: 'ms',
    median: round(median(ours), 0),
    runs,
    baseline: `fflate 0.8.3 streaming the same bytes + node SHA-256 + SHA-512, same run: ${round(median(floor), 0)} ms`,
    ratio: round(median(ours) / median(floor), 2),
  };
}

/**
 * A case of `items` videos of `bytes` each, added through the casebook of each side's e2e build
 * (built there), then in alternating rounds exported in Chromium beside the floor (`runs` exports
 * a round) and the bundle verified by that side's own `npm run verify`. Each side's rounds.
 */
export async function videoCaseBench(
  sides: Side[],
  rounds: number,
  { items = 3, bytes = 100 * MB, runs = 3 } = {},
): Promise<BenchResult[][][]> {
  const dir = await mkdtemp(join(tmpdir(), 'video-case-'));
  const site = await serveSite({});
  const browsers = new Map<Side, ExtensionBrowser>();
  try {
    const files = await randomFiles(dir, items, bytes, ['unboxing', 'mp4']);
    const pages = new Map<Side, Page>();
    for (const side of sides) {
      const browser = await launchWithExtension(join(side.tree, '.output/chrome-mv3-e2e'), site, {
        headless: true,
      });
      browsers.set(side, browser);
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/casebook.html`);
      await caseWithFiles(page, files);
      pages.set(side, page);
    }
    const label = `a case of ${items} × ${bytes / MB} MB videos`;
    return await alternatingRounds(rounds, sides, async (side) => {
      const bundle = join(dir, `${side.name}.zip`);
      return [
        await exportBesideFloor(label, pages.get(side)!, files, bundle, runs),
        await verifyBesideSums(label, bundle, 1, side.tree),
      ];
    });
  } finally {
    for (const browser of browsers.values()) await browser.close();
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** One stored (not deflated) entry of `bytes`: verify beside sha256sum + sha512sum. */
export async function bigStoredEntryBench(runs: number, bytes = 1024 * MB): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'big-stored-'));
  try {
    const file = join(dir, 'big-stored.zip');
    await writeBigEntryBundle(file, bytes, 'store');
    return [await verifyBesideSums(`a bundle with one ${bytes / MB} MB stored entry`, file, runs)];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
