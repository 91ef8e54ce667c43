// The popup's first paint: its frame and loading line, from a script that holds only preact and
// these words. Everything else (the tab's report, zod, the answer and the channel guide's data)
// is in view.tsx's chunk, rendered over the frame when it is in.
import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { Loading, PopupFrame } from '../../components/PopupFrame';
import { browserI18n } from '../../lib/i18n';

const i18n = browserI18n();
const root = document.getElementById('app')!;
document.documentElement.lang = i18n.lang === 'zh' ? 'zh-CN' : 'en';
render(
  <I18nContext.Provider value={i18n}>
    <PopupFrame>
      <Loading />
    </PopupFrame>
  </I18nContext.Provider>,
  root,
);
/** Calls `then` once the frame is on screen (its first contentful paint), or after 300 ms at most. */
function afterFirstPaint(then: () => void): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    observer?.disconnect();
    then();
  };
  const observer =
    typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint')
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName('first-contentful-paint').length > 0) once();
        })
      : undefined;
  observer?.observe({ type: 'paint', buffered: true });
  setTimeout(once, 300);
}

// Fetched once the frame is on screen: compiling it sooner holds the first paint back.
afterFirstPaint(() => {
  import('./view')
    .then(({ startPopup }) => startPopup(i18n, root))
    .catch((error: unknown) => {
      console.error(error);
      root.textContent = i18n.t('noTab');
    });
});
