import type { Detection } from '../rules/types';
import { ChannelGuide } from './ChannelGuide';
import { useI18n } from './i18n';
import { NotRecognised } from './NotRecognised';
import { OrderCard } from './OrderCard';

export type PopupModel =
  { kind: 'loading' } | { kind: 'no-tab' } | { kind: 'no-report' } | { kind: 'report'; detection: Detection };

export function PopupView({ model, now }: { model: PopupModel; now: Date }) {
  const { t } = useI18n();
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
      </header>
      <Body model={model} now={now} />
      <footer class="privacy">{t('privacy')}</footer>
    </main>
  );
}

function Body({ model, now }: { model: PopupModel; now: Date }) {
  const { t } = useI18n();
  switch (model.kind) {
    case 'loading':
      return <p class="muted">{t('loading')}</p>;
    case 'no-tab':
      return <p class="muted">{t('noTab')}</p>;
    case 'no-report':
      return <p class="muted">{t('noReport')}</p>;
    case 'report': {
      const { detection } = model;
      if (!detection.detected) return <NotRecognised reason={detection.reason} detail={detection.detail} />;
      const order = detection.orders[0]!;
      return (
        <>
          <OrderCard platform={detection.platform} order={order} />
          <ChannelGuide platform={detection.platform} shopType={order.shopType} now={now} />
        </>
      );
    }
  }
}
