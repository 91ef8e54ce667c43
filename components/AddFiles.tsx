import { useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** The outcome of adding one file, in words the shopper can act on. */
export type AddFileResult =
  | { ok: true; name: string }
  | { ok: false; name: string; error: 'too-big'; need: string; free: string }
  | { ok: false; name: string; error: 'storage-full' }
  | { ok: false; name: string; error: 'failed'; detail: string };

export type AddFiles = (
  files: File[],
  onProgress: (name: string, done: number, total: number) => void,
) => Promise<AddFileResult[]>;

/**
 * Photos, videos and reports the shopper adds: dropped on the zone, or picked with its button
 * (the browser's bare file input stays out of sight; the button opens it from mouse or keyboard).
 */
export function AddFilesBox({ onAdd }: { onAdd: AddFiles }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; percent: number }>();
  const [results, setResults] = useState<AddFileResult[]>([]);
  const [over, setOver] = useState(false);

  async function add(files: File[]) {
    if (files.length === 0) return;
    setResults([]);
    const outcome = await onAdd(files, (name, done, total) =>
      setProgress({ name, percent: total ? Math.floor((done / total) * 100) : 100 }),
    );
    setProgress(undefined);
    setResults(outcome);
  }

  return (
    <div
      class={`dropzone${over ? ' over' : ''}`}
      data-testid="add-files"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void add([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <p class="dropzone-hint">
        {t('dropHere')}{' '}
        <button type="button" onClick={() => input.current?.click()} data-testid="pick-files">
          {t('pickFiles')}
        </button>
      </p>
      <p class="muted small">{t('addFiles')}</p>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept="image/*,video/*,application/pdf,.pdf,.txt,.json"
        data-testid="file-input"
        onChange={(event) => {
          const picked = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          void add(picked);
        }}
      />
      {progress && (
        <p class="small">
          <progress max={100} value={progress.percent} />{' '}
          {t('hashingFile', [progress.name, String(progress.percent)])}
        </p>
      )}
      <ul class="small" aria-live="polite">
        {results.map((result, index) => (
          <li key={index} class={result.ok ? 'ok' : 'error'} data-testid="file-result">
            {describe(result, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function describe(result: AddFileResult, t: (key: string, subs?: string[]) => string): string {
  if (result.ok) return t('fileSaved', [result.name]);
  if (result.error === 'too-big') return t('fileTooBig', [result.name, result.need, result.free]);
  if (result.error === 'storage-full') return `${result.name}: ${t('storageFull')}`;
  return `${result.name}: ${t('saveFailedBecause', [result.detail])}`;
}
