import { useState } from 'preact/hooks';
import { CASE_TEXT_LIMITS, type CaseRecord, type CaseSummary } from '../lib/case-types';
import type { Problem } from '../rules/routing';
import { ProblemSelect } from './ProblemSelect';
import { useI18n } from './i18n';

export type CaseFieldValues = Partial<Pick<CaseRecord, 'status' | 'problem' | 'notes'>>;

const STATUSES: CaseRecord['status'][] = ['open', 'resolved', 'abandoned'];

/** What the shopper sets on a case: its status, the problem (which picks the checklist), notes. */
export function CaseFields({
  summary,
  problem,
  onSave,
}: {
  summary: CaseSummary;
  problem: Problem;
  onSave: (fields: CaseFieldValues) => void;
}) {
  const { t } = useI18n();
  const [notes, setNotes] = useState(summary.notes ?? '');
  return (
    <div class="case-fields small">
      <label>
        {t('caseStatusLabel')}{' '}
        <select
          value={summary.status}
          onChange={(event) => onSave({ status: event.currentTarget.value as CaseRecord['status'] })}
        >
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`caseStatus_${status}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('caseProblem')} <ProblemSelect value={problem} onChange={(next) => onSave({ problem: next })} />
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
        <button type="button" onClick={() => onSave({ notes })}>
          {t('saveNotes')}
        </button>
      )}
    </div>
  );
}
