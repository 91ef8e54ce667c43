// The phone judge's accuracy over the labelled page sets in tests/fixtures/phone: matching what
// the judge found against the hand labels, and the #28 goal figures per set. Shared by
// rules/phone/accuracy.test.ts (which asserts on them) and scripts/phone-sets.ts (which prints them
// for this tree and, beside it, for another checkout), so both count the same way.
// Pages go through the same path as the scan CLI: visible text and tel: links for HTML, the text
// itself otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { PageNumbers } from '../../rules/phone/page';
import type { JudgedNumber, VerdictClass } from '../../rules/phone/types';
import { decodePage } from './decode-page';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../');
export const PHONE_DIR = `${ROOT}tests/fixtures/phone/`;

/** The judge under measure: this tree's, or another checkout's bundled by scripts/phone-sets.ts. */
export interface PhoneJudge {
  scanText(text: string): JudgedNumber[];
  scanDocument(doc: Document): PageNumbers;
}

export interface Label {
  digits: string;
  verdict: VerdictClass;
}

export interface Outcome {
  file: string;
  expected: Label[];
  got: JudgedNumber[];
  /** Pairs matched by digits, in order of appearance. */
  pairs: Array<[Label, JudgedNumber]>;
}

function numbersOf(judge: PhoneJudge, path: string): JudgedNumber[] {
  const text = decodePage(readFileSync(path)); // as the CLI reads pages: UTF-8 or GBK
  if (!path.endsWith('.html')) return judge.scanText(text);
  const page = judge.scanDocument(parseHTML(text).document);
  return [...page.inText, ...page.inLinks];
}

function evaluate(judge: PhoneJudge, file: string, path: string, expected: Label[]): Outcome {
  const got = numbersOf(judge, path);
  const unused = [...got];
  const pairs: Array<[Label, JudgedNumber]> = [];
  for (const label of expected) {
    const i = unused.findIndex((n) => n.digits === label.digits);
    if (i >= 0) pairs.push([label, unused.splice(i, 1)[0]!]);
  }
  return { file, expected, got, pairs };
}

/**
 * A labelled set: the corpus (`*.txt|html` beside `*.labels.json`, written alongside the phone
 * code) or a page-set file (`{ about, pages: [{ file, labels }] }`, files relative to the root).
 */
export interface PhoneSet {
  name: string;
  /** The page-set file in tests/fixtures/phone; none for the corpus. */
  file?: string;
}

/**
 * Every labelled set, oldest first. A set joins the list once the code has run on it: a held-out
 * set being labelled stays out of it (and out of this tree) until its first run.
 */
export const PHONE_SETS: PhoneSet[] = [
  { name: 'corpus' },
  { name: 'outOfSample', file: 'out-of-sample.json' },
  { name: 'web', file: 'web-2026-12.json' },
  { name: 'holdout', file: 'web-holdout.json' },
  { name: 'holdout2', file: 'web-holdout-2.json' },
  { name: 'holdout3', file: 'web-holdout-3.json' },
  { name: 'holdout4', file: 'web-holdout-4.json' },
  { name: 'holdout5', file: 'web-holdout-5.json' },
  { name: 'holdout6', file: 'web-holdout-6.json' },
  { name: 'holdout7', file: 'web-holdout-7.json' },
  { name: 'holdout8', file: 'web-holdout-8.json' },
  { name: 'holdout9', file: 'web-holdout-9.json' },
  { name: 'holdout10', file: 'web-holdout-10.json' },
];

function corpusPages(): Array<{ file: string; path: string; labels: Label[] }> {
  return readdirSync(PHONE_DIR)
    .filter((f) => /\.(txt|html)$/.test(f))
    .map((file) => ({
      file,
      path: PHONE_DIR + file,
      labels: JSON.parse(
        readFileSync(PHONE_DIR + file.replace(/\.(txt|html)$/, '.labels.json'), 'utf8'),
      ) as Label[],
    }));
}

function setPages(file: string): Array<{ file: string; path: string; labels: Label[] }> {
  const set = JSON.parse(readFileSync(PHONE_DIR + file, 'utf8')) as {
    pages: Array<{ file: string; labels: Label[] }>;
  };
  return set.pages.map((p) => ({ file: p.file, path: ROOT + p.file, labels: p.labels }));
}

/** Each page of the set, judged and matched against its labels. */
export function outcomesOf(judge: PhoneJudge, set: PhoneSet): Outcome[] {
  const pages = set.file ? setPages(set.file) : corpusPages();
  return pages.map((p) => evaluate(judge, p.file, p.path, p.labels));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
// No number on a page and none found: precision is perfect, not undefined.
const ratio = (a: number, b: number) => (b === 0 ? 1 : round(a / b));

/** Precision and recall of finding (digits match) and of verdicts (digits and verdict match). */
export function metricsOf(outcomes: Outcome[]) {
  const sum = (f: (o: Outcome) => number) => outcomes.reduce((n, o) => n + f(o), 0);
  const expected = sum((o) => o.expected.length);
  const found = sum((o) => o.got.length);
  const matched = sum((o) => o.pairs.length);
  const verdictRight = sum((o) => o.pairs.filter(([l, n]) => l.verdict === n.verdict).length);
  return {
    files: outcomes.length,
    expected,
    found,
    matched,
    /** Reported numbers no label matches: non-phones, or numbers read wrongly. */
    nonPhones: found - matched,
    finding: { precision: ratio(matched, found), recall: ratio(matched, expected) },
    verdicts: { precision: ratio(verdictRight, found), recall: ratio(verdictRight, expected) },
  };
}

export function missesOf(outcomes: Outcome[]): string[] {
  return outcomes.flatMap((o) => [
    ...o.expected.filter((l) => !o.pairs.some(([p]) => p === l)).map((l) => `${o.file}: missed ${l.digits}`),
    ...o.got.filter((n) => !o.pairs.some(([, p]) => p === n)).map((n) => `${o.file}: extra ${n.digits}`),
    ...o.pairs
      .filter(([l, n]) => l.verdict !== n.verdict)
      .map(([l, n]) => `${o.file}: ${l.digits} ${n.verdict}, labelled ${l.verdict}`),
  ]);
}

/** Numbers judged official that no official label matches: the error never allowed. */
export function falseOfficials(outcomes: Outcome[]): string[] {
  return outcomes.flatMap((o) =>
    o.got
      .filter((n) => n.verdict === 'official')
      .filter((n) => !o.pairs.some(([l, p]) => p === n && l.verdict === 'official'))
      .map((n) => `${o.file}: ${n.digits}`),
  );
}

/** Numbers labelled official that the judge called suspicious, as `page: digits`. */
export function officialsCalledSuspicious(outcomes: Outcome[]): string[] {
  return outcomes.flatMap((o) =>
    o.pairs
      .filter(([l, n]) => l.verdict === 'official' && n.verdict === 'suspicious')
      .map(([, n]) => `${o.file}: ${n.digits}`),
  );
}

/**
 * Numbers labelled suspicious counted once per page rather than per mention: one number repeated
 * down a page (set 8's repair lead is half its suspicious labels) weighs as one. A (page, number)
 * counts as called suspicious only when every labelled mention of it was found and called so.
 */
function distinctSuspicious(outcomes: Outcome[]): { called: number; labelled: number } {
  let called = 0;
  let labelled = 0;
  for (const o of outcomes) {
    const numbers = new Set(o.expected.filter((l) => l.verdict === 'suspicious').map((l) => l.digits));
    for (const digits of numbers) {
      labelled++;
      const mentions = o.expected.filter((l) => l.digits === digits && l.verdict === 'suspicious');
      const calls = o.pairs.filter(([l, n]) => mentions.includes(l) && n.verdict === 'suspicious');
      if (calls.length === mentions.length) called++;
    }
  }
  return { called, labelled };
}

/**
 * The #28 goals, per labelled number: officials recognised, numbers presented as a line they are
 * not (labelled suspicious) called suspicious — per mention and per distinct (page, number) —
 * and the two errors never allowed.
 */
export function goalsOf(set: Outcome[]) {
  const pairs = set.flatMap((o) => o.pairs);
  const count = (label: VerdictClass, got?: VerdictClass) =>
    pairs.filter(([l, n]) => l.verdict === label && (got === undefined || n.verdict === got)).length;
  const labelled = (label: VerdictClass) =>
    set.reduce((n, o) => n + o.expected.filter((l) => l.verdict === label).length, 0);
  const distinct = distinctSuspicious(set);
  return {
    officialsRecognised: `${count('official', 'official')}/${labelled('official')}`,
    presentedCalledSuspicious: `${count('suspicious', 'suspicious')}/${labelled('suspicious')}`,
    presentedCalledSuspiciousDistinct: `${distinct.called}/${distinct.labelled}`,
    officialCalledSuspicious: officialsCalledSuspicious(set).length,
    falseOfficials: falseOfficials(set).length,
  };
}

/** A "a/b" figure as a share; 1 when nothing was labelled. */
export function share(fraction: string): number {
  const [a, b] = fraction.split('/').map(Number) as [number, number];
  return b === 0 ? 1 : a / b;
}

/** The six #28 goal figures of one set, as printed side by side by scripts/phone-sets.ts. */
export function goalFiguresOf(set: Outcome[]) {
  const metrics = metricsOf(set);
  const goals = goalsOf(set);
  return {
    pages: metrics.files,
    found: `${metrics.matched}/${metrics.expected}`,
    nonPhones: metrics.nonPhones,
    falseOfficials: goals.falseOfficials,
    officials: goals.officialsRecognised,
    presented: goals.presentedCalledSuspicious,
    presentedDistinct: goals.presentedCalledSuspiciousDistinct,
    officialSuspicious: goals.officialCalledSuspicious,
  };
}
