// Fails when a built content script is over its budget: 20 kB gzipped (issue #5), so a page pays
// little to load it. Runs after `wxt build` in `npm test`; sizes are deterministic, not timings.
import { bundleSizes } from './lib/bundle-sizes';

const BUDGET_KB = 20;
const dir = process.argv[2] ?? `${process.env.WEIQUAN_OUT_DIR ?? '.output'}/chrome-mv3`;
const scripts = bundleSizes(dir).filter((r) => r.name.includes('content-scripts/'));
if (scripts.length === 0) {
  console.error(`no content scripts in ${dir}: build first`);
  process.exit(1);
}
let over = false;
for (const r of scripts) {
  const ok = r.median <= BUDGET_KB;
  over ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${r.name.replace('bundle size (gzip): ', '')} ${r.median} kB (budget ${BUDGET_KB} kB)`,
  );
}
process.exit(over ? 1 : 0);
