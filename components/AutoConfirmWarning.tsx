import { autoConfirmWarning } from '../rules/routing/auto-confirm';
import type { Order, Platform } from '../rules/types';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

/** Shown when the order has an open case and will confirm itself within 3 days. */
export function AutoConfirmWarning(props: {
  platform: Platform;
  order: Order;
  caseOpen: boolean;
  now: Date;
}) {
  const { t, pick } = useI18n();
  const warning = autoConfirmWarning(
    props.platform,
    props.order.autoConfirmBy,
    props.caseOpen,
    props.now.getTime(),
  );
  if (!warning) return null;
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
