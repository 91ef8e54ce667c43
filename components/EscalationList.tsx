import { useState } from 'preact/hooks';
import type { EscalationPlan, EscalationStage } from '../rules/routing';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

/** Sets a follow-up reminder for a stage; resolves to an error message, or null when set. */
export type SetReminder = (stage: EscalationStage, hours: number) => Promise<string | null>;

/** When to escalate and how; follow-up times are labelled as the shopper's own. */
export function EscalationList({
  plan,
  onSetReminder,
}: {
  plan: EscalationPlan;
  onSetReminder?: SetReminder;
}) {
  const { pick } = useI18n();
  return (
    <>
      <ol class="escalation" data-testid="escalation">
        {plan.stages.map((stage) => (
          <li key={stage.id}>
            <strong>{pick(stage.when)}</strong>
            <p class="small">{pick(stage.action)}</p>
            {stage.ownFollowUpAfterHours !== undefined && (
              <ReminderButton stage={stage} hours={stage.ownFollowUpAfterHours} onSet={onSetReminder} />
            )}
            <SourceList sources={stage.sources} />
          </li>
        ))}
      </ol>
      <p class="muted small">{pick(plan.disclaimer)}</p>
    </>
  );
}

function ReminderButton(props: { stage: EscalationStage; hours: number; onSet: SetReminder | undefined }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string>('');
  const { onSet } = props;
  if (!onSet) return <span class="badge">{t('ownFollowUp', [String(props.hours)])}</span>;
  const set = () => {
    onSet(props.stage, props.hours).then(
      (error) => setStatus(error ?? t('reminderSet')),
      (error: unknown) => setStatus(String(error)),
    );
  };
  return (
    <p class="small">
      <button type="button" class="link-button" onClick={set} data-testid={`remind-${props.stage.id}`}>
        {t('remindMe', [String(props.hours)])}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}
