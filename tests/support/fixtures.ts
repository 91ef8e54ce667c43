// Loads saved pages for rule tests the way the detect CLI does: linkedom, no browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixtureText(relative: string): string {
  return readFileSync(FIXTURES_DIR + relative, 'utf8');
}

export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixtureDocument(relative: string): Document {
  return htmlDocument(fixtureText(relative));
}

export function fixtureJson<T = unknown>(relative: string): T {
  return JSON.parse(fixtureText(relative)) as T;
}
