// Seller chats only: reads the conversation for scam red flags and shows the warning banner. Apart
// from the number script, which runs on every search page too, so that one stays small.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentLang } from '../lib/content-labels';
import { RED_FLAG_LABELS } from '../lib/red-flag-labels';
import { showRedFlags, watchRedFlags } from '../lib/red-flag-banner';
import { CHAT_MATCHES } from '../rules/number-pages';
import { findRedFlags } from '../rules/phone/red-flags';

export default defineContentScript({
  matches: [...CHAT_MATCHES],
  // Chats load in frames of the shop's pages.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const lang = contentLang(browser.i18n.getUILanguage());
    watchRedFlags(ctx, findRedFlags, (report) => showRedFlags(report, lang, RED_FLAG_LABELS[lang]));
  },
});
