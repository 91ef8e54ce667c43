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
  peer?: { tree: string; median: number; ratio?: number; ratios?: number[] };
  /** Each round's ratio, in order, when the figure was measured in rounds (`--rounds N`). */
  ratios?: number[];
}

/** A checkout measured by `npm run bench`: this tree, or the peer named with `--peer DIR`. */
export interface Side {
  name: 'this' | 'peer';
  tree: string;
}

/**
 * Runs `measure` for every side, `rounds` times, each round in the other order (this tree first,
 * then the peer first, …), so that neither always pays for the other's leftovers or meets the
 * machine's load first. Returns, per side, each round's figures.
 */
export async function alternatingRounds(
  rounds: number,
  sides: Side[],
  measure: (side: Side) => Promise<BenchResult[]>,
): Promise<BenchResult[][][]> {
  const figures = sides.map((): BenchResult[][] => []);
  for (let r = 0; r < rounds; r++) {
    const order = sides.map((_, i) => i);
    for (const i of r % 2 ? order.reverse() : order) figures[i]!.push(await measure(sides[i]!));
  }
  return figures;
}

/** One figure over rounds: the median of its rounds' medians and of their ratios. */
function overRounds(rounds: BenchResult[]) {
  const ratios = rounds.flatMap((r) => (r.ratio === undefined ? [] : [r.ratio]));
  return {
    median: round(median(rounds.map((r) => r.median)), 2),
    runs: rounds.reduce((sum, r) => sum + r.runs, 0),
    ...(ratios.length > 0 && { ratio: round(median(ratios)), ratios }),
  };
}

/**
 * This tree's figures over its rounds, each carrying the peer's same-named figure over the same
 * rounds (measured in turn with it, `alternatingRounds`). The baseline text is the first round's.
 */
export function figuresOverRounds(ours: BenchResult[][], peer?: { tree: string; rounds: BenchResult[][] }) {
  const named = (rounds: BenchResult[][], name: string) =>
    rounds.flatMap((figures) => figures.filter((f) => f.name === name));
  return ours[0]!.map((first): BenchResult => {
    const theirs = peer ? named(peer.rounds, first.name) : [];
    const result: BenchResult = { ...first, ...overRounds(named(ours, first.name)) };
    if (peer && theirs.length > 0) {
      const { runs: _runs, ...figure } = overRounds(theirs);
      result.peer = { tree: peer.tree, ...figure };
    }
    return result;
  });
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
