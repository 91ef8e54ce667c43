import type { Order, Platform } from '../rules/types';
import { CopyButton } from './CopyButton';
import { useI18n } from './i18n';
import { formatPageTime } from './when';

export function OrderCard({ platform, order, now }: { platform: Platform; order: Order; now: Date }) {
  const { t, lang } = useI18n();
  const seller = [order.shopName, order.sellerNick]
    .filter(Boolean)
    .filter((v, i, all) => all.indexOf(v) === i);
  return (
    <section class="card order" aria-label={t('orderNumber')}>
      <p class="badges">
        <span class="badge platform">{t(`platform_${platform}`)}</span>
        <span class="badge">{t(`shopType_${order.shopType.replace(/-/g, '_')}`)}</span>
      </p>
      <dl>
        <dt>{t('orderNumber')}</dt>
        <dd class="order-id-row">
          <span class="order-id" data-testid="order-id">
            {order.orderId}
          </span>{' '}
          <CopyButton text={order.orderId} />
        </dd>
        {seller.length > 0 && (
          <>
            <dt>{t('seller')}</dt>
            <dd data-testid="seller">{seller.join(' · ')}</dd>
          </>
        )}
        {order.amount && (
          <>
            <dt>{t('amount')}</dt>
            <dd>¥{order.amount}</dd>
          </>
        )}
        {order.createdAt && (
          <>
            <dt>{t('orderTime')}</dt>
            <dd>{formatPageTime(order.createdAt, now, lang)}</dd>
          </>
        )}
        {order.autoConfirmBy && (
          <>
            <dt>{t('autoConfirmBy')}</dt>
            <dd data-testid="auto-confirm-by">{formatPageTime(order.autoConfirmBy, now, lang)}</dd>
          </>
        )}
        {order.status && (
          <>
            <dt>{t('status')}</dt>
            <dd>{order.status}</dd>
          </>
        )}
      </dl>
      {order.items[0] && <p class="item-title small">{order.items[0].title}</p>}
    </section>
  );
}
