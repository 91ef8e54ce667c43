// The popup's frame and its loading line: all the popup's first paint shows, so the first script
// it loads needs nothing more than preact and these words (the answer, the channel guide's data
// and zod arrive after, in entrypoints/popup/view.tsx's chunk).
import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n';

export function PopupFrame({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
        <a href="casebook.html" target="_blank" rel="noopener" class="small" data-testid="open-casebook">
          {t('openCasebook')}
        </a>
      </header>
      {children}
      <footer class="privacy">{t('privacy')}</footer>
    </main>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <p class="muted">{t('loading')}</p>;
}
