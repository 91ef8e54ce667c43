import { getChannel, mayShowAsOfficial } from '../rules/channels';
import type { Channel, PhoneChannel } from '../rules/channels/types';
import { openStatus } from '../rules/hours';
import { routeFor, type RouteStep } from '../rules/routing';
import type { Platform, ShopType } from '../rules/types';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

/** The ordered route for this order; the problem picker arrives with the full guide. */
export function ChannelGuide(props: { platform: Platform; shopType: ShopType; now: Date }) {
  const { t, pick } = useI18n();
  const route = routeFor({
    platform: props.platform,
    shopType: props.shopType,
    problem: 'after-sales-refused',
  });
  return (
    <section class="card guide" aria-label={t('channelHeading')}>
      <h2>
        {t('channelHeading')} <span class="muted small">· {t('problemAfterSales')}</span>
      </h2>
      <ol class="steps">
        {route.steps.map((step) => (
          <Step key={`${step.kind}-${step.channelId}`} step={step} now={props.now} />
        ))}
      </ol>
      {route.undetermined.map((text) => (
        <p class="muted small" key={text.zh}>
          {pick(text)}
        </p>
      ))}
    </section>
  );
}

function Step({ step, now }: { step: RouteStep; now: Date }) {
  const { pick } = useI18n();
  const channel = getChannel(step.channelId);
  return (
    <li class={`step step-${step.kind}`} data-channel={channel.id}>
      <strong>{pick(step.title)}</strong>
      <p class="small">{pick(step.detail)}</p>
      {channel.kind === 'phone' && <PhoneDetails channel={channel} ivrId={step.ivrId} now={now} />}
      {channel.kind === 'in-app' && <p class="route">{channel.route.map(pick).join(' → ')}</p>}
      <SourceList sources={step.sources} />
    </li>
  );
}

function PhoneDetails({
  channel,
  ivrId,
  now,
}: {
  channel: PhoneChannel;
  ivrId?: string | undefined;
  now: Date;
}) {
  const { t, pick } = useI18n();
  const status = openStatus(channel, now);
  const ivr = channel.ivr?.find((path) => path.id === ivrId);
  return (
    <div class="phone">
      <p>
        <a class="number" href={`tel:${channel.digits}`} data-testid="phone-number">
          {channel.number}
        </a>{' '}
        <ConfidenceBadge channel={channel} />
      </p>
      <p class={`hours ${status.state}`}>
        {status.state === 'open' && t('openNow', [status.shanghaiTime])}
        {status.state === 'closed' && t('closedNow', [status.shanghaiTime])}
        {(status.state === 'unknown' || status.state === 'always') && t('hoursUnknown')}
      </p>
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
    </div>
  );
}

function ConfidenceBadge({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  return mayShowAsOfficial(channel) ? (
    <span class="badge official">{t('officialBadge')}</span>
  ) : (
    <span class="badge unconfirmed">{t('unconfirmedBadge')}</span>
  );
}
