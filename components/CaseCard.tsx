import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  CASE_TEXT_LIMITS,
  TextTooLongError,
  type CaseRecord,
  type CaseSummary,
  type EvidenceSummary,
} from '../lib/case-types';
import { coveredChecklist } from '../rules/routing/coverage';
import { evidenceFor, isProblem } from '../rules/routing';
import type { AddFiles } from './AddFiles';
import { AddFilesBox } from './AddFiles';
import { CaseTimeline } from './CaseTimeline';
import { ChainStatus, type CaseCheckView } from './ChainStatus';
import { EvidenceChecklist } from './EvidenceChecklist';
import { EvidenceViewer } from './EvidenceViewer';
import { ProblemSelect } from './ProblemSelect';
import { useI18n } from './i18n';

export type CaseFields = Partial<Pick<CaseRecord, 'status' | 'problem' | 'notes'>>;

/** What the casebook page can do to a case (storage behind it, components never see it). */
export interface CaseActions {
  verify: (caseId: number) => Promise<CaseCheckView>;
  addFiles: (caseId: number) => AddFiles;
  remove: (item: EvidenceSummary, reason: string) => Promise<void>;
  update: (caseId: number, fields: CaseFields) => Promise<void>;
  load: (id: number) => Promise<Blob>;
}

const STATUSES: CaseRecord['status'][] = ['open', 'resolved', 'abandoned'];

/** One case: its fields, integrity check, checklist ticked by what is saved, and the timeline. */
export function CaseCard({
  summary,
  actions,
  children,
}: {
  summary: CaseSummary;
  actions?: CaseActions | undefined;
  /** The case's main action, under its title (the bundle export). */
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const [viewing, view] = useState<EvidenceSummary>();
  const [notes, setNotes] = useState(summary.notes ?? '');
  /** Why the last change was not saved (shown until the next attempt). */
  const [refused, refuse] = useState<string>();
  const tooLong = (max: number, length: number) => t('textTooLong', [String(max), String(length)]);
  const save = (fields: CaseFields) => {
    refuse(undefined);
    actions
      ?.update(summary.id, fields)
      .catch((error: unknown) =>
        refuse(
          error instanceof TextTooLongError
            ? tooLong(CASE_TEXT_LIMITS[error.field], error.length)
            : t('saveFailed'),
        ),
      );
  };
  const problem = summary.problem && isProblem(summary.problem) ? summary.problem : 'after-sales-refused';
  const covered = coveredChecklist(summary.items);
  return (
    <article class="card case" data-testid="case" data-order-id={summary.orderId}>
      <p class="badges">
        <span class="badge platform">{t(`platform_${summary.platform}`)}</span>
        <span class="badge">{t(`caseStatus_${summary.status}`)}</span>
      </p>
      <p>
        <strong>{summary.title || summary.orderId}</strong>
      </p>
      <p class="small">
        {t('orderNumber')} <span class="order-id">{summary.orderId}</span>
      </p>
      {children}
      {actions && (
        <div class="case-fields small">
          <label>
            {t('caseStatusLabel')}{' '}
            <select
              value={summary.status}
              onChange={(event) => save({ status: event.currentTarget.value as CaseRecord['status'] })}
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`caseStatus_${status}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('caseProblem')} <ProblemSelect value={problem} onChange={(next) => save({ problem: next })} />
          </label>
          <label class="notes">
            {t('caseNotes')}
            <textarea
              value={notes}
              rows={2}
              maxLength={CASE_TEXT_LIMITS.notes}
              onInput={(event) => setNotes(event.currentTarget.value)}
            />
          </label>
          {notes.length > CASE_TEXT_LIMITS.notes * 0.9 && (
            <span class="muted">
              {notes.length} / {CASE_TEXT_LIMITS.notes}
            </span>
          )}
          {notes !== (summary.notes ?? '') && (
            <button type="button" onClick={() => save({ notes })}>
              {t('saveNotes')}
            </button>
          )}
          {refused && (
            <p role="alert" class="bad" data-testid="case-refused">
              {refused}
            </p>
          )}
        </div>
      )}
      <details open={summary.items.length > 0}>
        <summary>{t('caseEvidenceChecklist')}</summary>
        <EvidenceChecklist items={evidenceFor(problem, summary.platform)} covered={covered} />
      </details>
      <h3>{t('timelineHeading')}</h3>
      <CaseTimeline
        items={summary.items}
        onView={view}
        onDelete={(item) => {
          const reason = prompt(t('deleteReasonPrompt'));
          if (reason === null || !actions) return;
          // A reason over the limit is refused here, before the item is touched.
          if (reason.length > CASE_TEXT_LIMITS.reason)
            refuse(tooLong(CASE_TEXT_LIMITS.reason, reason.length));
          else actions.remove(item, reason).catch(() => refuse(t('saveFailed')));
        }}
      />
      {actions && <AddFilesBox onAdd={actions.addFiles(summary.id)} />}
      <CallList summary={summary} />
      {actions && <ChainStatus onVerify={() => actions.verify(summary.id)} />}
      {summary.calls.length > 0 && (
        <details class="case-details">
          <summary>{t('caseDetails')}</summary>
          <CallHashes summary={summary} />
        </details>
      )}
      {viewing && actions && (
        <EvidenceViewer item={viewing} load={actions.load} onClose={() => view(undefined)} />
      )}
    </article>
  );
}

function CallList({ summary }: { summary: CaseSummary }) {
  const { t } = useI18n();
  return (
    <ol class="calls">
      {summary.calls.map((call) => (
        <li key={call.id} data-testid="call-record">
          {formatCallTime(call.capturedAt)} ·{' '}
          {call.answers
            ? `${call.answers.dialled} · ${t('callCaseNumber')} ${call.answers.caseNumber} · ${t('callAgentId')} ${call.answers.agentId}${call.answers.promisedBy ? ` · ${t('callPromisedBy')} ${call.answers.promisedBy}` : ''}`
            : t('recordDamaged')}
        </li>
      ))}
    </ol>
  );
}

/** Each call record's SHA-256: for who checks, folded under the case's 详情. */
function CallHashes({ summary }: { summary: CaseSummary }) {
  const { t } = useI18n();
  return (
    <ul class="hash">
      {summary.calls.map((call) => (
        <li key={call.id}>
          {t('callRecordHash', [formatCallTime(call.capturedAt)])} SHA-256 {call.sha256}
        </li>
      ))}
    </ul>
  );
}

const formatCallTime = (at: number) =>
  new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
