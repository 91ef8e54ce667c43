import { PUBLISHER_KIND_LABELS, SOURCES, publisherKindOf, type SourceId } from '../rules/channels/sources';
import { useI18n } from './i18n';
import { formatDay } from './when';

/**
 * Names who says a fact: the publisher and its kind (平台官方页面, 政府网站, 第三方指南), a link
 * when the page is public, and the day it was read. One publisher is named once.
 */
export function SourceList({ sources }: { sources: readonly SourceId[] }) {
  const { t, pick, lang } = useI18n();
  const seen = new Set<string>();
  const infos = sources
    .map((id) => SOURCES[id])
    .filter((info) => {
      const name = pick(info.publisher ?? info.title);
      return !seen.has(name) && seen.add(name);
    });
  if (infos.length === 0) return null;
  const parts = infos.map((info, index) => {
    const name = pick(info.publisher ?? info.title);
    const kind = pick(PUBLISHER_KIND_LABELS[publisherKindOf(info)]);
    const about = [
      pick(info.title),
      pick(info.reliability),
      info.read && t('sourceRead', [formatDay(info.read, lang)]),
    ]
      .filter(Boolean)
      .join(' · ');
    return (
      <span key={name} class="source" title={about}>
        {index > 0 && (lang === 'zh' ? '、' : '; ')}
        {info.url ? (
          <a href={info.url} target="_blank" rel="noopener noreferrer">
            {name}
          </a>
        ) : (
          name
        )}
        {lang === 'zh' ? `（${kind}）` : ` (${kind})`}
      </span>
    );
  });
  const [before, after] = t('accordingTo', ['\u0000']).split('\u0000');
  return (
    <p class="sources small">
      {before}
      {parts}
      {after}
    </p>
  );
}
