import type { Channel } from '../rules/channels/types';
import { openStatus } from '../rules/hours';
import { useI18n } from './i18n';
import { beijingMoment } from './when';

/** Whether a line can be called now, said once: 现在可以打 · 到 21:00 / 已下班 · 明天 09:00 开. */
export function OpenSentence({ channel, now, testId }: { channel: Channel; now: Date; testId: string }) {
  const { t, pick, lang } = useI18n();
  const status = openStatus(channel, now);
  let text: string;
  switch (status.state) {
    case 'open':
      text = t('lineOpen', [beijingMoment(status.closesAt, now, lang)]);
      break;
    case 'closed':
      text = t('lineClosed', [beijingMoment(status.nextOpen, now, lang)]);
      break;
    case 'always':
      text = t('openAlways');
      break;
    case 'unknown':
      text = pick(status.reason);
  }
  return (
    <p class={`hours ${status.state}`} data-testid={testId}>
      {text}
    </p>
  );
}
