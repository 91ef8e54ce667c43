import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentMessage, Reply } from '../lib/messages';
import { contentLang, MARK_LABELS } from '../lib/content-labels';
import type { ScannedNumber } from '../lib/number-marks';
import { viewportGate } from '../lib/near-viewport';
import { watchNumbers } from '../lib/number-watch';
import { sliceLog } from '../lib/slice-log';
import { sendToBackground } from '../lib/order-watch';
import { NUMBER_PAGE_MATCHES } from '../rules/number-pages';
import type { JudgedForMark } from '../rules/phone';

/** The background finds and judges: its code stays warm there, and off the page's main thread. */
async function judgeInBackground(
  texts: string[],
  spans: Array<[number, number]>,
): Promise<ScannedNumber[][]> {
  const request: ContentMessage = { type: 'numbers/judge', texts, spans };
  // No reply at all when the background is not listening (yet, or any more).
  const reply = await browser.runtime.sendMessage<ContentMessage, Reply<JudgedForMark[][]> | undefined>(
    request,
  );
  if (!reply?.ok) throw new Error(`numbers not judged: ${reply?.error ?? 'no reply'}`);
  return reply.value;
}

export default defineContentScript({
  matches: [...NUMBER_PAGE_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const lang = contentLang(browser.i18n.getUILanguage());
    watchNumbers(
      ctx,
      {
        lang,
        judge: judgeInBackground,
        gate: viewportGate,
        labels: MARK_LABELS[lang],
        onFeedback: (n) =>
          void sendToBackground({
            type: 'number/feedback',
            url: location.href,
            digits: n.digits,
            verdict: n.verdict,
          }),
      },
      undefined,
      // The e2e build only: the hostile-page tests read how the work was sliced.
      import.meta.env.MODE === 'e2e' ? sliceLog() : undefined,
    );
  },
});
