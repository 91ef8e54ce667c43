// Precision and recall over the hand-labelled corpus in tests/fixtures/phone (README there says
// where each page comes from), and over every labelled page set (out-of-sample.json, the web sets
// and the held-out sets). The sets and the counting live in scripts/lib/phone-accuracy.ts, shared
// with `npm run -s phone-sets`, which prints the same figures beside another checkout's.
import { describe, expect, it } from 'vitest';
import {
  falseOfficials,
  officialsCalledSuspicious,
  goalsOf,
  metricsOf,
  missesOf,
  outcomesOf,
  PHONE_SETS,
  share,
  type Outcome,
} from '../../scripts/lib/phone-accuracy';
import { scanText } from './judge';
import { scanDocument } from './page';

const sets = new Map(PHONE_SETS.map((set) => [set.name, outcomesOf({ scanText, scanDocument }, set)]));
const setOf = (name: string): Outcome[] => sets.get(name)!;

/**
 * What each set is held to beyond the rules every set keeps (no false 官方, no official called
 * suspicious). `nonPhonesPer40`: non-phones per 40 pages at most; `floors`: the #28 goals a set
 * meets are asserted, and where it falls short, the level the code reached (found = finding
 * recall, officials recognised, presented called suspicious, per mention).
 */
interface Gate {
  nonPhonesPer40?: number;
  floors?: { found?: number; officials?: number; presented?: number };
}

const GATES: Record<string, Gate> = {
  // Real pages (#17 goals): at least 95 % of numbers found, at most 2 non-phones per 40 pages. The
  // recall gate is on the set tuned on; the held-out sets are measured (printed), not gated on
  // recall: a gate on them would make them tuning sets.
  web: { nonPhonesPer40: 2, floors: { found: 0.95 } },
  holdout: { nonPhonesPer40: 2 },
  holdout2: { nonPhonesPer40: 2 },
  holdout3: { nonPhonesPer40: 2 },
  // The fourth held-out set (#28) at its first run, out of sample (code fcc1513, labels efb7542
  // and one label left out, 04db9a8): found 72/128 (0.563), 1 non-phone (a misread number) in 40
  // pages, 0 false 官方, officials recognised 53/85 (0.624), presented as a line they are not
  // called suspicious 0/10, 0 officials called suspicious. The code was then changed for what it
  // showed, so the set is in-sample since: found 97/128 (0.758; Taiwan's numbers and 165 are not
  // read), 0 non-phones, 0 false 官方, officials 78/85 (0.918), suspicious 7/10, 0 officials called
  // suspicious. Since numbers5 Taiwan landlines with a two-digit code are read: found 105/128 (0.820).
  // Since numbers7 Taiwan's 165 is found where the page calls it a line: found 110/128 (0.859).
  holdout4: { nonPhonesPer40: 2, floors: { found: 0.85, officials: 0.9, presented: 0.7 } },
  // The fifth held-out set (#28) at its first run, out of sample (code 3b50929, labels 1ccb9ad):
  // found 111/126 (0.881), 1 non-phone (1860/1861 read as 18601861) in 40 pages, 3 false 官方 (建行's
  // 95533 behind 石家庄's area code, labelled unconfirmed), officials recognised 85/105 (0.810),
  // presented as a line they are not called suspicious 1/6, 2 officials called suspicious (微信's
  // 400-670-0700 shown by an impostor). The code was then changed for what it showed (branch
  // numbers3), so the set is IN-SAMPLE since, labels unchanged: found 119/126 (0.944), 0
  // non-phones, 0 false 官方, officials 92/105 (0.876), suspicious 6/6, 0 officials called suspicious.
  holdout5: { nonPhonesPer40: 0, floors: { found: 0.94, officials: 0.87, presented: 0.8 } },
  // The sixth held-out set (#28) at its first run, out of sample (code e4f95e0, labels 63d7af1):
  // found 50/53 (0.943), 1 non-phone (4001616, the head of the masked 400-1616-×××) in 38 pages,
  // 0 false 官方, officials recognised 27/31 (0.871), presented as a line they are not called
  // suspicious 3/7, 1 official called suspicious (海尔's 400-699-9999). The code was then changed
  // for what it showed (branch numbers4), so the set is IN-SAMPLE since, labels unchanged: found
  // 50/53 (0.943; 西城's 83995110 ×3 not read), 0 non-phones, 0 false 官方, officials 29/31 (0.935;
  // 114 and 南航's 95539 are not registered: earlier sets label them unlisted), suspicious 7/7,
  // 0 officials called suspicious.
  // Since numbers6 an 8-digit local number the page calls a 电话/号码 is read: found 52/53 (0.981).
  holdout6: { nonPhonesPer40: 0, floors: { found: 0.98, officials: 0.93, presented: 0.85 } },
  // The seventh held-out set (#28) at its first run, out of sample (code 9143ce5, labels f28ccef):
  // found 85/103 (0.825), 2 non-phones (202601221 from a date, 10000 from 10000積分) in 46 pages,
  // 1 false 官方 (that 10000), officials recognised 42/59 (0.712), presented as a line they are not
  // called suspicious 2/27 (0.074), 1 official called suspicious (建行's 95533 given to 「银行」).
  // The code was then changed for what it showed (branch numbers5), so the set is IN-SAMPLE since,
  // labels unchanged: found 89/103 (0.864; Taiwan's 165 and 412-8888, 0086 and 400998 are not
  // read), 0 non-phones, 0 false 官方, officials 53/59 (0.898; four couriers' lines and 11185 have
  // one page each: unconfirmed), suspicious 10/27 (0.370), 0 officials called suspicious.
  // Since numbers6 (a page's title as its topic, numbers6 rule A, motivated by set 8): presented
  // called suspicious 13/27 (0.481), out of sample for that rule.
  // Since numbers7 (a page's claim about a number holds on its bare mentions, rule D, motivated by
  // set 9's 12305): presented 16/27 (0.593), out of sample for that rule. And Taiwan's 165 where
  // the page calls it a line (rule E): found 92/103 (0.893).
  holdout7: { nonPhonesPer40: 0, floors: { found: 0.89, officials: 0.89, presented: 0.59 } },
  // The eighth held-out set (#28) at its first run, out of sample (code 694382e, labels 9258d16):
  // found 99/119 (0.832), 3 non-phones (masked callers' tails and a web address) in 48 pages, 3
  // false 官方 (those three), officials recognised 63/92 (0.685), presented called suspicious 1/24,
  // 2 officials called suspicious. The masked-tail fix (343b1ef) made non-phones and false 官方 0.
  // Branch numbers6 then changed code for what it showed (title as topic, 8-digit local numbers,
  // the check-with guard, 中行's card lines), so it is IN-SAMPLE since, labels unchanged: found
  // 102/119 (0.857), 0 non-phones, 0 false 官方, officials 63/92 (0.685; 10085, 10088, 12122,
  // 95022, 96533, 12306, 95105105, 4006900000 and 114 have no primary source here), presented
  // called suspicious 3/24 (0.125; 4006189123 given to 西门子/方太, brands without registered
  // lines, on pages with no scam words), 0 officials called suspicious.
  holdout8: { nonPhonesPer40: 0, floors: { found: 0.85, officials: 0.68, presented: 0.12 } },
  // The ninth held-out set (#28) at its first run, out of sample (code 0cc2a47): found 92/97, 0
  // non-phones, 3 false 官方 (12305 given as 市场监管总局's), officials 46/49, presented called
  // suspicious 17/38, 1 official called suspicious (美团点评's 10105557). Branch numbers7 changed code
  // for what it showed (a public number given to another body; 10105557 registered, medium), so
  // it is IN-SAMPLE since, labels unchanged: found 92/97 (0.948; 993, 18222, 165, 1069095311), 0
  // non-phones, 0 false 官方, officials 46/49 (0.939), presented 20/38 (0.526), 0 officials
  // called suspicious. With 165, 993 and 18222 found where the page names them as lines (rule E):
  // found 96/97 (0.990; 1069095311, an SMS port, is not read).
  holdout9: { nonPhonesPer40: 0, floors: { found: 0.98, officials: 0.93, presented: 0.52 } },
};

/**
 * The never-allowed errors a set's first run showed that no round has fixed yet, listed exactly:
 * the test fails when one goes (take it out of here) or another comes. Set 10's first run, out of
 * sample, at d7e0f13: 95588 given as the credit-reference centre's line is called 官方 (it is
 * 工商银行's), and 国航's 95583, 深航's 95080 and Apple's 400-666-8800 are called suspicious.
 */
const KNOWN_ERRORS: Record<string, { falseOfficials: string[]; officialsCalledSuspicious: string[] }> = {
  holdout10: {
    falseOfficials: [
      'tests/fixtures/phone/out-of-sample/web-holdout-10/24-hkyyi-credit-centre-95588.txt: 95588',
    ],
    officialsCalledSuspicious: [
      'tests/fixtures/phone/out-of-sample/web-holdout-10/12-yybnet-wuhu-airchina-95583-0085.txt: 95583',
      'tests/fixtures/phone/out-of-sample/web-holdout-10/13-chinanews-2013-shenzhen-air-95080.txt: 95080',
      'tests/fixtures/phone/out-of-sample/web-holdout-10/42-nctoro-apple-400-666-8800.txt: 4006668800',
    ],
  },
};

describe('phone corpus accuracy', () => {
  const corpus = setOf('corpus');
  const metrics = metricsOf(corpus);

  it('has a labels file for every page and covers every verdict class', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    const classes = new Set(corpus.flatMap((o) => o.expected.map((l) => l.verdict)));
    expect([...classes].sort()).toEqual(['official', 'suspicious', 'unconfirmed', 'unlisted']);
  });

  it('prints its figures, in-sample and out-of-sample', () => {
    console.log(JSON.stringify({ inSample: { ...metrics, misses: missesOf(corpus) } }));
    for (const [name, set] of sets)
      if (name !== 'corpus')
        console.log(
          JSON.stringify({ [name]: { ...metricsOf(set), goals: goalsOf(set), misses: missesOf(set) } }),
        );
  });

  it.each(PHONE_SETS.map((s) => s.name))(
    'never judges a number official that is not labelled official: %s',
    (name) => {
      expect(falseOfficials(setOf(name))).toEqual(KNOWN_ERRORS[name]?.falseOfficials ?? []);
    },
  );

  it.each(PHONE_SETS.map((s) => s.name))('never calls an official number suspicious: %s', (name) => {
    expect(officialsCalledSuspicious(setOf(name))).toEqual(
      KNOWN_ERRORS[name]?.officialsCalledSuspicious ?? [],
    );
  });

  // Finding is mechanical and the corpus was written to exercise every format: 0.95 leaves room
  // for one or two misses as the corpus grows, not for a broken format. Verdicts depend on
  // reading claims across sentences (a caller's number in a call log, a 专线 in a chat that
  // named 支付宝 two lines earlier), which the clause-level reader does not do: 0.85.
  it('finds numbers with precision and recall ≥ 0.95', () => {
    expect(metrics.finding.precision).toBeGreaterThanOrEqual(0.95);
    expect(metrics.finding.recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(Object.entries(GATES))('meets the goals it is held to: %s', (name, gate) => {
    const set = setOf(name);
    const figures = metricsOf(set);
    if (gate.nonPhonesPer40 !== undefined)
      expect(figures.nonPhones / set.length).toBeLessThanOrEqual(gate.nonPhonesPer40 / 40);
    const goals = goalsOf(set);
    const floors = gate.floors ?? {};
    if (floors.found !== undefined) expect(figures.finding.recall).toBeGreaterThanOrEqual(floors.found);
    if (floors.officials !== undefined)
      expect(share(goals.officialsRecognised)).toBeGreaterThanOrEqual(floors.officials);
    if (floors.presented !== undefined)
      expect(share(goals.presentedCalledSuspicious)).toBeGreaterThanOrEqual(floors.presented);
  });

  it('judges numbers with precision and recall ≥ 0.85', () => {
    expect(metrics.verdicts.precision).toBeGreaterThanOrEqual(0.85);
    expect(metrics.verdicts.recall).toBeGreaterThanOrEqual(0.85);
  });
});
