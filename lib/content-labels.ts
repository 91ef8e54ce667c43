// The words content scripts show on pages, read from the extension's own locale files when it is
// built, so the locale files stay the one source. Why not i18n.getMessage: its first call in a
// page is a synchronous round trip to the browser for the message bundle (about 2 ms on the
// results page, RendererHost::GetMessageBundle in a Chrome trace), paid on every page the number
// script runs in, marks or not. Each message is read by name, so the bundler keeps only those
// (JSON named exports); a locale passed around whole would bundle all of it.
import * as en from '../public/_locales/en/messages.json';
import * as zh from '../public/_locales/zh_CN/messages.json';
import type { MarkOptions } from './number-marks';

export type ContentLang = 'zh' | 'en';

/** The page's language for our words: the browser's UI language, Chinese or else English. */
export const contentLang = (uiLanguage: string): ContentLang =>
  uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';

type Message = { message: string };

/**
 * Verdict names (official, unconfirmed, unlisted, suspicious), then dismiss, wrong, instead, and
 * the words on the chips of the two warning verdicts (unlisted, suspicious).
 */
const markLabels = ([
  official,
  unconfirmed,
  unlisted,
  suspicious,
  dismiss,
  wrong,
  instead,
  chipUnlisted,
  chipSuspicious,
]: Message[]) => ({
  verdicts: {
    official: official!.message,
    unconfirmed: unconfirmed!.message,
    unlisted: unlisted!.message,
    suspicious: suspicious!.message,
  },
  dismiss: dismiss!.message,
  wrong: wrong!.message,
  instead: instead!.message,
  chips: { unlisted: chipUnlisted!.message, suspicious: chipSuspicious!.message },
});

/** What number marks say: verdict names and the tooltip's words. */
export const MARK_LABELS: Record<ContentLang, MarkOptions['labels']> = {
  zh: /* @__PURE__ */ markLabels([
    zh.verdict_official,
    zh.verdict_unconfirmed,
    zh.verdict_unlisted,
    zh.verdict_suspicious,
    zh.markDismiss,
    zh.markWrong,
    zh.officialInstead,
    zh.markChipUnlisted,
    zh.markChipSuspicious,
  ]),
  en: /* @__PURE__ */ markLabels([
    en.verdict_official,
    en.verdict_unconfirmed,
    en.verdict_unlisted,
    en.verdict_suspicious,
    en.markDismiss,
    en.markWrong,
    en.officialInstead,
    en.markChipUnlisted,
    en.markChipSuspicious,
  ]),
};
