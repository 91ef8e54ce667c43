import { useState } from 'preact/hooks';
import type { CallChecklistItem, CallScript } from '../rules/routing';
import { CopyButton } from './CopyButton';
import { useI18n } from './i18n';
import { SourceList } from './SourceList';

export interface CallAnswers {
  dialled: string;
  caseNumber: string;
  agentId: string;
  /** 'YYYY-MM-DDTHH:MM' as the shopper entered it (Asia/Shanghai), or ''. */
  promisedBy: string;
  note: string;
}

/** Saves the answers into the order's case; resolves to an error message, or null when saved. */
export type SaveCall = (answers: CallAnswers) => Promise<string | null>;

/** The call script (editable, one click to copy), what to ask, and where to note the answers. */
export function CallScriptBox(props: {
  script: CallScript;
  questions: CallChecklistItem[];
  dialled: string;
  onSave: SaveCall | undefined;
}) {
  const { t, pick } = useI18n();
  // The agent speaks Chinese whatever the UI language: the script is always the Chinese text.
  const [text, setText] = useState(props.script.text.zh);
  return (
    <div class="call">
      <textarea
        class="script"
        rows={6}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        aria-label={t('callScript')}
        data-testid="call-script"
      />
      <p class="small">
        <CopyButton text={text} /> <SourceList sources={props.script.sources} />
      </p>
      {props.script.missing.length > 0 && (
        <p class="muted small">{props.script.missing.map(pick).join('；')}</p>
      )}
      <ul class="questions">
        {props.questions.map((q) => (
          <li key={q.id}>{pick(q.text)}</li>
        ))}
      </ul>
      <CallAnswersForm dialled={props.dialled} onSave={props.onSave} />
    </div>
  );
}

function CallAnswersForm({ dialled, onSave }: { dialled: string; onSave: SaveCall | undefined }) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<CallAnswers>({
    dialled,
    caseNumber: '',
    agentId: '',
    promisedBy: '',
    note: '',
  });
  /** 'idle', 'saving', 'saved', or the error message to show. */
  const [status, setStatus] = useState<string>('idle');
  const field = (key: keyof CallAnswers, label: string) => (
    <label>
      {label}
      <input
        type="text"
        value={answers[key]}
        maxLength={200}
        onInput={(event) => setAnswers({ ...answers, [key]: event.currentTarget.value })}
        data-testid={`call-${key}`}
      />
    </label>
  );
  if (!onSave) return <p class="muted small">{t('callNeedsOrder')}</p>;
  const save = () => {
    setStatus('saving');
    onSave(answers).then(
      (error) => setStatus(error ?? 'saved'),
      (error: unknown) => setStatus(String(error)),
    );
  };
  return (
    <form
      class="answers"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      {field('dialled', t('callDialled'))}
      {field('caseNumber', t('callCaseNumber'))}
      {field('agentId', t('callAgentId'))}
      <label>
        {t('callPromisedBy')}
        <input
          type="datetime-local"
          value={answers.promisedBy}
          onInput={(event) => setAnswers({ ...answers, promisedBy: event.currentTarget.value })}
          data-testid="call-promisedBy"
        />
      </label>
      {field('note', t('callNote'))}
      <button type="submit" disabled={status === 'saving'} data-testid="call-save">
        {t('callSave')}
      </button>
      <span class="small" role="status" data-testid="call-status">
        {status === 'saved' ? t('saved') : status === 'idle' || status === 'saving' ? '' : status}
      </span>
    </form>
  );
}
