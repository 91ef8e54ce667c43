import { useEffect, useState } from 'preact/hooks';
import type { Order, Platform } from '../rules/types';
import type { CaseSummary } from '../lib/case-types';
import { AttachChat, type AttachChatApi } from './AttachChat';
import { BundleActions, type BundleApi } from './BundleActions';
import { CaseCard, caseProblem, type CaseActions } from './CaseCard';
import { CaseList } from './CaseList';
import { caseHref, useOpenCaseId } from './case-route';
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
  /** Opens a case by hand; resolves to its id. */
  onCreateCase?: (platform: Platform, orderId: string) => Promise<number>;
  /** Export, import, backup and restore (storage/bundle). */
  bundle?: BundleApi;
  /** Chats saved before it was known which order they are about, to file in a case. */
  attachChat?: AttachChatApi;
}

/**
 * The case page: the list of cases, or one case (#case=ID), with the channel guide beside it.
 * The title links home, so every view reaches the list, backup and privacy policy.
 */
export function CasebookView(props: CasebookProps) {
  const { t } = useI18n();
  const openId = useOpenCaseId();
  const open = props.cases.find((c) => c.id === openId);
  // A case just created is opened as soon as the list holds it.
  const [created, setCreated] = useState<number>();
  useEffect(() => {
    if (created !== undefined && props.cases.some((c) => c.id === created)) {
      location.hash = caseHref(created);
      setCreated(undefined);
    }
  }, [created, props.cases]);
  return (
    <main class="casebook">
      <h1>
        <a href="#" class="home">
          {t('casebookTitle')}
        </a>{' '}
        <a href="privacy.html" target="_blank" rel="noopener" class="small">
          {t('privacyPolicy')}
        </a>
      </h1>
      {openId === undefined ? (
        <section class="cases" aria-labelledby="cases-heading">
          <h2 id="cases-heading">{t('casesHeading')}</h2>
          <CaseList cases={props.cases} now={props.now} />
          {props.onCreateCase && (
            <NewCaseForm
              onCreate={(platform, orderId) => props.onCreateCase!(platform, orderId).then(setCreated)}
            />
          )}
          {props.attachChat && <AttachChat api={props.attachChat} cases={props.cases} />}
          <details class="card">
            <summary>{t('backupAndStorage')}</summary>
            <StorageStatus storage={props.storage} />
            {props.bundle && <BundleActions api={props.bundle} />}
          </details>
        </section>
      ) : (
        <div class="cases">
          <nav aria-label={t('casesHeading')}>
            <a href="#" data-testid="back-to-cases">
              ← {t('allCases')}
            </a>
          </nav>
          {open ? (
            <CaseCard summary={open} actions={props.actions} order={orderOf(props.orders, open)?.order}>
              {props.bundle && <BundleActions api={props.bundle} caseId={open.id} />}
            </CaseCard>
          ) : (
            <p class="muted" role="status">
              {t('caseNotFound')}
            </p>
          )}
        </div>
      )}
      <Guide {...props} open={open} />
    </main>
  );
}

/** The order a case is about, when the extension saw its page. */
const orderOf = (orders: CasebookProps['orders'], c: CaseSummary) =>
  orders.find((o) => o.platform === c.platform && o.order.orderId === c.orderId);

/** The channel guide: for the open case's order and problem, else for an order picked here. */
function Guide(props: CasebookProps & { open: CaseSummary | undefined }) {
  const { t } = useI18n();
  const [selected, select] = useState('');
  // The guide (QR codes, hours) waits one frame, so the cases and their thumbnails paint first.
  const [guideReady, setGuideReady] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setGuideReady(true)));
    return () => cancelAnimationFrame(frame);
  }, []);
  const { open } = props;
  const chosen = open ? orderOf(props.orders, open) : props.orders.find((o) => o.order.orderId === selected);
  const platform = chosen?.platform ?? open?.platform;
  return (
    // The panel is its own labelled section with its 该找谁 heading; this only holds the picker.
    <div class="casebook-guide">
      {!open && (
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
      )}
      {guideReady && (
        <GuidePanel
          key={open ? `case-${open.id}` : selected}
          {...(chosen ? { order: chosen.order } : {})}
          {...(platform ? { platform } : {})}
          {...(open ? { problem: caseProblem(open) } : { askPlatform: true })}
          now={props.now}
          {...(chosen && props.onSaveCall
            ? { onSaveCall: (answers) => props.onSaveCall!(chosen.platform, chosen.order, answers) }
            : {})}
          {...(props.onSetReminder ? { onSetReminder: props.onSetReminder } : {})}
        />
      )}
    </div>
  );
}
