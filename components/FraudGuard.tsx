import { FRAUD_GUARD } from '../rules/routing';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

/** The standing rules: what official service never asks for. */
export function FraudGuard() {
  const { pick } = useI18n();
  return (
    <ul class="fraud" data-testid="fraud-guard">
      {FRAUD_GUARD.map((rule) => (
        <li key={rule.id}>
          {pick(rule.text)} <SourceList sources={rule.sources} />
        </li>
      ))}
    </ul>
  );
}
