import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { CaseRecord, CaseSummary, EvidenceSummary } from '../lib/case-types';
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
  /** More for this case at the card's foot (the bundle export). */
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const [viewing, view] = useState<EvidenceSummary>();
  const [notes, setNotes] = useState(summary.notes ?? '');
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
      {actions && (
        <div class="case-fields small">
          <label>
            {t('caseStatusLabel')}{' '}
            <select
              value={summary.status}
              onChange={(event) =>
                void actions.update(summary.id, { status: event.currentTarget.value as CaseRecord['status'] })
              }
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`caseStatus_${status}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('caseProblem')}{' '}
            <ProblemSelect
              value={problem}
              onChange={(next) => void actions.update(summary.id, { problem: next })}
            />
          </label>
          <label class="notes">
            {t('caseNotes')}
            <textarea value={notes} rows={2} onInput={(event) => setNotes(event.currentTarget.value)} />
          </label>
          {notes !== (summary.notes ?? '') && (
            <button type="button" onClick={() => void actions.update(summary.id, { notes })}>
              {t('saveNotes')}
            </button>
          )}
        </div>
      )}
      {actions && <ChainStatus onVerify={() => actions.verify(summary.id)} />}
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
          if (reason !== null && actions) void actions.remove(item, reason);
        }}
      />
      {actions && <AddFilesBox onAdd={actions.addFiles(summary.id)} />}
      <CallList summary={summary} />
      {children}
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
          {new Date(call.capturedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} ·{' '}
          {call.answers
            ? `${call.answers.dialled} · ${t('callCaseNumber')} ${call.answers.caseNumber} · ${t('callAgentId')} ${call.answers.agentId}${call.answers.promisedBy ? ` · ${t('callPromisedBy')} ${call.answers.promisedBy}` : ''}`
            : t('recordDamaged')}
          <div class="hash">SHA-256 {call.sha256}</div>
        </li>
      ))}
    </ol>
  );
}
