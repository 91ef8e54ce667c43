import { mayShowAsOfficial } from '../rules/channels';
import type { PhoneChannel } from '../rules/channels/types';
import { bestTimeToCall, openStatus, shanghaiClock } from '../rules/hours';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';
import { TelQr } from './TelQr';

/** "HH:MM" in Asia/Shanghai, plus the date when it is not today there. */
function shanghaiLabel(at: Date, now: Date): string {
  const when = shanghaiClock(at);
  if (!when) return '';
  const sameDay = when.dayStart === shanghaiClock(now)?.dayStart;
  return sameDay ? when.hhmm : `${when.month}-${when.day} ${when.hhmm}`;
}

/** Number, open-or-closed in Shanghai time, every documented hours claim, IVR keys, when to call. */
export function PhoneDetails(props: { channel: PhoneChannel; ivrId?: string | undefined; now: Date }) {
  const { t, pick } = useI18n();
  const { channel, now } = props;
  const status = openStatus(channel, now);
  const advice = bestTimeToCall(now, channel);
  const ivr = channel.ivr?.find((path) => path.id === props.ivrId);
  return (
    <div class="phone">
      <div class="phone-line">
        <div>
          <a class="number" href={`tel:${channel.digits}`} data-testid="phone-number">
            {channel.number}
          </a>{' '}
          {mayShowAsOfficial(channel) ? (
            <span class="badge official">{t('officialBadge')}</span>
          ) : (
            <span class="badge unconfirmed">{t('unconfirmedBadge')}</span>
          )}
          <p class={`hours ${status.state}`} data-testid="open-status">
            {status.state === 'open' && t('openNow', [status.shanghaiTime])}
            {status.state === 'closed' &&
              `${t('closedNow', [status.shanghaiTime])} · ${t('nextOpen', [shanghaiLabel(status.nextOpen, now)])}`}
            {status.state === 'always' && t('openAlways')}
            {status.state === 'unknown' && pick(status.reason)}
          </p>
        </div>
        <TelQr digits={channel.digits} label={t('scanToDial', [channel.number])} />
      </div>
      {channel.hours.length > 0 && (
        <details class="small">
          <summary>{t('hoursBySource')}</summary>
          <ul class="claims">
            {channel.hours.map((claim) => (
              <li key={claim.text.zh}>
                {pick(claim.text)} <SourceList sources={claim.sources} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {ivr && (
        <div class="ivr" data-testid="ivr">
          <span>{t('ivr')}: </span>
          {ivr.keys.map((key) => (
            <span class="key" key={key.key}>
              <kbd>{key.key}</kbd> {pick(key.label)}
            </span>
          ))}
          <SourceList sources={ivr.sources} />
        </div>
      )}
      <p class={`small advice ${advice.good ? 'good' : 'wait'}`} data-testid="best-time">
        {advice.reasons.map(pick).join('；')}
        {advice.suggestion && ` ${pick(advice.suggestion)}`}
      </p>
    </div>
  );
}
