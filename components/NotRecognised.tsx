import type { NotDetectedReason } from '../rules/types';
import { useI18n } from './i18n';

/** An order page the extension could not read: why, what to try, and the reader's notes folded. */
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
      <p class="small">{t('notRecognisedTry')}</p>
      {detail && (
        <details class="small muted">
          <summary>{t('notRecognisedDetail')}</summary>
          {detail}
        </details>
      )}
    </section>
  );
}
