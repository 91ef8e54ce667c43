import type { EvidenceItem } from '../rules/routing';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

/**
 * What to prepare for this problem. In a case, entries its captured items cover (`covered`) or
 * the case already holds (`held`: its order number, the order page's facts) are ticked and
 * locked; the rest are the shopper's own ticks. Who says so is named once, below.
 */
export function EvidenceChecklist(props: {
  items: EvidenceItem[];
  covered?: Set<string>;
  held?: Set<string>;
}) {
  const { pick, t } = useI18n();
  const { items } = props;
  const lockedWhy = (id: string) =>
    props.covered?.has(id) ? t('checklistCaptured') : props.held?.has(id) ? t('checklistHeld') : undefined;
  return (
    <ul class="checklist" data-testid="evidence">
      {items.map((item) => {
        const why = lockedWhy(item.id);
        return (
          <li key={item.id} data-covered={why ? 'yes' : undefined}>
            <label>
              {why ? <input type="checkbox" checked disabled title={why} /> : <input type="checkbox" />}{' '}
              {pick(item.label)}
              {item.when && <span class="muted small"> （{pick(item.when)}）</span>}
            </label>
          </li>
        );
      })}
      <li class="checklist-sources">
        <SourceList sources={[...new Set(items.flatMap((item) => item.sources))]} />
      </li>
    </ul>
  );
}
