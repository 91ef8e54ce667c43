// `npm test`: every check the project has, in the order a failure is cheapest to read, ending
// with one plain line "N passed, N failed" that CI reads (vitest's own summary is not read).
import { mkdirSync, readFileSync } from 'node:fs';
import { run } from './lib/run';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
}

const results = 'test-results';
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];

/** A check that is not a test file still counts: one pass or one failure. */
async function step(name: string, command: string, args: string[], env?: NodeJS.ProcessEnv) {
  console.log(`\n=== ${name}`);
  const code = await run(command, args, env);
  if (code === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return code === 0;
}

async function vitest(name: string, config: string, output: string) {
  console.log(`\n=== ${name}`);
  const code = await run('npx', [
    'vitest',
    'run',
    '-c',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${output}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numFailedTests > 0 || code !== 0) failures.push(name);
    if (code !== 0 && report.numFailedTests === 0) failed++;
    if (report.numTotalTests === 0) {
      failed++;
      failures.push(`${name}: ran no test`);
    }
  } catch {
    failed++;
    failures.push(`${name}: no report`);
  }
}

await step('type-check', 'npx', ['tsc', '--noEmit']);
await step('lint', 'npx', ['eslint', '.']);
await step('format', 'npx', ['prettier', '--check', '.']);
await vitest('unit and component tests', 'vitest.config.ts', `${results}/unit.json`);
if (await step('build (chrome)', 'npm', ['run', '-s', 'build'])) {
  await step('content scripts within 20 kB gzip, popup first paint within 50 kB', 'npx', [
    'tsx',
    'scripts/check-sizes.ts',
  ]);
}
await step('build (firefox) + web-ext lint', 'npm', ['run', '-s', 'build:firefox']);
await step('store packages and their checks', 'npm', ['run', '-s', 'zip']);
if (await step('build (e2e)', 'npm', ['run', '-s', 'build:e2e'])) {
  await vitest('e2e in Chromium', 'vitest.e2e.config.ts', `${results}/e2e.json`);
} else {
  failed++;
  failures.push('e2e skipped: no e2e build');
}
if (await step('build (firefox e2e)', 'npm', ['run', '-s', 'build:firefox-e2e'])) {
  await vitest('e2e in Firefox ESR', 'vitest.firefox.config.ts', `${results}/firefox.json`);
} else {
  failed++;
  failures.push('Firefox e2e skipped: no Firefox e2e build');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
