import type { NotDetectedReason } from '../rules/types';
import { useI18n } from './i18n';

export function NotRecognised({
  reason,
  detail,
}: {
  reason: NotDetectedReason;
  detail?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <section class="card warning" role="status">
      <h2>{t('notRecognised')}</h2>
      <p>{t(`reason_${reason.replace(/-/g, '_')}`)}</p>
      {detail && <p class="muted small">{detail}</p>}
    </section>
  );
}
