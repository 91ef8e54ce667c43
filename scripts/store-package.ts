// npm run zip: the packages a store reviewer gets, and the checks they would fail on.
// - Chrome and Firefox zips from `wxt zip` (built from this tree);
// - the sources zip AMO asks for, from `git archive HEAD`: only committed files, so nothing
//   ignored (demo-output/, .output/) or untracked can slip in; README.md holds the build steps;
// - checks: `web-ext lint` of the Firefox build with 0 errors and every warning answered in the
//   README; descriptions within the Chrome Web Store's 132 characters in every locale; the
//   sources zip holds exactly the files git tracks.
// Exits 1 naming each failed check.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { run } from './lib/run';

const OUT = process.env.WEIQUAN_OUT_DIR ?? '.output';
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  version: string;
};
const SOURCES_ZIP = `${OUT}/${name}-${version}-sources.zip`;
/** The Chrome Web Store's limit for the description; AMO allows more. */
const DESCRIPTION_MAX = 132;
/** The heading of the README section that answers web-ext lint's warnings, one line each. */
const LINT_ANSWERS = '### What `web-ext lint` says, answered';

const problems: string[] = [];
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });

async function zipBuilds(): Promise<void> {
  for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
    if ((await run('npx', ['tsx', 'scripts/wxt-quiet.ts', ...args])) !== 0)
      problems.push(`wxt ${args.join(' ')} failed`);
  }
}

function zipSources(): void {
  rmSync(SOURCES_ZIP, { force: true });
  git('archive', '--format=zip', '-o', SOURCES_ZIP, 'HEAD');
  const inZip = Object.keys(unzipSync(readFileSync(SOURCES_ZIP))).filter((path) => !path.endsWith('/'));
  const tracked = new Set(git('ls-tree', '-r', '--name-only', '-z', 'HEAD').split('\0').filter(Boolean));
  const extra = inZip.filter((path) => !tracked.has(path));
  if (extra.length > 0) problems.push(`sources zip holds files git does not track: ${extra.join(', ')}`);
  if (inZip.length !== tracked.size)
    problems.push(`sources zip has ${inZip.length} files, git tracks ${tracked.size}`);
  if (git('status', '--porcelain').trim() !== '') {
    console.log('Note: the sources zip is HEAD; uncommitted changes are not in it.');
  }
  console.log(
    `${SOURCES_ZIP}: ${inZip.length} files, as committed at ${git('rev-parse', '--short', 'HEAD').trim()}`,
  );
}

interface LintReport {
  errors: Array<{ code: string; file?: string; message: string }>;
  warnings: Array<{ code: string; file?: string; message: string }>;
}

function lintAnswers(): string {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf(LINT_ANSWERS);
  if (start < 0) return '';
  const end = readme.indexOf('\n#', start + LINT_ANSWERS.length);
  return readme.slice(start, end < 0 ? undefined : end);
}

function lintFirefox(): void {
  const dir = `${OUT}/firefox-mv2`;
  let report: LintReport;
  try {
    report = JSON.parse(
      execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--self-hosted', '--output', 'json'], {
        encoding: 'utf8',
      }),
    ) as LintReport;
  } catch (error) {
    // web-ext exits non-zero on errors but still prints the report.
    const stdout = (error as { stdout?: string }).stdout ?? '';
    if (!stdout.startsWith('{')) return void problems.push(`web-ext lint did not run: ${String(error)}`);
    report = JSON.parse(stdout) as LintReport;
  }
  for (const e of report.errors)
    problems.push(`web-ext lint error ${e.code} in ${e.file ?? dir}: ${e.message}`);
  const answers = lintAnswers();
  for (const w of report.warnings) {
    const answered = answers.includes(`\`${w.code}\``);
    console.log(
      `web-ext lint warning ${w.code} in ${w.file ?? dir}: ${answered ? 'answered in README' : 'UNANSWERED'}`,
    );
    if (!answered)
      problems.push(
        `web-ext lint warning ${w.code} (${w.message}) has no answer in README's "${LINT_ANSWERS}"`,
      );
  }
  console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings`);
}

function checkDescriptions(): void {
  for (const locale of readdirSync('public/_locales')) {
    const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
      string,
      { message: string }
    >;
    const length = [...(messages.extDescription?.message ?? '')].length;
    console.log(`description (${locale}): ${length} characters`);
    if (length === 0 || length > DESCRIPTION_MAX) {
      problems.push(`description (${locale}) is ${length} characters; stores take 1 to ${DESCRIPTION_MAX}`);
    }
  }
}

checkDescriptions();
await zipBuilds();
zipSources();
lintFirefox();
if (problems.length > 0) {
  console.error(`\nStore packages: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nStore packages ready in ${OUT}/ (Chrome, Firefox, sources).`);
