import { getChannel } from '../rules/channels';
import type { Route, RouteStep } from '../rules/routing';
import { useI18n } from './i18n';
import { PhoneDetails } from './PhoneDetails';
import { SourceList } from './SourceList';

/**
 * The ordered steps of a route; one step that cannot be shown does not hide the others. A line
 * is detailed once: not again when the answer above shows it (`shownAbove`) or an earlier step did.
 */
export function ChannelGuide({ route, now, shownAbove }: { route: Route; now: Date; shownAbove?: string }) {
  const { pick } = useI18n();
  const detailed = new Set(shownAbove ? [shownAbove] : []);
  return (
    <>
      <ol class="steps" data-testid="steps">
        {route.steps.map((step, index) => {
          const repeat = detailed.has(step.channelId);
          detailed.add(step.channelId);
          return <Step key={`${index}-${step.channelId}`} step={step} now={now} repeat={repeat} />;
        })}
      </ol>
      {[...route.notes, ...route.undetermined].map((text) => (
        <p class="muted small" key={text.zh}>
          {pick(text)}
        </p>
      ))}
    </>
  );
}

function Step({ step, now, repeat }: { step: RouteStep; now: Date; repeat: boolean }) {
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
      {!repeat && channel.kind === 'phone' && <PhoneDetails channel={channel} ivrId={step.ivrId} now={now} />}
      {channel.kind === 'in-app' && <p class="route">{channel.route.map(pick).join(' → ')}</p>}
      {channel.kind === 'web' && channel.url && <p class="route">{channel.url}</p>}
      <SourceList sources={step.sources} />
    </li>
  );
}
