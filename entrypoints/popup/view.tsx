// The popup after its first paint (main.tsx): reads the tab's report and renders the answer.
// The case database (Dexie) loads only when the tab shows an order.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '../../components/i18n';
import { PopupView } from '../../components/PopupView';
import type { I18n } from '../../lib/i18n';
import { readTabNumbers, readTabState, watchTabState } from '../../storage/tab-state';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { NUMBER_PAGE_MATCHES } from '../../rules/number-pages';
import { enableSiteNumbers, saveCall, setReminder } from './actions';
import { captureControls } from './capture';
import { placeOf } from './page-place';
import type { CaptureControls } from '../../components/CaptureBar';
import type { Detection } from '../../rules/types';

const params = new URLSearchParams(location.search);
let i18n: I18n;
let root: HTMLElement;

/**
 * popup.html?tabId=<id> opens the popup for that tab (tests, casebook); else the active tab,
 * whose address the toolbar click lets us read (activeTab).
 */
async function targetTab(): Promise<{ id: number; url?: URL } | undefined> {
  const param = params.get('tabId');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isInteger(id) || id < 0) return undefined;
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return tab?.url ? { id, url: new URL(tab.url) } : { id };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  return tab.url ? { id: tab.id, url: new URL(tab.url) } : { id: tab.id };
}

/** A web page our number marks do not cover yet: offer to turn them on there. */
async function siteToEnable(tabId: number, url: URL | undefined) {
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  if (NUMBER_PAGE_MATCHES.some((pattern) => new MatchPattern(pattern).includes(url))) return undefined;
  if (await browser.permissions.contains({ origins: [`*://${url.host}/*`] })) return undefined;
  return { host: url.host, enable: enableSiteNumbers(i18n, tabId, url) };
}

let caseStoreLoading: Promise<[typeof import('../../storage/cases-view'), typeof import('../../storage/db')]>;
/** The case database's code, loaded once, as soon as the tab is known to show an order. */
const caseStore = () =>
  (caseStoreLoading ??= Promise.all([import('../../storage/cases-view'), import('../../storage/db')]));

/** The tab's orders that have an open case; none when the database cannot be read. */
async function openCasesOf(detection: Detection | undefined): Promise<ReadonlySet<string>> {
  if (!detection?.detected) return new Set();
  try {
    const [{ openCaseOrderIds }, { db }] = await caseStore();
    return await openCaseOrderIds(
      db(),
      detection.platform,
      detection.orders.map((order) => order.orderId),
    );
  } catch (error) {
    console.error(error);
    return new Set();
  }
}

let rerender = () => {};
let capture: CaptureControls | undefined;

type Shown = Omit<Parameters<typeof PopupView>[0], 'now' | 'onSaveCall' | 'onSetReminder' | 'capture'>;

function show(shown: Shown): void {
  rerender = () => show(shown);
  render(
    <I18nContext.Provider value={i18n}>
      <PopupView
        {...shown}
        now={new Date()}
        onSaveCall={saveCall(i18n)}
        onSetReminder={setReminder(i18n)}
        capture={capture}
      />
    </I18nContext.Provider>,
    root,
  );
}

async function main(): Promise<void> {
  show({ model: { kind: 'loading' } });
  const tab = await targetTab();
  if (tab === undefined) return show({ model: { kind: 'no-tab' } });
  const tabId = tab.id;
  const enableSite = await siteToEnable(tabId, tab.url);
  const first = await readTabState(tabId);
  // The tab's own address, or where its content script last reported from (a casebook-opened popup).
  const place = placeOf(tab.url?.href ?? first?.url);
  const detection = first?.detection;
  if (detection?.detected) caseStore().catch(console.error);
  capture = await captureControls(tabId, place.chat, detection, (progress) => {
    if (capture) capture = { ...capture, progress };
    rerender();
  });
  const refresh = async () => {
    const [state, numbers] = await Promise.all([readTabState(tabId), readTabNumbers(tabId)]);
    show({
      model: state
        ? {
            kind: 'report',
            detection: state.detection,
            orderId: params.get('orderId') ?? undefined,
            insecure: state.url.startsWith('http:'),
          }
        : { kind: 'no-report' },
      place,
      numbers,
      enableSite,
      openCases: await openCasesOf(state?.detection),
    });
  };
  watchTabState(tabId, () => {
    refresh().catch(console.error);
  });
  await refresh();
}

/** Takes over `into`, where main.tsx painted the loading frame. */
export function startPopup(words: I18n, into: HTMLElement): void {
  i18n = words;
  root = into;
  main().catch((error: unknown) => {
    console.error(error);
    show({ model: { kind: 'no-tab' } });
  });
}
