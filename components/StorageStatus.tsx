import { useI18n } from './i18n';
import { formatBytes } from './object-url';

export interface StorageView {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** How much room the evidence has, and whether the browser promised to keep it. */
export function StorageStatus({ storage }: { storage?: StorageView }) {
  const { t } = useI18n();
  if (!storage) return null;
  const nearlyFull = storage.quota > 0 && storage.usage / storage.quota > 0.8;
  return (
    <p class="small muted" data-testid="storage-status">
      {t('storageUsage', [formatBytes(storage.usage), formatBytes(storage.quota)])} ·{' '}
      {storage.persisted ? t('storagePersisted') : t('storageNotPersisted')}
      {nearlyFull && <strong class="error"> {t('storageNearlyFull')}</strong>}
    </p>
  );
}
