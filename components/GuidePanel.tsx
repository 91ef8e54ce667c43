import { useState } from 'preact/hooks';
import { getChannel, isPhone } from '../rules/channels';
import {
  callQuestions,
  callScript,
  escalationPlan,
  evidenceFor,
  routeFor,
  type Problem,
} from '../rules/routing';
import type { Order, Platform, ShopType } from '../rules/types';
import { CallScriptBox, type SaveCall } from './CallScriptBox';
import { ChannelGuide } from './ChannelGuide';
import { EscalationList, type SetReminder } from './EscalationList';
import { EvidenceChecklist } from './EvidenceChecklist';
import { FraudGuard } from './FraudGuard';
import { ProblemSelect } from './ProblemSelect';
import { useI18n } from './i18n';

const PLATFORMS: Platform[] = ['taobao', 'tmall', 'weidian'];
/** The shop types a Taobao or Tmall buyer picks from (a Weidian shop is only a Weidian shop). */
const SHOP_TYPES: ShopType[] = ['tmall', 'tmall-supermarket', 'tmall-global-direct', 'taobao'];

/**
 * The channel guide: pick the problem, get the ordered steps, the evidence to prepare, what to
 * say on the call, and when to escalate. Without a detected order the shopper picks the platform
 * and shop type by hand.
 */
export function GuidePanel(props: {
  order?: Order;
  platform?: Platform;
  now: Date;
  onSaveCall?: SaveCall;
  onSetReminder?: SetReminder;
  /** Chosen above (the popup's answer card); the panel then shows no picker of its own. */
  problem?: Problem;
  /** The channel the answer card already details. */
  shownAbove?: string | undefined;
  /** Nothing on the page says which platform (the casebook's list): ask before any steps. */
  askPlatform?: boolean;
  /** The platform the page's address names (a chat, a shop page): chosen until the shopper changes it. */
  pagePlatform?: Platform | undefined;
}) {
  const { t } = useI18n();
  const [ownProblem, setProblem] = useState<Problem>('after-sales-refused');
  const problem = props.problem ?? ownProblem;
  const [manualPlatform, setManualPlatform] = useState<Platform | ''>(props.pagePlatform ?? '');
  const [manualShop, setManualShop] = useState<ShopType | ''>('');
  const platform = props.platform ?? (manualPlatform || undefined);
  // No shop-type choice on Weidian: there it could only contradict the platform.
  const shopChoice = platform !== 'weidian';
  const shopType = props.order?.shopType ?? ((shopChoice && manualShop) || undefined);

  if (props.askPlatform && !platform && !props.order) {
    return (
      <section class="card guide" aria-label={t('channelHeading')}>
        <h2>{t('channelHeading')}</h2>
        <PlatformQuestion onPick={setManualPlatform} />
        <details>
          <summary>{t('fraudHeading')}</summary>
          <FraudGuard />
        </details>
      </section>
    );
  }
  const route = routeFor({ platform, shopType, problem });
  const hotline = route.steps.map((s) => getChannel(s.channelId)).find(isPhone);
  const script = callScript({ order: props.order, platform, problem });
  return (
    <section class="card guide" aria-label={t('channelHeading')}>
      {!props.problem && (
        <label class="picker">
          {t('problemQuestion')}
          <ProblemSelect value={problem} onChange={setProblem} testId="problem-picker" />
        </label>
      )}
      {!props.order && (
        <div class="manual" data-testid="manual-choice">
          <select
            value={manualPlatform}
            onChange={(event) => setManualPlatform(event.currentTarget.value as Platform | '')}
            aria-label={t('platformQuestion')}
            data-testid="guide-platform"
          >
            <option value="">{t('platformQuestion')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform_${p}`)}
              </option>
            ))}
          </select>
          {shopChoice && (
            <select
              value={manualShop}
              onChange={(event) => setManualShop(event.currentTarget.value as ShopType | '')}
              aria-label={t('shopTypeQuestion')}
            >
              <option value="">{t('shopTypeQuestion')}</option>
              {SHOP_TYPES.map((s) => (
                <option key={s} value={s}>
                  {t(`shopType_${s.replace(/-/g, '_')}`)}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      <h2>{t(props.shownAbove ? 'allStepsHeading' : 'channelHeading')}</h2>
      <ChannelGuide route={route} now={props.now} shownAbove={props.shownAbove} />
      <details>
        <summary>{t('evidenceHeading')}</summary>
        <EvidenceChecklist items={evidenceFor(problem, platform)} />
      </details>
      <details>
        <summary>{t('callHeading')}</summary>
        <CallScriptBox
          script={script}
          questions={callQuestions(problem)}
          dialled={hotline?.number ?? ''}
          onSave={props.onSaveCall}
        />
      </details>
      <details>
        <summary>{t('escalationHeading')}</summary>
        <EscalationList plan={escalationPlan(problem, platform)} onSetReminder={props.onSetReminder} />
      </details>
      <details>
        <summary>{t('fraudHeading')}</summary>
        <FraudGuard />
      </details>
    </section>
  );
}

/** 在哪个平台买的？ with a button per platform: the steps differ, so none are shown until then. */
function PlatformQuestion({ onPick }: { onPick: (platform: Platform) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="platform-question" data-testid="platform-question">
      <legend>{t('platformQuestion')}</legend>
      {PLATFORMS.map((p) => (
        <button key={p} type="button" onClick={() => onPick(p)}>
          {t(`platform_${p}`)}
        </button>
      ))}
      <p class="muted small">{t('guideAfterPlatform')}</p>
    </fieldset>
  );
}
