// Loads saved pages for rule tests the way the detect CLI does: linkedom, no browser.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

// Paths from strings, not URL objects: happy-dom replaces the global URL in component tests.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/');

/**
 * When the rule tests "read" the fixtures: visible countdowns (还剩9天23时自动确认收货) count from
 * here, 2026-05-05 16:00 in Asia/Shanghai, so expected results do not depend on the clock.
 */
export const FIXTURE_NOW = Date.UTC(2026, 4, 5, 8, 0);

export function fixtureText(relative: string): string {
  return readFileSync(FIXTURES_DIR + relative, 'utf8');
}

export function htmlDocument(html: string): Document {
  return parseHTML(html).document;
}

export function fixtureDocument(relative: string): Document {
  return htmlDocument(fixtureText(relative));
}

export function fixtureJson<T = unknown>(relative: string): T {
  return JSON.parse(fixtureText(relative)) as T;
}
