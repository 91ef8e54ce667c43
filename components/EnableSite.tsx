import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

/** Offers number marks on the current site; resolves to an error message, or null when on. */
export function EnableSite({ host, onEnable }: { host: string; onEnable: () => Promise<string | null> }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const enable = () => {
    onEnable().then(
      (error) => setStatus(error ?? t('siteEnabled')),
      (error: unknown) => setStatus(String(error)),
    );
  };
  return (
    <p class="small enable-site">
      <button type="button" class="link-button" onClick={enable} data-testid="enable-site">
        {t('enableSite', [host])}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}
