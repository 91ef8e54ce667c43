import type { ComponentChildren } from 'preact';
import type { PageNumber } from '../lib/messages';
import type { Detection, Platform } from '../rules/types';
import { CaptureBar, type CaptureControls } from './CaptureBar';
import type { SetReminder } from './EscalationList';
import { GuidePanel } from './GuidePanel';
import { useI18n } from './i18n';
import { NotRecognised } from './NotRecognised';
import { NumbersList } from './NumbersList';

/** What the tab's address says about a page that shows no order. */
export interface PagePlace {
  /** The shop site the address is on; none for any other site. */
  platform?: Platform | undefined;
  /** A seller chat (or the platform's own chat), where the chat capture works. */
  chat: boolean;
}

/**
 * The popup on a page without an order. On a seller chat: save the chat, then whether it pushed a
 * number, then the route of the chat's platform. Elsewhere: the page's numbers, then that shop
 * site's route, or the question where it was bought. 「未识别到订单」 only on an order page the
 * content script failed to read, where it says why and what to try.
 */
export function NoOrderPage(props: {
  place: PagePlace;
  /** The content script's report where it read the page and found no order. */
  failed?: Extract<Detection, { detected: false }> | undefined;
  numbers: PageNumber[];
  capture?: CaptureControls | undefined;
  /** The offer to mark numbers on this site, where it applies. */
  enableSite?: ComponentChildren;
  now: Date;
  onSetReminder?: SetReminder | undefined;
}) {
  const { t } = useI18n();
  const { place, failed } = props;
  const unread = failed && failed.reason !== 'not-an-order-page' ? failed : undefined;
  const captureBar = props.capture && <CaptureBar controls={props.capture} />;
  return (
    <>
      {place.chat ? captureBar : <NumbersList numbers={props.numbers} />}
      {place.chat && <ChatNumbers numbers={props.numbers} />}
      {unread && <NotRecognised reason={unread.reason} detail={unread.detail} />}
      {props.enableSite}
      {!place.chat && captureBar}
      <GuidePanel
        now={props.now}
        onSetReminder={props.onSetReminder}
        pagePlatform={place.platform}
        askPlatform={!place.platform}
      />
      {place.platform && !place.chat && !unread && <p class="muted small">{t('openOrderPage')}</p>}
    </>
  );
}

/** The numbers a chat pushed, with verdicts; or that none was found, and what never to do. */
function ChatNumbers({ numbers }: { numbers: PageNumber[] }) {
  const { t } = useI18n();
  if (numbers.length > 0) return <NumbersList numbers={numbers} />;
  return (
    <p class="card small" data-testid="chat-no-numbers">
      {t('chatNoNumbers')}
    </p>
  );
}
