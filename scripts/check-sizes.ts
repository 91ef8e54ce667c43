// Fails when a built bundle is over its budget, gzipped: each content script 20 kB (issue #5), so
// a page pays little to load it; the popup's scripts before its first paint 50 kB (issue #29), so
// it opens about as fast as an empty page (the rest loads after, as lazy chunks). Runs after
// `wxt build` in `npm test`; sizes are deterministic, not timings. The popup also links no
// stylesheet: its styles are in its HTML, so its first paint waits for no request.
import { readFileSync } from 'node:fs';
import { bundleSizes } from './lib/bundle-sizes';

const BUDGETS_KB: { label: string; matches: (name: string) => boolean; kb: number }[] = [
  { label: 'content script', matches: (name) => name.includes('content-scripts/'), kb: 20 },
  {
    label: 'popup first paint',
    matches: (name) => name.includes('popup.html (scripts before its first paint)'),
    kb: 50,
  },
];

const dir = process.argv[2] ?? `${process.env.WEIQUAN_OUT_DIR ?? '.output'}/chrome-mv3`;
const sizes = bundleSizes(dir);
let over = false;
for (const budget of BUDGETS_KB) {
  const checked = sizes.filter((r) => budget.matches(r.name));
  if (checked.length === 0) {
    console.error(`no ${budget.label} bundle in ${dir}: build first`);
    process.exit(1);
  }
  for (const r of checked) {
    const ok = r.median <= budget.kb;
    over ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${r.name.replace('bundle size (gzip): ', '')} ${r.median} kB (budget ${budget.kb} kB)`,
    );
  }
}
const popupLinks = /<link rel="stylesheet"/.test(readFileSync(`${dir}/popup.html`, 'utf8'));
console.log(`${popupLinks ? 'OVER' : 'ok  '} popup.html styles in its HTML, no stylesheet request`);
process.exit(over || popupLinks ? 1 : 0);
