// Recall of number finding on the labelled corpus (tests/fixtures/phone): ours beside
// libphonenumber-js findPhoneNumbersInText, on the same visible text.
import { readdirSync, readFileSync } from 'node:fs';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { parseHTML } from 'linkedom';
import { scanText } from '../../rules/phone';
import { visibleText } from '../../rules/sites/extract/text';
import { decodePage } from './decode-page';
import { round, type BenchResult } from './measure';

const DIR = 'tests/fixtures/phone/';
/** Landlines: compare without the trunk 0, which libphonenumber drops from national numbers. */
const key = (digits: string) => digits.replace(/^0/, '');

export function corpusRecall(): BenchResult[] {
  let expected = 0;
  let ours = 0;
  let theirs = 0;
  for (const file of readdirSync(DIR).filter((f) => /\.(txt|html)$/.test(f))) {
    const raw = decodePage(readFileSync(DIR + file));
    const text = file.endsWith('.html') ? visibleText(parseHTML(raw).document.body) : raw;
    const labels = (
      JSON.parse(readFileSync(DIR + file.replace(/\.(txt|html)$/, '.labels.json'), 'utf8')) as Array<{
        digits: string;
      }>
    ).map((l) => key(l.digits));
    const found = (list: string[]) => {
      const pool = [...list];
      return labels.filter((label) => {
        const i = pool.indexOf(label);
        if (i >= 0) pool.splice(i, 1);
        return i >= 0;
      }).length;
    };
    expected += labels.length;
    ours += found(scanText(text).map((n) => key(n.digits)));
    theirs += found(findPhoneNumbersInText(text, 'CN').map((n) => key(n.number.nationalNumber)));
  }
  return [
    {
      name: `finding recall on the labelled corpus (${expected} numbers): ours`,
      unit: 'ratio',
      median: round(ours / expected),
      runs: 1,
    },
    {
      name: `finding recall on the labelled corpus (${expected} numbers): libphonenumber-js`,
      unit: 'ratio',
      median: round(theirs / expected),
      runs: 1,
    },
  ];
}
