import type { EvidenceItem } from '../rules/routing';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

/**
 * What to prepare for this problem. In a case, entries its captured items cover are ticked and
 * locked (`covered`); the rest are the shopper's own ticks. Who says so is named once, below.
 */
export function EvidenceChecklist({ items, covered }: { items: EvidenceItem[]; covered?: Set<string> }) {
  const { pick, t } = useI18n();
  return (
    <ul class="checklist" data-testid="evidence">
      {items.map((item) => (
        <li key={item.id} data-covered={covered?.has(item.id) ? 'yes' : undefined}>
          <label>
            {covered?.has(item.id) ? (
              <input type="checkbox" checked disabled title={t('checklistCaptured')} />
            ) : (
              <input type="checkbox" />
            )}{' '}
            {pick(item.label)}
            {item.when && <span class="muted small"> （{pick(item.when)}）</span>}
          </label>
        </li>
      ))}
      <li class="checklist-sources">
        <SourceList sources={[...new Set(items.flatMap((item) => item.sources))]} />
      </li>
    </ul>
  );
}
