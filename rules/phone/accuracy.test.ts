// Precision and recall over the hand-labelled corpus in tests/fixtures/phone (README there says
// where each page comes from), and separately over out-of-sample pages (out-of-sample.json there:
// other fixtures of the project and a real saved page, labelled before they were first scanned).
// Pages go through the same path as the scan CLI: visible text and tel: links for HTML, the text
// itself otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../scripts/lib/decode-page';
import { scanText } from './judge';
import { scanDocument } from './page';
import type { JudgedNumber, VerdictClass } from './types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../');
const DIR = `${ROOT}tests/fixtures/phone/`;

interface Label {
  digits: string;
  verdict: VerdictClass;
}

function numbersOf(path: string): JudgedNumber[] {
  const text = decodePage(readFileSync(path)); // as the CLI reads pages: UTF-8 or GBK
  if (!path.endsWith('.html')) return scanText(text);
  const page = scanDocument(parseHTML(text).document);
  return [...page.inText, ...page.inLinks];
}

interface Outcome {
  file: string;
  expected: Label[];
  got: JudgedNumber[];
  /** Pairs matched by digits, in order of appearance. */
  pairs: Array<[Label, JudgedNumber]>;
}

function evaluate(file: string, path: string, expected: Label[]): Outcome {
  const got = numbersOf(path);
  const unused = [...got];
  const pairs: Array<[Label, JudgedNumber]> = [];
  for (const label of expected) {
    const i = unused.findIndex((n) => n.digits === label.digits);
    if (i >= 0) pairs.push([label, unused.splice(i, 1)[0]!]);
  }
  return { file, expected, got, pairs };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
/** Precision and recall of finding (digits match) and of verdicts (digits and verdict match). */
function metricsOf(outcomes: Outcome[]) {
  const sum = (f: (o: Outcome) => number) => outcomes.reduce((n, o) => n + f(o), 0);
  const expected = sum((o) => o.expected.length);
  const found = sum((o) => o.got.length);
  const matched = sum((o) => o.pairs.length);
  const verdictRight = sum((o) => o.pairs.filter(([l, n]) => l.verdict === n.verdict).length);
  // No number on a page and none found: precision is perfect, not undefined.
  const ratio = (a: number, b: number) => (b === 0 ? 1 : round(a / b));
  return {
    files: outcomes.length,
    expected,
    found,
    /** Reported numbers no label matches: non-phones, or numbers read wrongly. */
    nonPhones: found - matched,
    finding: { precision: ratio(matched, found), recall: ratio(matched, expected) },
    verdicts: { precision: ratio(verdictRight, found), recall: ratio(verdictRight, expected) },
  };
}

function missesOf(outcomes: Outcome[]): string[] {
  return outcomes.flatMap((o) => [
    ...o.expected.filter((l) => !o.pairs.some(([p]) => p === l)).map((l) => `${o.file}: missed ${l.digits}`),
    ...o.got.filter((n) => !o.pairs.some(([, p]) => p === n)).map((n) => `${o.file}: extra ${n.digits}`),
    ...o.pairs
      .filter(([l, n]) => l.verdict !== n.verdict)
      .map(([l, n]) => `${o.file}: ${l.digits} ${n.verdict}, labelled ${l.verdict}`),
  ]);
}

function falseOfficials(outcomes: Outcome[]): string[] {
  return outcomes.flatMap((o) =>
    o.got
      .filter((n) => n.verdict === 'official')
      .filter((n) => !o.pairs.some(([l, p]) => p === n && l.verdict === 'official'))
      .map((n) => `${o.file}: ${n.digits}`),
  );
}

/** The corpus: written alongside the phone code (in-sample). */
const files = readdirSync(DIR).filter((f) => /\.(txt|html)$/.test(f));
const outcomes = files.map((file) =>
  evaluate(
    file,
    DIR + file,
    JSON.parse(readFileSync(DIR + file.replace(/\.(txt|html)$/, '.labels.json'), 'utf8')) as Label[],
  ),
);
const metrics = metricsOf(outcomes);

/** A labelled page set: `{ about, pages: [{ file, labels }] }`, files relative to the root. */
function pageSet(name: string): Outcome[] {
  const set = JSON.parse(readFileSync(`${DIR}${name}`, 'utf8')) as {
    pages: Array<{ file: string; labels: Label[] }>;
  };
  return set.pages.map((p) => evaluate(p.file, ROOT + p.file, p.labels));
}

/** Pages never used to tune the code, labelled before they were first scanned (out-of-sample). */
const outOfSample = pageSet('out-of-sample.json');
/** Real web pages: out-of-sample at their first run, tuned on since (figures in-sample). */
const web = pageSet('web-2026-12.json');
/** Real web pages held out from that tuning, labelled before the tuned code ran on them. */
const holdout = pageSet('web-holdout.json');
/** A second held-out set (33 pages), labelled before the code ran on it (commit 1db4705). */
const holdout2 = pageSet('web-holdout-2.json');
/** A third held-out set (41 pages, #28), labelled before the code ran on it (commit c12efcd). */
const holdout3 = pageSet('web-holdout-3.json');
/** A fourth held-out set (40 pages, #28), labelled before the code ran on it (commit efb7542). */
const holdout4 = pageSet('web-holdout-4.json');
/** A fifth held-out set (40 pages, #28), labelled before the code ran on it (commit 1ccb9ad). */
const holdout5 = pageSet('web-holdout-5.json');
/** A sixth held-out set (38 pages, #28), labelled before the code ran on it (commit 63d7af1); in-sample since numbers4. */
const holdout6 = pageSet('web-holdout-6.json');
/** A seventh held-out set (46 pages, #28), labelled before the code ran on it (commit f28ccef); in-sample since numbers5. */
const holdout7 = pageSet('web-holdout-7.json');
/** An eighth held-out set (48 pages, #28), labelled before the code ran on it (commit 9258d16). */
const holdout8 = pageSet('web-holdout-8.json');

/**
 * The #28 goals, per labelled number: officials recognised, numbers presented as a line they are
 * not (labelled suspicious) called suspicious, and the two errors never allowed.
 */
function goalsOf(set: Outcome[]) {
  const pairs = set.flatMap((o) => o.pairs);
  const count = (label: VerdictClass, got?: VerdictClass) =>
    pairs.filter(([l, n]) => l.verdict === label && (got === undefined || n.verdict === got)).length;
  const labelled = (label: VerdictClass) =>
    set.reduce((n, o) => n + o.expected.filter((l) => l.verdict === label).length, 0);
  return {
    officialsRecognised: `${count('official', 'official')}/${labelled('official')}`,
    presentedCalledSuspicious: `${count('suspicious', 'suspicious')}/${labelled('suspicious')}`,
    officialCalledSuspicious: count('official', 'suspicious'),
    falseOfficials: falseOfficials(set).length,
  };
}

/** The #28 goals as shares, for asserting. */
function goalRatesOf(set: Outcome[]) {
  const goals = goalsOf(set);
  const share = (fraction: string) => {
    const [a, b] = fraction.split('/').map(Number) as [number, number];
    return b === 0 ? 1 : a / b;
  };
  return {
    officialsRecognised: share(goals.officialsRecognised),
    presentedCalledSuspicious: share(goals.presentedCalledSuspicious),
    officialCalledSuspicious: goals.officialCalledSuspicious,
  };
}

describe('phone corpus accuracy', () => {
  it('has a labels file for every page and covers every verdict class', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const classes = new Set(outcomes.flatMap((o) => o.expected.map((l) => l.verdict)));
    expect([...classes].sort()).toEqual(['official', 'suspicious', 'unconfirmed', 'unlisted']);
  });

  it('prints its figures, in-sample and out-of-sample', () => {
    console.log(JSON.stringify({ inSample: { ...metrics, misses: missesOf(outcomes) } }));
    for (const [name, set] of Object.entries({
      outOfSample,
      web,
      holdout,
      holdout2,
      holdout3,
      holdout4,
      holdout5,
      holdout6,
      holdout7,
      holdout8,
    }))
      console.log(
        JSON.stringify({ [name]: { ...metricsOf(set), goals: goalsOf(set), misses: missesOf(set) } }),
      );
  });

  it('never judges a number official that is not labelled official, in or out of sample', () => {
    expect(falseOfficials(outcomes)).toEqual([]);
    expect(falseOfficials(outOfSample)).toEqual([]);
    expect(falseOfficials(web)).toEqual([]);
    expect(falseOfficials(holdout)).toEqual([]);
    expect(falseOfficials(holdout2)).toEqual([]);
    expect(falseOfficials(holdout3)).toEqual([]);
    expect(falseOfficials(holdout4)).toEqual([]);
    expect(falseOfficials(holdout5)).toEqual([]);
    expect(falseOfficials(holdout6)).toEqual([]);
    expect(falseOfficials(holdout7)).toEqual([]);
  });

  // Finding is mechanical and the corpus was written to exercise every format: 0.95 leaves room
  // for one or two misses as the corpus grows, not for a broken format. Verdicts depend on
  // reading claims across sentences (a caller's number in a call log, a 专线 in a chat that
  // named 支付宝 two lines earlier), which the clause-level reader does not do: 0.85.
  it('finds numbers with precision and recall ≥ 0.95', () => {
    expect(metrics.finding.precision).toBeGreaterThanOrEqual(0.95);
    expect(metrics.finding.recall).toBeGreaterThanOrEqual(0.95);
  });

  // Real pages (#17 goals): at least 95 % of numbers found, at most 2 non-phones per 40 pages. The
  // recall gate is on the set tuned on; the held-out set is measured (printed), not a gate: a
  // gate on it would make it a tuning set.
  it('finds ≥ 95 % of the numbers on the tuned web pages; ≤ 2 non-phones per 40 real pages', () => {
    expect(metricsOf(web).finding.recall).toBeGreaterThanOrEqual(0.95);
    for (const set of [web, holdout, holdout2, holdout3, holdout4, holdout5, holdout6, holdout7]) {
      expect(metricsOf(set).nonPhones / set.length).toBeLessThanOrEqual(2 / 40);
    }
  });

  // The fourth held-out set (#28) at its first run, out of sample (code fcc1513, labels efb7542
  // and one label left out, 04db9a8): found 72/128 (0.563), 1 non-phone (a misread number) in 40
  // pages, 0 false 官方, officials recognised 53/85 (0.624), presented as a line they are not
  // called suspicious 0/10, 0 officials called suspicious. The code was then changed for what it
  // showed, so the set is in-sample since: found 97/128 (0.758; Taiwan's numbers and 165 are not
  // read), 0 non-phones, 0 false 官方, officials 78/85 (0.918), suspicious 7/10, 0 officials called
  // suspicious. Since numbers5 Taiwan landlines with a two-digit code are read: found 105/128 (0.820).
  // The goals the code meets are asserted; where it falls short, the level it reached.
  it('meets the #28 goals on the fourth held-out set where it can', () => {
    const metrics4 = metricsOf(holdout4);
    expect(metrics4.nonPhones / holdout4.length).toBeLessThanOrEqual(2 / 40);
    expect(falseOfficials(holdout4)).toEqual([]);
    const rates = goalRatesOf(holdout4);
    expect(rates.officialCalledSuspicious).toBe(0);
    expect(rates.officialsRecognised).toBeGreaterThanOrEqual(0.9);
    expect(metrics4.finding.recall).toBeGreaterThanOrEqual(0.82);
    expect(rates.presentedCalledSuspicious).toBeGreaterThanOrEqual(0.7);
  });

  // The fifth held-out set (#28) at its first run, out of sample (code 3b50929, labels 1ccb9ad):
  // found 111/126 (0.881), 1 non-phone (1860/1861 read as 18601861) in 40 pages, 3 false 官方 (建行's
  // 95533 behind 石家庄's area code, labelled unconfirmed), officials recognised 85/105 (0.810),
  // presented as a line they are not called suspicious 1/6, 2 officials called suspicious (微信's
  // 400-670-0700 shown by an impostor). The code was then changed for what it showed (branch
  // numbers3), so the set is IN-SAMPLE since, labels unchanged: found 119/126 (0.944), 0
  // non-phones, 0 false 官方, officials 92/105 (0.876), suspicious 6/6, 0 officials called
  // suspicious. The goals the code meets are asserted; where it falls short, the level it reached.
  it('meets the #28 goals on the fifth held-out set where it can', () => {
    const metrics5 = metricsOf(holdout5);
    expect(metrics5.nonPhones).toBe(0);
    expect(falseOfficials(holdout5)).toEqual([]);
    const rates = goalRatesOf(holdout5);
    expect(rates.officialCalledSuspicious).toBe(0);
    expect(rates.officialsRecognised).toBeGreaterThanOrEqual(0.87);
    expect(metrics5.finding.recall).toBeGreaterThanOrEqual(0.94);
    expect(rates.presentedCalledSuspicious).toBeGreaterThanOrEqual(0.8);
  });

  // The sixth held-out set (#28) at its first run, out of sample (code e4f95e0, labels 63d7af1):
  // found 50/53 (0.943), 1 non-phone (4001616, the head of the masked 400-1616-×××) in 38 pages,
  // 0 false 官方, officials recognised 27/31 (0.871), presented as a line they are not called
  // suspicious 3/7, 1 official called suspicious (海尔's 400-699-9999). The code was then changed
  // for what it showed (branch numbers4), so the set is IN-SAMPLE since, labels unchanged: found
  // 50/53 (0.943; 西城's 83995110 ×3 not read), 0 non-phones, 0 false 官方, officials 29/31 (0.935;
  // 114 and 南航's 95539 are not registered: earlier sets label them unlisted), suspicious 7/7,
  // 0 officials called suspicious. The goals the code meets are asserted; else the level reached.
  it('meets the #28 goals on the sixth held-out set where it can', () => {
    const metrics6 = metricsOf(holdout6);
    expect(metrics6.nonPhones).toBe(0);
    expect(falseOfficials(holdout6)).toEqual([]);
    const rates = goalRatesOf(holdout6);
    expect(rates.officialCalledSuspicious).toBe(0);
    expect(rates.officialsRecognised).toBeGreaterThanOrEqual(0.93);
    expect(metrics6.finding.recall).toBeGreaterThanOrEqual(0.94);
    expect(rates.presentedCalledSuspicious).toBeGreaterThanOrEqual(0.85);
  });

  // The seventh held-out set (#28) at its first run, out of sample (code 9143ce5, labels f28ccef):
  // found 85/103 (0.825), 2 non-phones (202601221 from a date, 10000 from 10000積分) in 46 pages,
  // 1 false 官方 (that 10000), officials recognised 42/59 (0.712), presented as a line they are not
  // called suspicious 2/27 (0.074), 1 official called suspicious (建行's 95533 given to 「银行」).
  // The code was then changed for what it showed (branch numbers5), so the set is IN-SAMPLE since,
  // labels unchanged: found 89/103 (0.864; Taiwan's 165 and 412-8888, 0086 and 400998 are not
  // read), 0 non-phones, 0 false 官方, officials 53/59 (0.898; four couriers' lines and 11185 have
  // one page each: unconfirmed), suspicious 10/27 (0.370), 0 officials called suspicious. The goals
  // the code meets are asserted; where it falls short, the level it reached.
  it('meets the #28 goals on the seventh held-out set where it can', () => {
    const metrics7 = metricsOf(holdout7);
    expect(metrics7.nonPhones).toBe(0);
    expect(falseOfficials(holdout7)).toEqual([]);
    const rates = goalRatesOf(holdout7);
    expect(rates.officialCalledSuspicious).toBe(0);
    expect(rates.officialsRecognised).toBeGreaterThanOrEqual(0.89);
    expect(metrics7.finding.recall).toBeGreaterThanOrEqual(0.86);
    expect(rates.presentedCalledSuspicious).toBeGreaterThanOrEqual(0.37);
  });

  it('judges numbers with precision and recall ≥ 0.85', () => {
    expect(metrics.verdicts.precision).toBeGreaterThanOrEqual(0.85);
    expect(metrics.verdicts.recall).toBeGreaterThanOrEqual(0.85);
  });
});
