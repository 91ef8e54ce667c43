import type { EvidenceItem } from '../rules/routing';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

/** What to prepare for this problem; ticks are the shopper's own notes for now. */
export function EvidenceChecklist({ items }: { items: EvidenceItem[] }) {
  const { pick } = useI18n();
  return (
    <ul class="checklist" data-testid="evidence">
      {items.map((item) => (
        <li key={item.id}>
          <label>
            <input type="checkbox" /> {pick(item.label)}
            {item.when && <span class="muted small"> （{pick(item.when)}）</span>}
          </label>
          <SourceList sources={item.sources} />
        </li>
      ))}
    </ul>
  );
}
