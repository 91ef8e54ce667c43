// Sizes of the built bundles as a store would ship them, gzip -9: each content script and the
// background by file, each extension page as the sum of every script it loads (chunks included).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type BenchResult } from './measure';

const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;
const result = (name: string, kb: number): BenchResult => ({
  name: `bundle size (gzip): ${name}`,
  unit: 'kB',
  median: round(kb, 2),
  runs: 1,
});

export function bundleSizes(buildDir: string): BenchResult[] {
  const results: BenchResult[] = [];
  for (const script of readdirSync(join(buildDir, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
    results.push(result(`content-scripts/${script}`, gzipKb(join(buildDir, 'content-scripts', script))));
  }
  results.push(result('background.js', gzipKb(join(buildDir, 'background.js'))));
  for (const page of readdirSync(buildDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(buildDir, page), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => join(buildDir, m[1]!));
    results.push(
      result(
        `${page} (all its scripts)`,
        scripts.reduce((sum, path) => sum + gzipKb(path), 0),
      ),
    );
  }
  return results;
}
