// The extension's real message files, resolved the way browser.i18n does, for component tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { I18n, Lang } from '../../lib/i18n';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function testI18n(lang: Lang = 'zh'): I18n {
  const folder = lang === 'zh' ? 'zh_CN' : 'en';
  const file = join(dirname(fileURLToPath(import.meta.url)), `../../public/_locales/${folder}/messages.json`);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Messages;
  return {
    lang,
    t(key, substitutions = []) {
      const entry = messages[key];
      if (!entry) return key;
      return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
        return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
      });
    },
  };
}
