import { liveQuery } from 'dexie';
import { render } from 'preact';
import { CasebookView, type CasebookProps } from '../../components/CasebookView';
import { I18nContext } from '../../components/i18n';
import { useWasmSha256 } from '../../lib/hash';
import { browserI18n } from '../../lib/i18n';
import { caseSummaries, ordersSeen } from '../../storage/cases-view';
import { db, onUpgradeBlocked } from '../../storage/db';
import { saveCall, setReminder } from '../popup/actions';
import { bundleApi } from '../../storage/bundle/api';
import { caseActions, createCase, storageView } from './case-actions';
import { attachChatApi } from './attach-chat';

const i18n = browserI18n();
const root = document.getElementById('app')!;
// Videos added here over 64 MB hash with hash-wasm, loaded when the first one comes.
useWasmSha256(() => import('../../lib/sha256-wasm'));
document.documentElement.lang = i18n.lang === 'zh' ? 'zh-CN' : 'en';

// An older connection (a casebook tab left open across an update) holds the upgrade back: say so
// above the page until it closes, instead of an empty casebook that never loads.
function showUpgradeBlocked(): void {
  if (document.getElementById('upgrade-blocked')) return;
  const note = document.createElement('p');
  note.id = 'upgrade-blocked';
  note.setAttribute('role', 'alert');
  note.textContent = i18n.t('dbUpgradeBlocked');
  document.body.prepend(note);
}
onUpgradeBlocked(showUpgradeBlocked);
// Only the first waiting open gets a "blocked" event (another page's, the background's): one
// queued behind it hears nothing, so a database still shut after a few seconds is said the same way.
setTimeout(() => {
  if (!db().isOpen()) showUpgradeBlocked();
}, 5_000);

// A file dropped beside the drop zone would make the browser open it in place of the casebook.
for (const type of ['dragover', 'drop'] as const) addEventListener(type, (event) => event.preventDefault());

const actions = caseActions(db());
const bundle = bundleApi(db());
const attachChat = attachChatApi(db());
let storage: CasebookProps['storage'];
let latest: Pick<CasebookProps, 'cases' | 'orders'> = { cases: [], orders: [] };

function show(data: Pick<CasebookProps, 'cases' | 'orders'>): void {
  latest = data;
  render(
    <I18nContext.Provider value={i18n}>
      <CasebookView
        {...data}
        now={new Date()}
        onSaveCall={saveCall(i18n)}
        onSetReminder={setReminder(i18n)}
        actions={actions}
        bundle={bundle}
        attachChat={attachChat}
        storage={storage}
        onCreateCase={(platform, orderId) => createCase(db(), platform, orderId)}
      />
    </I18nContext.Provider>,
    root,
  );
}

// Room left is re-read whenever the evidence changes (below); persistence is asked for once here.
async function refreshStorage(): Promise<void> {
  storage = await storageView();
  show(latest);
}

// The page re-renders whenever the cases, their evidence or the orders seen change.
liveQuery(async () => ({ cases: await caseSummaries(db()), orders: await ordersSeen(db()) })).subscribe({
  next(data) {
    document.getElementById('upgrade-blocked')?.remove();
    show(data);
    refreshStorage().catch(console.error);
  },
  error: (error: unknown) => console.error(error),
});
