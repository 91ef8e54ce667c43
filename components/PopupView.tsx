import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { PageNumber } from '../lib/messages';
import type { Detection, Order, Platform } from '../rules/types';
import type { CallAnswers } from './CallScriptBox';
import { routeFor, type Problem } from '../rules/routing';
import { primaryOf } from './answer';
import { AnswerCard } from './AnswerCard';
import { AutoConfirmWarning } from './AutoConfirmWarning';
import { CaptureBar, type CaptureControls } from './CaptureBar';
import type { SetReminder } from './EscalationList';
import { GuidePanel } from './GuidePanel';
import { useI18n } from './i18n';
import { NoOrderPage, type PagePlace } from './NoOrderPage';
import { EnableSite } from './EnableSite';
import { NumbersList } from './NumbersList';
import { OrderCard } from './OrderCard';
import { ProblemSelect } from './ProblemSelect';

export type PopupModel =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'no-report' }
  /**
   * `orderId` preselects one order of a list page (the page's 维权 button); `insecure`: the page
   * was loaded over plain http, so what it shows may have been changed on the way (issue 18.10).
   */
  | { kind: 'report'; detection: Detection; orderId?: string | undefined; insecure?: boolean };

/** Saves call answers into the case of one order; resolves to an error message or null. */
export type SaveOrderCall = (
  platform: Platform,
  order: Order,
  answers: CallAnswers,
) => Promise<string | null>;

interface ViewProps {
  model: PopupModel;
  now: Date;
  /** What the tab's address says: its shop site, whether it is a chat. */
  place?: PagePlace | undefined;
  /** Phone numbers the tab shows, with verdicts. */
  numbers?: PageNumber[] | undefined;
  onSaveCall?: SaveOrderCall | undefined;
  /** A site without number marks yet, and how to turn them on there. */
  enableSite?: { host: string; enable: () => Promise<string | null> } | undefined;
  /** Follow-up reminders work with or without an order. */
  onSetReminder?: SetReminder | undefined;
  /** Screenshot / full page / chat capture of the tab. */
  capture?: CaptureControls | undefined;
  /** Order ids of the tab's platform that have an open case (for the 自动确认收货 warning). */
  openCases?: ReadonlySet<string> | undefined;
}

export function PopupView({
  model,
  place = { chat: false },
  now,
  numbers = [],
  enableSite,
  onSaveCall,
  onSetReminder,
  capture,
  openCases,
}: ViewProps) {
  const { t } = useI18n();
  const enable = enableSite && <EnableSite host={enableSite.host} onEnable={enableSite.enable} />;
  const body = () => {
    switch (model.kind) {
      case 'loading':
        return <p class="muted">{t('loading')}</p>;
      case 'no-tab':
        return <p class="muted">{t('noTab')}</p>;
      case 'report':
        if (model.detection.detected)
          return (
            <>
              {enable}
              <Orders
                detection={model.detection}
                insecure={model.insecure ?? false}
                preselected={model.orderId}
                now={now}
                onSaveCall={onSaveCall}
                onSetReminder={onSetReminder}
                openCases={openCases}
                below={
                  <>
                    {capture && <CaptureBar controls={capture} />}
                    <NumbersList numbers={numbers} />
                  </>
                }
              />
            </>
          );
    }
    return (
      <NoOrderPage
        place={place}
        failed={model.kind === 'report' && !model.detection.detected ? model.detection : undefined}
        numbers={numbers}
        capture={capture}
        enableSite={enable}
        now={now}
        onSetReminder={onSetReminder}
      />
    );
  };
  return body();
}

function Orders(props: {
  detection: Extract<Detection, { detected: true }>;
  insecure: boolean;
  preselected: string | undefined;
  now: Date;
  onSaveCall: SaveOrderCall | undefined;
  onSetReminder: SetReminder | undefined;
  openCases: ReadonlySet<string> | undefined;
  below: ComponentChildren;
}) {
  const { t } = useI18n();
  const { orders, platform } = props.detection;
  const initial = orders.find((o) => o.orderId === props.preselected) ?? orders[0]!;
  const [selectedId, select] = useState(initial.orderId);
  const [problem, setProblem] = useState<Problem>('after-sales-refused');
  const order = orders.find((o) => o.orderId === selectedId) ?? initial;
  const route = routeFor({ platform, shopType: order.shopType, problem });
  return (
    <>
      {orders.length > 1 && <OrderPicker orders={orders} selected={order.orderId} onSelect={select} />}
      <label class="problem-line">
        {t('problemShort')}
        <ProblemSelect value={problem} onChange={setProblem} testId="problem-picker" />
      </label>
      <AnswerCard route={route} now={props.now} />
      {props.insecure && (
        <p class="card warning small" role="alert" data-testid="insecure-page">
          {t('insecurePage')}
        </p>
      )}
      <AutoConfirmWarning
        platform={platform}
        order={order}
        caseOpen={props.openCases?.has(order.orderId) ?? false}
        now={props.now}
      />
      <OrderCard platform={platform} order={order} now={props.now} />
      {props.below}
      <GuidePanel
        key={order.orderId}
        order={order}
        platform={platform}
        now={props.now}
        problem={problem}
        shownAbove={primaryOf(route)?.channel.id}
        onSaveCall={props.onSaveCall && ((answers) => props.onSaveCall!(platform, order, answers))}
        onSetReminder={props.onSetReminder}
      />
    </>
  );
}

function OrderPicker(props: { orders: Order[]; selected: string; onSelect: (orderId: string) => void }) {
  const { t } = useI18n();
  return (
    <label class="picker">
      {t('pickOrder')}
      <select
        value={props.selected}
        onChange={(event) => props.onSelect(event.currentTarget.value)}
        data-testid="order-picker"
      >
        {props.orders.map((order) => (
          <option key={order.orderId} value={order.orderId}>
            {order.orderId} · {order.shopName ?? order.sellerNick ?? ''}
          </option>
        ))}
      </select>
    </label>
  );
}
