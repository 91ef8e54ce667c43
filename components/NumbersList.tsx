import type { PageNumber } from '../lib/messages';
import { VERDICT_RANK } from '../rules/phone/types';
import { useI18n } from './i18n';

/** The phone numbers on the current tab with their verdicts, warnings first. */
export function NumbersList({ numbers }: { numbers: PageNumber[] }) {
  const { t, pick } = useI18n();
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict]);
  return (
    <section class="card numbers" aria-label={t('numbersHeading')} data-testid="page-numbers">
      <h2>{t('numbersHeading')}</h2>
      <ul>
        {sorted.map((n) => (
          <li key={n.digits} data-verdict={n.verdict}>
            <span class="number-text">{n.text}</span>{' '}
            <span class={`badge verdict-${n.verdict}`}>{t(`verdict_${n.verdict}`)}</span>
            {n.reasons[0] && <p class="small muted">{pick(n.reasons[0])}</p>}
            {n.officialRoute && n.verdict !== 'official' && (
              <p class="small">
                {t('officialInstead')}
                {pick(n.officialRoute)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
