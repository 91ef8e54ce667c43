import { useState } from 'preact/hooks';
import type { Platform } from '../rules/types';
import { useI18n } from './i18n';

const PLATFORMS: Platform[] = ['taobao', 'tmall', 'weidian'];

/** A case opened by hand, for an order the extension has not seen (a phone-app order, say). */
export function NewCaseForm({
  onCreate,
}: {
  onCreate: (platform: Platform, orderId: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [platform, setPlatform] = useState<Platform>('taobao');
  const [orderId, setOrderId] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      class="new-case small"
      data-testid="new-case"
      onSubmit={(event) => {
        event.preventDefault();
        const id = orderId.trim();
        if (!/^\d{11,20}$/.test(id)) return setError(t('newCaseBadId'));
        setError('');
        onCreate(platform, id).then(
          () => setOrderId(''),
          (failure: unknown) => setError(t('saveFailedBecause', [String(failure)])),
        );
      }}
    >
      <strong>{t('newCase')}</strong>{' '}
      <select
        value={platform}
        aria-label={t('platformQuestion')}
        onChange={(event) => setPlatform(event.currentTarget.value as Platform)}
      >
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {t(`platform_${p}`)}
          </option>
        ))}
      </select>{' '}
      <input
        inputMode="numeric"
        placeholder={t('newCaseOrderId')}
        aria-label={t('newCaseOrderId')}
        value={orderId}
        onInput={(event) => setOrderId(event.currentTarget.value)}
      />{' '}
      <button type="submit">{t('newCaseCreate')}</button>
      {error && <span class="error"> {error}</span>}
    </form>
  );
}
