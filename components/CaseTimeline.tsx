import { useEffect, useState } from 'preact/hooks';
import type { EvidenceSummary } from '../lib/case-types';
import { useI18n } from './i18n';
import { KindIcon } from './KindIcon';
import { formatBytes } from './object-url';
import { beijingDate } from './when';

/** More than a screen of items (each row is ~100 px tall). */
const FIRST_PAINT_ITEMS = 20;

export interface TimelineActions {
  onView: (item: EvidenceSummary) => void;
  onDelete: (item: EvidenceSummary) => void;
}

/** A case's evidence, oldest first: thumbnail, Beijing time, kind, title, size and SHA-256. */
export function CaseTimeline({ items, ...actions }: { items: EvidenceSummary[] } & TimelineActions) {
  const { t } = useI18n();
  // A long case paints its first screenful at once and lists the rest right after that frame.
  const [limit, setLimit] = useState(FIRST_PAINT_ITEMS);
  useEffect(() => {
    if (items.length <= limit) return undefined;
    const timer = setTimeout(() => setLimit(items.length), 0);
    return () => clearTimeout(timer);
  }, [items.length, limit]);
  if (items.length === 0) return <p class="muted small">{t('noEvidence')}</p>;
  return (
    <ol class="timeline" aria-label={t('timelineHeading')}>
      {items.slice(0, limit).map((item) => (
        <TimelineItem key={item.id} item={item} {...actions} />
      ))}
    </ol>
  );
}

function TimelineItem({ item, onView, onDelete }: { item: EvidenceSummary } & TimelineActions) {
  const { t, lang } = useI18n();
  const thumbnail = item.thumbnail;
  return (
    <li class="evidence" data-testid="evidence-item" data-kind={item.kind} data-sha256={item.sha256}>
      {/* A second way in for the mouse; keyboard and screen readers use the 查看 button. */}
      <button type="button" class="thumb" onClick={() => onView(item)} tabIndex={-1} aria-hidden="true">
        {thumbnail ? (
          <img src={thumbnail} alt="" width={96} loading="lazy" decoding="async" />
        ) : (
          <KindIcon kind={item.kind} />
        )}
      </button>
      <div class="evidence-body">
        <p class="small">
          <time dateTime={new Date(item.capturedAt).toISOString()}>
            {beijingDate(new Date(item.capturedAt), lang)}
          </time>{' '}
          · {t(`kind_${item.kind.replace('-', '_')}`)} · {formatBytes(item.size)}
          {item.partial && <span class="badge warning-badge"> {t('partialCapture')}</span>}
          {item.part && (
            <span class="badge"> {t('partOf', [String(item.part.index + 1), String(item.part.count)])}</span>
          )}
        </p>
        <p class="evidence-title">{item.fileName ?? item.title}</p>
        {item.url && <p class="small muted url">{item.url}</p>}
        <details class="hash">
          <summary>SHA-256</summary>
          {item.sha256}
        </details>
      </div>
      <div class="evidence-actions">
        <button type="button" onClick={() => onView(item)}>
          {t('viewItem')}
        </button>
        <button type="button" class="danger" onClick={() => onDelete(item)} data-testid="delete-evidence">
          {t('deleteItem')}
        </button>
      </div>
    </li>
  );
}
