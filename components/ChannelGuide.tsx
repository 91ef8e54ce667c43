import { getChannel } from '../rules/channels';
import type { Route, RouteStep } from '../rules/routing';
import { useI18n } from './i18n';
import { PhoneDetails } from './PhoneDetails';
import { SourceList } from './SourceList';

/** The ordered steps of a route; one step that cannot be shown does not hide the others. */
export function ChannelGuide({ route, now }: { route: Route; now: Date }) {
  const { pick } = useI18n();
  return (
    <>
      <ol class="steps" data-testid="steps">
        {route.steps.map((step, index) => (
          <Step key={`${index}-${step.channelId}`} step={step} now={now} />
        ))}
      </ol>
      {[...route.notes, ...route.undetermined].map((text) => (
        <p class="muted small" key={text.zh}>
          {pick(text)}
        </p>
      ))}
    </>
  );
}

function Step({ step, now }: { step: RouteStep; now: Date }) {
  const { t, pick } = useI18n();
  let channel;
  try {
    channel = getChannel(step.channelId);
  } catch {
    return <li class="step">{t('channelUnavailable')}</li>;
  }
  return (
    <li class={`step step-${step.kind}`} data-channel={channel.id}>
      <strong>{pick(step.title)}</strong>
      <p class="small">{pick(step.detail)}</p>
      {channel.kind === 'phone' && <PhoneDetails channel={channel} ivrId={step.ivrId} now={now} />}
      {channel.kind === 'in-app' && <p class="route">{channel.route.map(pick).join(' → ')}</p>}
      {channel.kind === 'web' && channel.url && <p class="route">{channel.url}</p>}
      <SourceList sources={step.sources} />
    </li>
  );
}
