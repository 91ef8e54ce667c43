// npm run -s phone-sets -- [--tree DIR] [--peer DIR] [--only figures|judge] [--misses SET] [--rounds N] [--runs N]
// The phone judge per labelled set (scripts/lib/phone-accuracy.ts): the six #28 goal figures,
// with presented → suspicious per mention and per distinct (page, number), for a checkout (--tree,
// default this one) and, with --peer, for another side by side; `--misses SET` lists each one's
// wrong calls on one set. Each checkout's rules/phone is bundled with esbuild, so each is judged by
// its own code on this tree's labels. `--only judge` times the two bundles on the phone pages and
// on a 2,000-result page, interleaved in one process, order shuffled each run (lib/measure
// timeAlternating), medians per round, with the load average.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { visibleText } from '../rules/sites/extract/text';
import { decodePage } from './lib/decode-page';
import { round, timeAlternating } from './lib/measure';
import {
  goalFiguresOf,
  missesOf,
  outcomesOf,
  PHONE_SETS,
  PHONE_DIR,
  ROOT,
  type PhoneJudge,
} from './lib/phone-accuracy';
import { resultsPage } from './lib/scan-bench';

const { values } = parseArgs({
  options: {
    peer: { type: 'string' },
    tree: { type: 'string' },
    only: { type: 'string' },
    misses: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    runs: { type: 'string', default: '30' },
  },
});

/** A checkout's rules/phone, bundled on its own and imported: its judge, not this tree's. */
async function judgeOf(tree: string, dir: string, tag: string): Promise<PhoneJudge> {
  const out = await build({
    entryPoints: [join(tree, 'rules/phone/index.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  const file = join(dir, `${tag}.mjs`);
  await writeFile(file, out.outputFiles[0]!.text);
  // eslint-disable-next-line no-unsanitized/method -- a bundle of a local checkout given on the command line
  return (await import(pathToFileURL(file).href)) as PhoneJudge;
}

type Figures = ReturnType<typeof goalFiguresOf>;

function printFigures(judges: Record<string, PhoneJudge>) {
  const rows: Array<Record<string, string | number>> = [];
  for (const set of PHONE_SETS) {
    for (const [tree, judge] of Object.entries(judges)) {
      const figures: Figures = goalFiguresOf(outcomesOf(judge, set));
      rows.push({ set: set.name, tree, ...figures });
    }
  }
  console.table(rows);
}

/** What each tree gets wrong on one set, for reading which pages a rule changed. */
function printMisses(judges: Record<string, PhoneJudge>, name: string) {
  const set = PHONE_SETS.find((s) => s.name === name);
  if (!set) throw new Error(`no set ${name}: ${PHONE_SETS.map((s) => s.name).join(', ')}`);
  for (const [tree, judge] of Object.entries(judges))
    for (const miss of missesOf(outcomesOf(judge, set))) console.log(`${tree}\t${miss}`);
}

/** The visible text of every labelled page (HTML parsed once, outside the timing). */
function phonePages(): string[] {
  const paths = PHONE_SETS.flatMap((set) =>
    set.file
      ? (
          JSON.parse(readFileSync(PHONE_DIR + set.file, 'utf8')) as { pages: Array<{ file: string }> }
        ).pages.map((p) => ROOT + p.file)
      : [],
  );
  return paths.map((path) => {
    const text = decodePage(readFileSync(path));
    return path.endsWith('.html') ? visibleText(parseHTML(text).document.body) : text;
  });
}

function timeJudges(judges: Record<string, PhoneJudge>, rounds: number, runs: number) {
  const page = resultsPage(2000);
  const workloads = {
    phonePages: phonePages(),
    resultsPage2000: [visibleText(parseHTML(page).document.body)],
  };
  const trees = Object.keys(judges);
  for (const [workload, texts] of Object.entries(workloads)) {
    for (let r = 1; r <= rounds; r++) {
      const fns = trees.map((tree) => () => texts.forEach((t) => judges[tree]!.scanText(t)));
      const medians = timeAlternating(fns, runs);
      const row: Record<string, number | string> = { workload, round: r, load1: round(loadavg()[0]!, 2) };
      trees.forEach((tree, i) => (row[`${tree} ms`] = round(medians[i]!, 2)));
      if (trees.length === 2) row.ratio = round(medians[0]! / medians[1]!, 3);
      console.log(JSON.stringify(row));
    }
  }
}

const dir = await mkdtemp(join(tmpdir(), 'phone-sets-'));
try {
  const judges: Record<string, PhoneJudge> = {
    this: await judgeOf(resolve(values.tree ?? '.'), dir, 'this'),
  };
  if (values.peer) judges.peer = await judgeOf(resolve(values.peer), dir, 'peer');
  if (values.misses) printMisses(judges, values.misses);
  else if (values.only !== 'judge') printFigures(judges);
  if (values.only !== 'figures') timeJudges(judges, Number(values.rounds), Number(values.runs));
} finally {
  await rm(dir, { recursive: true, force: true });
}
