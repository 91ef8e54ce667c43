// Components get their words through this context, never from browser.i18n directly, so they
// render the same in the popup, the casebook and component tests.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { I18n } from '../lib/i18n';
import type { Text } from '../rules/channels/types';

export const I18nContext = createContext<I18n>({ lang: 'zh', t: (key) => key });

export function useI18n(): I18n & { pick: (text: Text) => string } {
  const i18n = useContext(I18nContext);
  return { ...i18n, pick: (text) => text[i18n.lang] };
}
