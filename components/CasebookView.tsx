import { useEffect, useState } from 'preact/hooks';
import type { Order, Platform } from '../rules/types';
import type { CaseSummary } from '../lib/case-types';
import { AttachChat, type AttachChatApi } from './AttachChat';
import { BundleActions, type BundleApi } from './BundleActions';
import { CaseCard, type CaseActions } from './CaseCard';
import type { SetReminder } from './EscalationList';
import { GuidePanel } from './GuidePanel';
import { useI18n } from './i18n';
import { NewCaseForm } from './NewCaseForm';
import type { SaveOrderCall } from './PopupView';
import { StorageStatus, type StorageView } from './StorageStatus';

export interface CasebookProps {
  cases: CaseSummary[];
  orders: Array<{ platform: Platform; order: Order }>;
  now: Date;
  onSaveCall?: SaveOrderCall;
  onSetReminder?: SetReminder;
  actions?: CaseActions;
  storage?: StorageView;
  onCreateCase?: (platform: Platform, orderId: string) => Promise<void>;
  /** Export, import, backup and restore (storage/bundle). */
  bundle?: BundleApi;
  /** Chats saved before it was known which order they are about, to file in a case. */
  attachChat?: AttachChatApi;
}

/** The case page: cases with their call records, and the full channel guide beside them. */
export function CasebookView(props: CasebookProps) {
  const { t } = useI18n();
  const [selected, select] = useState('');
  // The guide (QR codes, hours) waits one frame, so the cases and their thumbnails paint first.
  const [guideReady, setGuideReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setGuideReady(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  const chosen = props.orders.find((o) => o.order.orderId === selected);
  return (
    <main class="casebook">
      <h1>
        {t('casebookTitle')}{' '}
        <a href="privacy.html" target="_blank" rel="noopener" class="small">
          {t('privacyPolicy')}
        </a>
      </h1>
      <section class="cases" aria-labelledby="cases-heading">
        <h2 id="cases-heading">{t('casesHeading')}</h2>
        {props.onCreateCase && <NewCaseForm onCreate={props.onCreateCase} />}
        {props.attachChat && <AttachChat api={props.attachChat} cases={props.cases} />}
        {props.cases.length === 0 && <p class="muted">{t('noCases')}</p>}
        {props.cases.map((c) => (
          <CaseCard key={c.id} summary={c} actions={props.actions}>
            {props.bundle && <BundleActions api={props.bundle} caseId={c.id} />}
          </CaseCard>
        ))}
        <details class="card">
          <summary>{t('backupAndStorage')}</summary>
          <StorageStatus storage={props.storage} />
          {props.bundle && <BundleActions api={props.bundle} />}
        </details>
      </section>
      <section aria-labelledby="guide-heading">
        <h2 id="guide-heading">{t('channelHeading')}</h2>
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
        {guideReady && (
          <GuidePanel
            key={selected}
            {...(chosen ? { order: chosen.order, platform: chosen.platform } : {})}
            now={props.now}
            {...(chosen && props.onSaveCall
              ? { onSaveCall: (answers) => props.onSaveCall!(chosen.platform, chosen.order, answers) }
              : {})}
            {...(props.onSetReminder ? { onSetReminder: props.onSetReminder } : {})}
          />
        )}
      </section>
    </main>
  );
}
