import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CASE_TEXT_LIMITS,
  TextTooLongError,
  type CaseSummary,
  type EvidenceSummary,
} from '../lib/case-types';
import { coveredChecklist } from '../rules/routing/coverage';
import { evidenceFor, isProblem, type Problem } from '../rules/routing';
import type { AddFiles } from './AddFiles';
import { AddFilesBox } from './AddFiles';
import { CaseFields, type CaseFieldValues } from './CaseFields';
import { CaseTimeline } from './CaseTimeline';
import { ChainStatus, type CaseCheckView } from './ChainStatus';
import { EvidenceChecklist } from './EvidenceChecklist';
import { EvidenceViewer } from './EvidenceViewer';
import { useI18n } from './i18n';
import type { Order } from '../rules/types';
import { beijingDate, formatPageTime } from './when';

export type CaseFields = CaseFieldValues;

/** What the casebook page can do to a case (storage behind it, components never see it). */
export interface CaseActions {
  verify: (caseId: number) => Promise<CaseCheckView>;
  addFiles: (caseId: number) => AddFiles;
  remove: (item: EvidenceSummary, reason: string) => Promise<void>;
  update: (caseId: number, fields: CaseFields) => Promise<void>;
  load: (id: number) => Promise<Blob>;
}

/** The problem a case is about; the guide's default when none was picked. */
export const caseProblem = (summary: CaseSummary): Problem =>
  summary.problem && isProblem(summary.problem) ? summary.problem : 'after-sales-refused';

/**
 * One case, opened from the list: its order and the main action (export) on top, then what is
 * still missing, the timeline of evidence with a drop zone, the calls; integrity checks and
 * hashes folded under 详情.
 */
export function CaseCard({
  summary,
  actions,
  order,
  children,
}: {
  summary: CaseSummary;
  actions?: CaseActions | undefined;
  /** The order as its page last showed it, when the extension saw it. */
  order?: Order | undefined;
  /** The case's main action, under its title (the bundle export). */
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const [viewing, view] = useState<EvidenceSummary>();
  /** Why the last change was not saved (shown until the next attempt). */
  const [refused, refuse] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a case moves focus to its title, so a screen reader says where the shopper is now.
  useEffect(() => heading.current?.focus(), [summary.id]);
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
  const problem = caseProblem(summary);
  return (
    <article
      class="card case"
      data-testid="case"
      data-order-id={summary.orderId}
      aria-labelledby="case-title"
    >
      <header class="case-head">
        <p class="badges">
          <span class="badge platform">{t(`platform_${summary.platform}`)}</span>
          <span class={`badge status-${summary.status}`}>{t(`caseStatus_${summary.status}`)}</span>
        </p>
        <h2 id="case-title" tabIndex={-1} ref={heading}>
          {summary.title || summary.orderId}
        </h2>
        <p class="small">
          {t('orderNumber')} <span class="order-id">{summary.orderId}</span>
        </p>
        {order && <OrderFacts order={order} />}
        {children}
      </header>
      {actions && <CaseFields key={summary.id} summary={summary} problem={problem} onSave={save} />}
      {refused && (
        <p role="alert" class="bad" data-testid="case-refused">
          {refused}
        </p>
      )}
      <MissingEvidence summary={summary} problem={problem} order={order} />
      <section aria-labelledby="timeline-heading">
        <h3 id="timeline-heading">{t('timelineHeading')}</h3>
        {actions && <AddFilesBox onAdd={actions.addFiles(summary.id)} />}
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
      </section>
      {summary.calls.length > 0 && <CallList summary={summary} />}
      <details class="case-details" data-testid="case-details">
        <summary>{t('caseDetails')}</summary>
        {actions && <ChainStatus onVerify={() => actions.verify(summary.id)} />}
        <CallHashes summary={summary} />
      </details>
      {viewing && actions && (
        <EvidenceViewer item={viewing} load={actions.load} onClose={() => view(undefined)} />
      )}
    </article>
  );
}

/** What the order page showed: the item, the amount paid, when it was ordered. */
function OrderFacts({ order }: { order: Order }) {
  const { t, lang } = useI18n();
  const facts = [
    order.items[0]?.title,
    order.amount && `${t('amount')} ¥${order.amount}`,
    order.createdAt && `${t('orderTime')} ${formatPageTime(order.createdAt, new Date(), lang)}`,
  ].filter(Boolean);
  if (facts.length === 0) return null;
  return (
    <p class="small muted" data-testid="case-order">
      {facts.join(' · ')}
    </p>
  );
}

/**
 * The checklist for the case's problem, what is still missing first. Saved items tick theirs;
 * so does what the case itself holds (its order number, and what its order page showed).
 */
function MissingEvidence(props: { summary: CaseSummary; problem: Problem; order: Order | undefined }) {
  const { t } = useI18n();
  const covered = coveredChecklist(props.summary.items);
  const held = heldFacts(props.order);
  const all = evidenceFor(props.problem, props.summary.platform);
  const missing = all.filter((item) => !covered.has(item.id) && !held.has(item.id));
  return (
    <section aria-labelledby="missing-heading">
      <h3 id="missing-heading">
        {missing.length > 0 ? t('caseMissing', [String(missing.length)]) : t('caseNothingMissing')}
      </h3>
      <EvidenceChecklist
        items={[...missing, ...all.filter((item) => !missing.includes(item))]}
        covered={covered}
        held={held}
      />
    </section>
  );
}

/** Checklist entries a case answers without a capture: its order number, and its order's facts. */
function heldFacts(order: Order | undefined): Set<string> {
  const held = new Set(['order-number']);
  if (order?.createdAt) held.add('order-time');
  if (order?.items[0]?.title) held.add('item-name');
  if (order?.shopName || order?.sellerNick) held.add('shop-name');
  return held;
}

function CallList({ summary }: { summary: CaseSummary }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="calls-heading">
      <h3 id="calls-heading">{t('callsHeading')}</h3>
      <ol class="calls">
        {summary.calls.map((call) => (
          <li key={call.id} data-testid="call-record">
            {beijingDate(new Date(call.capturedAt), lang)} ·{' '}
            {call.answers
              ? `${call.answers.dialled} · ${t('callCaseNumber')} ${call.answers.caseNumber} · ${t('callAgentId')} ${call.answers.agentId}${call.answers.promisedBy ? ` · ${t('callPromisedBy')} ${call.answers.promisedBy}` : ''}`
              : t('recordDamaged')}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Each call record's SHA-256: for who checks, folded under the case's 详情. */
function CallHashes({ summary }: { summary: CaseSummary }) {
  const { t, lang } = useI18n();
  if (summary.calls.length === 0) return null;
  return (
    <ul class="hash">
      {summary.calls.map((call) => (
        <li key={call.id}>
          {t('callRecordHash', [beijingDate(new Date(call.capturedAt), lang)])} SHA-256 {call.sha256}
        </li>
      ))}
    </ul>
  );
}
