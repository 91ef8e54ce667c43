// Refined-GitHub-style conventions: every site rule file is registered, named after its id,
// and covered by fixtures that each have an expected result.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../tests/support/fixtures';
import { SITE_RULES } from './index';

const SITES_DIR = new URL('./', import.meta.url);
const NOT_RULES = new Set(['index.ts', 'detect.ts', 'types.ts', 'self-operated.ts']);

/** tests/fixtures/<id>/urls.json: the URL each saved page is served at. */
function fixtureUrls(id: string): Record<string, string> {
  const file = `${FIXTURES_DIR}${id}/urls.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}
const ruleFiles = readdirSync(SITES_DIR).filter(
  (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !NOT_RULES.has(name),
);

describe('site rule conventions', () => {
  it('registers every rule file once', () => {
    expect(SITE_RULES.map((rule) => `${rule.id}.ts`).sort()).toEqual(ruleFiles.sort());
    expect(new Set(SITE_RULES.map((rule) => rule.id)).size).toBe(SITE_RULES.length);
  });

  it.each(ruleFiles)('%s exports a rule named after its id', async (file) => {
    const id = file.replace(/\.ts$/, '');
    // Only our own rule files, listed from this folder.
    const module = (await import(/* @vite-ignore */ new URL(`./${id}.ts`, SITES_DIR).href)) as Record<
      string,
      { id?: string }
    >;
    expect(module[id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())]?.id).toBe(id);
  });

  it.each(SITE_RULES.map((rule) => rule.id))('%s has fixtures, each with an expected result', (id) => {
    const dir = `${FIXTURES_DIR}${id}/`;
    const pages = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.html')) : [];
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(existsSync(dir + page.replace(/\.html$/, '.expected.json'))).toBe(true);
  });

  it.each(SITE_RULES.map((rule) => rule.id))(
    '%s names the URL of every fixture, on a page of its own rule',
    (id) => {
      const dir = `${FIXTURES_DIR}${id}/`;
      const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
      const urls = fixtureUrls(id);
      expect(Object.keys(urls).sort()).toEqual(pages.sort());
      const rule = SITE_RULES.find((r) => r.id === id)!;
      for (const url of Object.values(urls))
        expect(rule.pages.some((page) => page.test(new URL(url)))).toBe(true);
    },
  );

  it('gives every page rule match patterns and at least one strategy', () => {
    for (const page of SITE_RULES.flatMap((rule) => rule.pages)) {
      expect(page.matches.length).toBeGreaterThan(0);
      expect(page.strategies.length).toBeGreaterThan(0);
    }
  });
});
