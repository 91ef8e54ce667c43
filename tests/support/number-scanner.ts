// Test helpers for the number scanner: a judge from a plain per-text function (answered
// asynchronously, as the background answers), and a loop that runs a scanner until it is done.
import type { ScannedNumber } from '../../lib/number-marks';
import type { NumberScanner } from '../../lib/number-watch';

export const judgeWith =
  (scan: (text: string) => ScannedNumber[]) =>
  (texts: string[]): Promise<ScannedNumber[][]> =>
    Promise.resolve(texts.map(scan));

/** Runs slices until the walk is over and every answer from the judge is marked. */
export async function drain(scanner: NumberScanner): Promise<void> {
  while (scanner.run(50) || scanner.waiting > 0) await new Promise((resolve) => setTimeout(resolve, 0));
}
