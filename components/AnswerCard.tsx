import { mayShowAsOfficial, SOURCES } from '../rules/channels';
import { isFirstHand } from '../rules/channels/sources';
import type { Channel, IvrPath, PhoneChannel } from '../rules/channels/types';
import type { Route } from '../rules/routing';
import { otherMenus, primaryOf } from './answer';
import { useI18n } from './i18n';
import { OpenSentence } from './OpenSentence';
import { HoursBySource } from './PhoneDetails';
import { SourceList } from './SourceList';
import { TelQr } from './TelQr';

/**
 * The popup's first screen: the one route to take now, in large type, whether it is open, the
 * keys to press and one QR code; everything else comes below it.
 */
export function AnswerCard({ route, now }: { route: Route; now: Date }) {
  const { t, pick } = useI18n();
  const primary = primaryOf(route);
  if (!primary) return null;
  const { channel, step, before } = primary;
  return (
    <section class="card answer" aria-labelledby="answer-heading" data-testid="answer">
      <h2 id="answer-heading">{pick(channel.entity)}</h2>
      {channel.kind === 'phone' ? (
        <PhoneAnswer channel={channel} ivrId={step.ivrId} now={now} />
      ) : (
        <>
          <p class="answer-route" data-testid="answer-route">
            {channel.kind === 'in-app' ? channel.route.map(pick).join(' → ') : pick(step.title)}
          </p>
          <p class="hours always" data-testid="answer-status">
            {t('inAppAnytime')}
          </p>
          <p class="small">{pick(step.detail)}</p>
          <SourceList sources={step.sources} />
        </>
      )}
      {before && before.channel.kind === 'in-app' && (
        <p class="answer-before small" data-testid="answer-before">
          {t('answerBefore', [before.channel.route.map(pick).join(' → ')])}
        </p>
      )}
    </section>
  );
}

function PhoneAnswer(props: { channel: PhoneChannel; ivrId: string | undefined; now: Date }) {
  const { t } = useI18n();
  const { channel, now } = props;
  const menu = channel.ivr?.find((path) => path.id === props.ivrId);
  return (
    <>
      <div class="answer-line">
        <div class="answer-main">
          <p class="answer-number-line">
            <a class="answer-number" href={`tel:${channel.digits}`} data-testid="answer-number">
              {channel.number}
            </a>
            <OfficialBadge channel={channel} />
          </p>
          <OpenSentence channel={channel} now={now} testId="answer-status" />
        </div>
        <TelQr digits={channel.digits} label={t('scanToDial', [channel.number])} />
      </div>
      {menu ? <Menu channel={channel} menu={menu} /> : <p class="small">{t('sayHuman')}</p>}
      <HoursBySource channel={channel} now={now} />
    </>
  );
}

/** 官方 only when the record may show it; the badge says whose word that rests on. */
function OfficialBadge({ channel }: { channel: Channel }) {
  const { t } = useI18n();
  if (!mayShowAsOfficial(channel)) return <span class="badge unconfirmed">{t('unconfirmedBadge')}</span>;
  const firstHand = channel.sources.some((id) => isFirstHand(SOURCES[id]));
  return (
    <span class="badge official" data-testid="official-badge">
      {t(firstHand ? 'officialBadge' : 'officialByGuides')}
    </span>
  );
}

function Menu({ channel, menu }: { channel: PhoneChannel; menu: IvrPath }) {
  const { t, pick } = useI18n();
  const keys = (path: IvrPath) => path.keys.map((key) => `${key.key} ${pick(key.label)}`).join(' → ');
  return (
    <div class="ivr" data-testid="ivr">
      <p>
        {t('ivr')}{' '}
        {menu.keys.map((key, index) => (
          <span class="key" key={key.key}>
            {index > 0 && '→ '}
            <kbd>{key.key}</kbd> {pick(key.label)}{' '}
          </span>
        ))}
      </p>
      {otherMenus(channel, menu).map((other) => (
        <p class="small muted" key={other.id} data-testid="other-menu">
          {t('otherGuideSays', [keys(other)])}
        </p>
      ))}
      <p class="small muted">{t('sayHuman')}</p>
      <SourceList sources={[...new Set([menu, ...otherMenus(channel, menu)].flatMap((p) => p.sources))]} />
    </div>
  );
}
