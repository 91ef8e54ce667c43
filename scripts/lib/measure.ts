// Medians over repeated runs, side by side in one process: this machine is small and noisy,
// so only medians and same-run ratios are quoted.
import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  unit: 'ms' | 'kB' | 'MB' | 'ratio';
  median: number;
  runs: number;
  baseline?: string;
  /** median / baseline median, when a baseline was measured in the same run. */
  ratio?: number;
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
