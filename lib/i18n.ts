import { browser } from 'wxt/browser';

export type Lang = 'zh' | 'en';

export interface I18n {
  lang: Lang;
  /** A UI message by its _locales key, with positional substitutions. */
  t: (key: string, substitutions?: string[]) => string;
}

/** The browser's UI language decides: Chinese for any zh locale, English otherwise. */
export function browserI18n(): I18n {
  const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return {
    lang,
    t: (key, substitutions) => browser.i18n.getMessage(key as never, substitutions) || key,
  };
}
