import { mayShowAsOfficial } from '../rules/channels';
import type { PhoneChannel } from '../rules/channels/types';
import { bestTimeToCall } from '../rules/hours';
import { useI18n } from './i18n';
import { OpenSentence } from './OpenSentence';
import { SourceList } from './SourceList';
import { TelQr } from './TelQr';

/** A line further down the guide: number, whether it is open, its keys, hours by source, QR. */
export function PhoneDetails(props: { channel: PhoneChannel; ivrId?: string | undefined; now: Date }) {
  const { t, pick } = useI18n();
  const { channel, now } = props;
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
          <OpenSentence channel={channel} now={now} testId="open-status" />
        </div>
        <TelQr digits={channel.digits} label={t('scanToDial', [channel.number])} />
      </div>
      {ivr && (
        <p class="ivr" data-testid="ivr">
          {t('ivr')}{' '}
          {ivr.keys.map((key) => (
            <span class="key" key={key.key}>
              <kbd>{key.key}</kbd> {pick(key.label)}
            </span>
          ))}
        </p>
      )}
      <HoursBySource channel={channel} now={now} />
    </div>
  );
}

/** Every documented hours claim with who made it, and when to call: folded, for who asks. */
export function HoursBySource({ channel, now }: { channel: PhoneChannel; now: Date }) {
  const { t, pick } = useI18n();
  const advice = bestTimeToCall(now, channel);
  return (
    <details class="small">
      <summary>{t('hoursBySource')}</summary>
      <ul class="claims">
        {channel.hours.map((claim) => (
          <li key={claim.text.zh}>
            {pick(claim.text)} <SourceList sources={claim.sources} />
          </li>
        ))}
      </ul>
      <p class={`advice ${advice.good ? 'good' : 'wait'}`} data-testid="best-time">
        {advice.reasons.map(pick).join('；')}
        {advice.suggestion && `${t('sentenceGap')}${pick(advice.suggestion)}`}
      </p>
    </details>
  );
}
