import { useEffect, useRef, useState } from 'preact/hooks';
import type { EvidenceSummary } from '../lib/case-types';
import { useI18n } from './i18n';
import { useObjectUrl } from './object-url';

/** Text shown in the viewer is capped: a 100 MB transcript would freeze the page as one string. */
const MAX_TEXT = 2_000_000;

/**
 * One item at full size in a modal dialog: images and videos as themselves, text and JSON as
 * plain text (never parsed as HTML), anything else as a download of the original bytes.
 */
export function EvidenceViewer(props: {
  item: EvidenceSummary;
  load: (id: number) => Promise<Blob>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [content, setContent] = useState<Blob>();
  const [text, setText] = useState<string>();
  const [error, setError] = useState<string>();
  const url = useObjectUrl(content);
  const { item, load } = props;

  useEffect(() => {
    dialog.current?.showModal?.();
    let live = true;
    load(item.id).then(
      async (blob) => {
        if (!live) return;
        setContent(blob);
        if (isText(item.mimeType)) setText(await blob.slice(0, MAX_TEXT).text());
      },
      (failure: unknown) => live && setError(String(failure)),
    );
    return () => {
      live = false;
    };
  }, [item, load]);

  return (
    <dialog ref={dialog} class="viewer" onClose={props.onClose} data-testid="viewer">
      <header>
        <strong>{item.fileName ?? item.title}</strong>
        <button type="button" onClick={props.onClose}>
          {t('closeViewer')}
        </button>
      </header>
      {error && <p class="error">{t('saveFailedBecause', [error])}</p>}
      {url && item.mimeType.startsWith('image/') && <img src={url} alt={item.title} />}
      {url && item.mimeType.startsWith('video/') && <video src={url} controls />}
      {text !== undefined && <pre class="transcript">{text}</pre>}
      {url && (
        <p>
          <a href={url} download={item.fileName ?? `${item.kind}-${item.id}`}>
            {t('downloadItem')}
          </a>
        </p>
      )}
      <div class="hash">SHA-256 {item.sha256}</div>
    </dialog>
  );
}

const isText = (mimeType: string) => mimeType.startsWith('text/') || mimeType.startsWith('application/json');
