// npm run -s detect -- FILE --url URL : detects orders in a saved page, no browser needed.
// Prints one JSON object (the Detection contract in ARCHITECTURE.md); exit 2 on bad arguments.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { detectPage } from '../rules/sites/detect';
import { decodePage } from './lib/decode-page';

function fail(message: string): never {
  console.error(`detect: ${message}\nusage: npm run -s detect -- FILE --url URL`);
  process.exit(2);
}

let file: string | undefined;
let url: string | undefined;
try {
  const { values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
  [file] = positionals;
  url = values.url;
} catch (error) {
  fail((error as Error).message);
}
if (!file || !url) fail('a FILE and --url are required');

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}
const { document } = parseHTML(decodePage(bytes));
console.log(JSON.stringify(detectPage(url, document)));
