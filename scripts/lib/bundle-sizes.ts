// Sizes of the built bundles as a store would ship them: raw and gzip -9.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type BenchResult } from './measure';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** One result per JavaScript bundle under `buildDir` (content scripts, popup chunks, background). */
export function bundleSizes(buildDir: string): BenchResult[] {
  return files(buildDir)
    .filter((path) => path.endsWith('.js'))
    .map((path) => {
      const bytes = readFileSync(path);
      return {
        name: `bundle size (gzip): ${path.slice(buildDir.length + 1).replace(/-[\w-]{8}\.js$/, '.js')}`,
        unit: 'kB' as const,
        median: round(gzipSync(bytes, { level: 9 }).length / 1024, 2),
        runs: 1,
      };
    });
}
