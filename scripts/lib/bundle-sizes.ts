// Sizes of the built bundles as a store would ship them, gzip -9: each content script and the
// background by file; each extension page twice: the scripts it runs before its first paint (those
// its HTML names and everything they import statically) and with every chunk it may load later.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type BenchResult } from './measure';

const gzipKb = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;
const result = (name: string, kb: number): BenchResult => ({
  name: `bundle size (gzip): ${name}`,
  unit: 'kB',
  median: round(kb, 2),
  runs: 1,
});
const sumKb = (paths: Iterable<string>) => [...paths].reduce((sum, path) => sum + gzipKb(path), 0);

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
// import("./x.js"), and the chunk lists Vite keeps for its preloading dynamic imports.
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)|["'](chunks\/[^"']+\.js)["']/g;

/** The scripts `entries` load, following static imports, and dynamic ones too when `lazy`. */
function closure(buildDir: string, entries: string[], lazy: boolean): Set<string> {
  const seen = new Set<string>();
  const next = [...entries];
  for (let path = next.pop(); path !== undefined; path = next.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) next.push(join(dirname(path), m[1]!));
    if (!lazy) continue;
    for (const m of code.matchAll(DYNAMIC_IMPORT)) {
      next.push(m[1] ? join(dirname(path), m[1]) : join(buildDir, m[2]!));
    }
  }
  return seen;
}

/** An extension page's scripts: before its first paint, and with everything it may load later. */
export function pageScripts(buildDir: string, page: string) {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const named = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => join(buildDir, m[1]!));
  const firstPaint = closure(buildDir, named, false);
  const all = closure(buildDir, named, true);
  return { firstPaint, all, names: (set: Set<string>) => [...set].map((p) => relative(buildDir, p)) };
}

export function bundleSizes(buildDir: string): BenchResult[] {
  const results: BenchResult[] = [];
  for (const script of readdirSync(join(buildDir, 'content-scripts')).filter((f) => f.endsWith('.js'))) {
    results.push(result(`content-scripts/${script}`, gzipKb(join(buildDir, 'content-scripts', script))));
  }
  results.push(result('background.js', gzipKb(join(buildDir, 'background.js'))));
  for (const page of readdirSync(buildDir).filter((f) => f.endsWith('.html'))) {
    const { firstPaint, all } = pageScripts(buildDir, page);
    results.push(
      result(`${page} (scripts before its first paint)`, sumKb(firstPaint)),
      result(`${page} (all its scripts, lazy chunks included)`, sumKb(all)),
    );
  }
  return results;
}
