// Medians over repeated runs, side by side in one process: this machine is small and noisy,
// so only medians and same-run ratios are quoted.
import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  unit: 'ms' | 'kB' | 'MB' | 'ratio' | '%';
  median: number;
  runs: number;
  baseline?: string;
  /** median / baseline median, when a baseline was measured in the same run. */
  ratio?: number;
  /**
   * The same figure for another checkout (`npm run bench -- --peer DIR`), measured alternating
   * with this one in the same run: its median, and its own ratio to the same kind of baseline.
   */
  peer?: { tree: string; median: number; ratio?: number };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times `fn` `runs` times after `warmup` untimed calls; returns the median in ms. */
export function timeMedian(fn: () => unknown, runs: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const round = (value: number, digits = 3) => Number(value.toFixed(digits));

/**
 * Times each of `fns` `runs` times, taking turns (one call of each per round, after `warmup`
 * untimed rounds), so that the load of a busy machine falls on all of them alike; medians in ms.
 * Each round takes them in a random order, so none keeps following the same one (and paying
 * for the garbage it left: the parse of a 300 kB page leaves plenty).
 */
export function timeAlternating(fns: Array<() => unknown>, runs: number, warmup = 5): number[] {
  const times = fns.map((): number[] => []);
  const order = fns.map((_, i) => i);
  for (let round = 0; round < warmup + runs; round++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(Math.random() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const i of order) {
      const start = performance.now();
      fns[i]!();
      if (round >= warmup) times[i]!.push(performance.now() - start);
    }
  }
  return times.map(median);
}
