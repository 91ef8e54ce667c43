import { useState } from 'preact/hooks';
import type { Order, Platform } from '../rules/types';
import type { CaseSummary } from '../lib/case-types';
import type { SetReminder } from './EscalationList';
import { GuidePanel } from './GuidePanel';
import { useI18n } from './i18n';
import type { SaveOrderCall } from './PopupView';

export interface CasebookProps {
  cases: CaseSummary[];
  orders: Array<{ platform: Platform; order: Order }>;
  now: Date;
  onSaveCall?: SaveOrderCall;
  onSetReminder?: SetReminder;
}

/** The case page: cases with their call records, and the full channel guide beside them. */
export function CasebookView(props: CasebookProps) {
  const { t } = useI18n();
  const [selected, select] = useState('');
  const chosen = props.orders.find((o) => o.order.orderId === selected);
  return (
    <main class="casebook">
      <h1>{t('casebookTitle')}</h1>
      <section class="cases" aria-label={t('casesHeading')}>
        <h2>{t('casesHeading')}</h2>
        {props.cases.length === 0 && <p class="muted">{t('noCases')}</p>}
        {props.cases.map((c) => (
          <CaseCard key={c.id} summary={c} />
        ))}
      </section>
      <section aria-label={t('channelHeading')}>
        <label class="picker">
          {t('pickOrder')}
          <select
            value={selected}
            onChange={(event) => select(event.currentTarget.value)}
            data-testid="casebook-order"
          >
            <option value="">{t('noOrderChosen')}</option>
            {props.orders.map(({ order }) => (
              <option key={order.orderId} value={order.orderId}>
                {order.orderId} · {order.shopName ?? order.sellerNick ?? ''}
              </option>
            ))}
          </select>
        </label>
        <GuidePanel
          key={selected}
          {...(chosen ? { order: chosen.order, platform: chosen.platform } : {})}
          now={props.now}
          {...(chosen && props.onSaveCall
            ? { onSaveCall: (answers) => props.onSaveCall!(chosen.platform, chosen.order, answers) }
            : {})}
          {...(props.onSetReminder ? { onSetReminder: props.onSetReminder } : {})}
        />
      </section>
    </main>
  );
}

function CaseCard({ summary }: { summary: CaseSummary }) {
  const { t } = useI18n();
  return (
    <article class="card case" data-testid="case">
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
    </article>
  );
}
