// The popup's frame is painted from index.html before any script, in Chinese: its words must be
// zh_CN's own, or a Chinese browser would show stale words (main.ts replaces only what differs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../tests/support/i18n';

const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'index.html'), 'utf8');
const frame = parseHTML(html).document;
const worded = [...frame.querySelectorAll<HTMLElement>('[data-i18n]')];

describe('the popup frame in index.html', () => {
  it('has the title, the casebook link, the loading line and the privacy line worded', () => {
    expect(worded.map((element) => element.getAttribute('data-i18n'))).toEqual([
      'popupTitle',
      'openCasebook',
      'loading',
      'privacy',
    ]);
  });

  it.each(worded.map((element) => [element.getAttribute('data-i18n')!, element.textContent] as const))(
    '%s is worded as zh_CN says',
    (key, words) => {
      expect(words).toBe(testI18n('zh').t(key));
    },
  );
});
