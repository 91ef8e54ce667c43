import type { CaseSummary } from '../lib/case-types';
import { caseHref } from './case-route';
import { useI18n } from './i18n';
import { beijingMoment } from './when';

/** When the case last changed: its own edits or its newest item. */
export const lastActivity = (c: CaseSummary): number =>
  Math.max(c.updatedAt, ...c.items.map((item) => item.capturedAt));

/** Every case as one row a shopper can scan: platform, shop, order, status, items, last activity. */
export function CaseList({ cases, now }: { cases: CaseSummary[]; now: Date }) {
  const { t, lang } = useI18n();
  if (cases.length === 0) return <p class="muted">{t('noCases')}</p>;
  return (
    <ul class="case-list" aria-labelledby="cases-heading">
      {cases.map((c) => (
        <li key={c.id} data-testid="case-row" data-order-id={c.orderId} data-case-id={c.id}>
          <a href={caseHref(c.id)} class="case-row">
            <span class="case-row-title">
              <span class="badge platform">{t(`platform_${c.platform}`)}</span>{' '}
              <strong>{c.title || c.orderId}</strong>{' '}
              <span class={`badge status-${c.status}`}>{t(`caseStatus_${c.status}`)}</span>
            </span>
            <span class="small muted">
              {t('orderNumber')} <span class="order-id">{c.orderId}</span> ·{' '}
              {t('caseItemCount', [String(c.items.length)])} ·{' '}
              {t('caseLastActivity', [beijingMoment(new Date(lastActivity(c)), now, lang)])}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
