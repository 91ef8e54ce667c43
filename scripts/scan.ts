// npm run -s scan -- FILE... : finds and judges the phone numbers in saved pages (txt or html).
// One JSON line per file (the scan contract in ARCHITECTURE.md); exit 2 on no files or a file
// that cannot be read, before anything is printed.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { claimLabel } from '../rules/phone/claims';
import { scanText } from '../rules/phone/judge';
import { scanDocument } from '../rules/phone/page';
import type { JudgedNumber } from '../rules/phone/types';
import { decodePage } from './lib/decode-page';

const USAGE = 'usage: npm run -s scan -- FILE... (saved .txt or .html pages)';

function fail(message: string): never {
  console.error(`scan: ${message}\n${USAGE}`);
  process.exit(2);
}

/** HTML by name, or by content when a saved page has no telling extension. */
function isHtml(file: string, text: string): boolean {
  if (/\.x?html?$/i.test(file)) return true;
  if (/\.txt$/i.test(file)) return false;
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

function numbersOf(file: string, text: string): JudgedNumber[] {
  if (!isHtml(file, text)) return scanText(text);
  const { document } = parseHTML(text);
  const page = scanDocument(document);
  return [...page.inText, ...page.inLinks];
}

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) fail('no FILE given');
const pages = files.map((file) => {
  try {
    return { file, text: decodePage(readFileSync(file)) };
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
});

for (const { file, text } of pages) {
  const numbers = numbersOf(file, text).map((n) => ({
    text: n.text,
    digits: n.digits,
    verdict: n.verdict,
    entity: n.entity?.zh ?? null,
    claimedBy: n.claimedName ?? (n.claimedBy ? claimLabel(n.claimedBy).zh : null),
    reasons: n.reasons.map((r) => r.zh),
  }));
  console.log(JSON.stringify({ file, numbers }));
}
