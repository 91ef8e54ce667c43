import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/i18n';
import { PopupView, type PopupModel } from '../../components/PopupView';
import { browserI18n } from '../../lib/i18n';
import type { PageNumber } from '../../lib/messages';
import { readTabNumbers, readTabState, watchTabState } from '../../storage/tab-state';
import { saveCall, setReminder } from './actions';

const params = new URLSearchParams(location.search);

/** popup.html?tabId=<id> opens the popup for that tab (tests, casebook); else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = params.get('tabId');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const i18n = browserI18n();
const root = document.getElementById('app')!;
document.documentElement.lang = i18n.lang === 'zh' ? 'zh-CN' : 'en';

function show(model: PopupModel, numbers: PageNumber[] = []): void {
  render(
    <I18nContext.Provider value={i18n}>
      <PopupView
        model={model}
        numbers={numbers}
        now={new Date()}
        onSaveCall={saveCall(i18n)}
        onSetReminder={setReminder(i18n)}
      />
    </I18nContext.Provider>,
    root,
  );
}

async function main(): Promise<void> {
  show({ kind: 'loading' });
  const tabId = await targetTabId();
  if (tabId === undefined) return show({ kind: 'no-tab' });
  const refresh = async () => {
    const [state, numbers] = await Promise.all([readTabState(tabId), readTabNumbers(tabId)]);
    show(
      state
        ? { kind: 'report', detection: state.detection, orderId: params.get('orderId') ?? undefined }
        : { kind: 'no-report' },
      numbers,
    );
  };
  watchTabState(tabId, () => {
    refresh().catch(console.error);
  });
  await refresh();
}

main().catch((error: unknown) => {
  console.error(error);
  show({ kind: 'no-tab' });
});
