// What extension pages (popup, casebook) ask the background to do. The background writes; the
// pages only ask, and show what it answered.
import { browser } from 'wxt/browser';
import type { SetReminder } from '../../components/EscalationList';
import type { SaveOrderCall } from '../../components/PopupView';
import type { I18n } from '../../lib/i18n';
import type { PageMessage, Reply } from '../../lib/messages';

async function ask(message: PageMessage): Promise<Reply<unknown> | undefined> {
  return browser.runtime.sendMessage<PageMessage, Reply<unknown> | undefined>(message);
}

/** Saves call answers into the order's case; resolves to an error message, or null when saved. */
export const saveCall =
  (i18n: I18n): SaveOrderCall =>
  async (platform, order, answers) => {
    const title = [order.shopName ?? order.sellerNick, order.items[0]?.title].filter(Boolean).join(' · ');
    const reply = await ask({
      type: 'call/record',
      platform,
      orderId: order.orderId,
      caseTitle: title.slice(0, 300),
      answers,
    });
    if (reply?.ok) return null;
    return reply?.error === 'storage-full' ? i18n.t('storageFull') : i18n.t('saveFailed');
  };

/** A follow-up reminder, shown as a notification by the background's job queue. */
export const setReminder =
  (i18n: I18n): SetReminder =>
  async (stage, hours) => {
    const reply = await ask({
      type: 'reminder/set',
      dueAt: Date.now() + hours * 3600_000,
      title: i18n.t('reminderTitle'),
      body: stage.action[i18n.lang].slice(0, 500),
    });
    return reply?.ok ? null : i18n.t('saveFailed');
  };

/**
 * Asks for this site's host permission (inside the click, as browsers require) and has the
 * background turn number marks on there.
 */
export const enableSiteNumbers =
  (i18n: I18n, tabId: number, url: URL) => async (): Promise<string | null> => {
    const granted = await browser.permissions.request({ origins: [`*://${url.host}/*`] });
    if (!granted) return i18n.t('siteNotGranted');
    const reply = await ask({ type: 'numbers/enable-site', origin: url.origin, tabId });
    return reply?.ok ? null : i18n.t('saveFailed');
  };
