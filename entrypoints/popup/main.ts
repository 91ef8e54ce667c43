// The popup's first paint is index.html's frame, in Chinese, before any script. This script
// imports nothing but the browser's i18n: it puts in the browser's words where they differ (an
// English browser). Everything else (preact, the tab's report, zod, the answer and the channel
// guide's data) is in view.tsx's chunk, rendered into #app when it is in.
import { browserI18n } from '../../lib/i18n';

const i18n = browserI18n();
const root = document.getElementById('app')!;
document.documentElement.lang = i18n.lang === 'zh' ? 'zh-CN' : 'en';
for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  const words = i18n.t(element.dataset.i18n!);
  if (element.textContent !== words) element.textContent = words;
}

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
