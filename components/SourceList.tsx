import { SOURCES, type SourceId } from '../rules/channels/sources';
import { useI18n } from './i18n';

/** Names where a fact comes from; hovering shows how far that source can be trusted. */
export function SourceList({ sources }: { sources: readonly SourceId[] }) {
  const { t, pick } = useI18n();
  if (sources.length === 0) return null;
  return (
    <p class="sources small">
      {sources.map((id, index) => (
        <span key={id} title={pick(SOURCES[id].reliability)} data-source={id}>
          {index === 0 ? t('accordingTo', [pick(SOURCES[id].title)]) : `; ${pick(SOURCES[id].title)}`}
        </span>
      ))}
    </p>
  );
}
