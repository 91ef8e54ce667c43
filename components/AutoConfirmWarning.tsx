import { autoConfirmWarning } from '../rules/routing/auto-confirm';
import type { Order, Platform } from '../rules/types';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';
import { formatPageTime } from './when';

/**
 * Shown when the order has an open case and will confirm itself within 3 days; once the
 * deadline is behind us it says so instead of counting "0 hours".
 */
export function AutoConfirmWarning(props: {
  platform: Platform;
  order: Order;
  caseOpen: boolean;
  now: Date;
}) {
  const { t, pick, lang } = useI18n();
  const { autoConfirmBy } = props.order;
  const warning = autoConfirmWarning(props.platform, autoConfirmBy, props.caseOpen, props.now.getTime());
  if (!warning || !autoConfirmBy) return null;
  if (warning.passed) {
    return (
      <p class="card small" data-testid="auto-confirm-passed">
        {t('autoConfirmPassed', [formatPageTime(autoConfirmBy, props.now, lang)])}
      </p>
    );
  }
  return (
    <section class="card warning" role="alert" data-testid="auto-confirm-warning">
      <p>
        <strong>{t('autoConfirmWarning', [String(warning.hoursLeft)])}</strong>
      </p>
      <p>
        {t('autoConfirmRoute')}
        {pick(warning.route)}
      </p>
      <SourceList sources={warning.sources} />
    </section>
  );
}
