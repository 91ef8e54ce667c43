import { useEffect, useRef, useState } from 'preact/hooks';
import type { Text } from '../rules/channels/types';
import { useI18n } from './i18n';
import { formatBytes, useObjectUrl } from './object-url';

export type Progress = (done: number, total: number) => void;

/** What the shopper typed for the complaint drafts; used for this export only, stored nowhere. */
export interface ExportChoices {
  complainant: { name: string; phone: string; address: string };
  /** Hide their own phone and address in the report and drafts. */
  redact: boolean;
}

export interface BundleFile {
  blob: Blob;
  fileName: string;
  /** Items exported as found although they no longer match their logged hash, or a broken chain. */
  problems: Array<{ path: string; title: string; problem: string }>;
}

export interface ImportSummary {
  cases: Array<{ orderId: string; title: string; items: number }>;
  skipped: number;
  /** A backup's items saved in no case yet, and the chats (待归档的聊天) they are. */
  unattached?: number;
  unattachedChats?: number;
}

/**
 * The bundle work the casebook page does (storage/bundle behind it). Failures reject with an
 * error carrying `text` in both languages (a refused bundle says why; nothing was written).
 */
export interface BundleApi {
  exportCase: (
    caseId: number,
    choices: ExportChoices,
    onProgress: Progress,
    signal: AbortSignal,
  ) => Promise<BundleFile>;
  exportBackup: (onProgress: Progress, signal: AbortSignal) => Promise<BundleFile>;
  importBundle: (file: File, onProgress: Progress, signal: AbortSignal) => Promise<ImportSummary>;
  restoreBackup: (file: File, onProgress: Progress, signal: AbortSignal) => Promise<ImportSummary>;
}

type Status =
  | { state: 'idle' }
  | { state: 'working'; percent: number }
  | { state: 'exported'; file: BundleFile }
  | { state: 'imported'; summary: ImportSummary }
  | { state: 'failed'; message: string };

/** One job at a time, with progress and a cancel button; errors become a message. */
function useJob() {
  const { pick, t } = useI18n();
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const controller = useRef<AbortController>(undefined);
  async function run(job: (progress: Progress, signal: AbortSignal) => Promise<Status>) {
    controller.current = new AbortController();
    setStatus({ state: 'working', percent: 0 });
    const progress: Progress = (done, total) =>
      setStatus({ state: 'working', percent: total ? Math.floor((done / total) * 100) : 100 });
    try {
      setStatus(await job(progress, controller.current.signal));
    } catch (error) {
      const text = (error as { text?: Text }).text;
      setStatus({ state: 'failed', message: text ? pick(text) : `${t('bundleFailed')} ${String(error)}` });
    }
  }
  const cancel = () => controller.current?.abort();
  return { status, run, cancel };
}

function JobStatus({ status, onCancel }: { status: Status; onCancel: () => void }) {
  const { t } = useI18n();
  if (status.state === 'working') {
    return (
      <p class="small" data-testid="bundle-progress">
        <progress max={100} value={status.percent} /> {status.percent}%{' '}
        <button type="button" onClick={onCancel} data-testid="bundle-cancel">
          {t('bundleCancel')}
        </button>
      </p>
    );
  }
  if (status.state === 'exported') return <Exported file={status.file} />;
  if (status.state === 'imported') {
    const { cases, skipped, unattached = 0, unattachedChats = 0 } = status.summary;
    return (
      <div class="ok small" role="status" data-testid="bundle-result">
        {cases.map((c) => (
          <p key={c.orderId}>
            {t('bundleImported')} {c.title} · {c.orderId} · {c.items} {t('bundleItems')}
          </p>
        ))}
        {unattachedChats > 0 && (
          <p>{t('bundleRestoredChats', [String(unattachedChats), String(unattached)])}</p>
        )}
        {cases.length === 0 && unattachedChats === 0 && <p>{t('bundleNothingNew')}</p>}
        {skipped > 0 && (
          <p>
            {t('bundleSkipped')} {skipped}
          </p>
        )}
      </div>
    );
  }
  if (status.state === 'failed') {
    return (
      <p class="error small" role="alert" data-testid="bundle-error">
        {status.message}
      </p>
    );
  }
  return null;
}

/** The finished bundle: downloaded at once, with a link to download it again. */
function Exported({ file }: { file: BundleFile }) {
  const { t } = useI18n();
  const url = useObjectUrl(file.blob);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (url) link.current?.click();
  }, [url]);
  return (
    <div class="small" role="status" data-testid="bundle-result">
      <p class="ok">
        {t('bundleExported')}{' '}
        <a href={url} download={file.fileName} ref={link} data-testid="bundle-download">
          {file.fileName}
        </a>{' '}
        ({formatBytes(file.blob.size)})
      </p>
      {file.problems.length > 0 && (
        <div class="error" data-testid="bundle-warnings">
          <p>{t('bundleExportProblems')}</p>
          <ul>
            {file.problems.map((p) => (
              <li key={p.path}>
                {p.title} ({p.path})
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Export of one case: the shopper's own details for the drafts, redaction, progress, cancel. */
function CaseExport({ api, caseId }: { api: BundleApi; caseId: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<ExportChoices>({
    complainant: { name: '', phone: '', address: '' },
    redact: true,
  });
  const { status, run, cancel } = useJob();
  const field = (key: keyof ExportChoices['complainant'], label: string) => (
    <label>
      {label}
      <input
        type="text"
        inputMode={key === 'phone' ? 'tel' : 'text'}
        value={choices.complainant[key]}
        maxLength={200}
        autoComplete="off"
        onInput={(event) =>
          setChoices({
            ...choices,
            complainant: { ...choices.complainant, [key]: event.currentTarget.value },
          })
        }
        data-testid={`bundle-${key}`}
      />
    </label>
  );
  return (
    <div class="bundle-export" data-testid="bundle-export" data-case-id={caseId}>
      {!open && (
        <button type="button" onClick={() => setOpen(true)} data-testid="bundle-export-open">
          {t('bundleExport')}
        </button>
      )}
      {open && (
        <form
          class="answers"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async (progress, signal) => ({
              state: 'exported',
              file: await api.exportCase(caseId, choices, progress, signal),
            }));
          }}
        >
          <p class="muted small">{t('bundleDetailsHint')}</p>
          {field('name', t('bundleName'))}
          {field('phone', t('bundlePhone'))}
          {field('address', t('bundleAddress'))}
          <label>
            <input
              type="checkbox"
              checked={choices.redact}
              onChange={(event) => setChoices({ ...choices, redact: event.currentTarget.checked })}
              data-testid="bundle-redact"
            />{' '}
            {t('bundleRedact')}
          </label>
          <button type="submit" disabled={status.state === 'working'} data-testid="bundle-export-start">
            {t('bundleExportStart')}
          </button>
        </form>
      )}
      <JobStatus status={status} onCancel={cancel} />
    </div>
  );
}

/** Import a case bundle, back up everything, restore a backup. */
function LibraryActions({ api }: { api: BundleApi }) {
  const { t } = useI18n();
  const { status, run, cancel } = useJob();
  const picked = (restore: boolean) => (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async (progress, signal) => ({
      state: 'imported',
      summary: await (restore ? api.restoreBackup : api.importBundle)(file, progress, signal),
    }));
  };
  const busy = status.state === 'working';
  return (
    <div class="bundle-library small" data-testid="bundle-library">
      <label>
        {t('bundleImport')}{' '}
        <input
          type="file"
          accept=".zip,application/zip"
          disabled={busy}
          onChange={picked(false)}
          data-testid="bundle-import"
        />
      </label>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          void run(async (progress, signal) => ({
            state: 'exported',
            file: await api.exportBackup(progress, signal),
          }))
        }
        data-testid="bundle-backup"
      >
        {t('bundleBackup')}
      </button>{' '}
      <label>
        {t('bundleRestore')}{' '}
        <input
          type="file"
          accept=".zip,application/zip"
          disabled={busy}
          onChange={picked(true)}
          data-testid="bundle-restore"
        />
      </label>
      <JobStatus status={status} onCancel={cancel} />
    </div>
  );
}

/** In a case card: export that case. At the top of the casebook (no caseId): import, backup, restore. */
export function BundleActions({ api, caseId }: { api: BundleApi; caseId?: number }) {
  return caseId === undefined ? <LibraryActions api={api} /> : <CaseExport api={api} caseId={caseId} />;
}
