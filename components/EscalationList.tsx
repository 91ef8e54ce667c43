import type { EscalationPlan } from '../rules/routing';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

/** When to escalate and how; follow-up times are labelled as the shopper's own. */
export function EscalationList({ plan }: { plan: EscalationPlan }) {
  const { t, pick } = useI18n();
  return (
    <>
      <ol class="escalation" data-testid="escalation">
        {plan.stages.map((stage) => (
          <li key={stage.id}>
            <strong>{pick(stage.when)}</strong>
            {stage.ownFollowUpAfterHours !== undefined && (
              <span class="badge">{t('ownFollowUp', [String(stage.ownFollowUpAfterHours)])}</span>
            )}
            <p class="small">{pick(stage.action)}</p>
            <SourceList sources={stage.sources} />
          </li>
        ))}
      </ol>
      <p class="muted small">{pick(plan.disclaimer)}</p>
    </>
  );
}
