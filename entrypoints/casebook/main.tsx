import { liveQuery } from 'dexie';
import { render } from 'preact';
import { CasebookView, type CasebookProps } from '../../components/CasebookView';
import { I18nContext } from '../../components/i18n';
import { browserI18n } from '../../lib/i18n';
import { caseSummaries, ordersSeen } from '../../storage/cases-view';
import { db } from '../../storage/db';
import { saveCall, setReminder } from '../popup/actions';

const i18n = browserI18n();
const root = document.getElementById('app')!;
document.documentElement.lang = i18n.lang === 'zh' ? 'zh-CN' : 'en';

function show(data: Pick<CasebookProps, 'cases' | 'orders'>): void {
  render(
    <I18nContext.Provider value={i18n}>
      <CasebookView
        {...data}
        now={new Date()}
        onSaveCall={saveCall(i18n)}
        onSetReminder={setReminder(i18n)}
      />
    </I18nContext.Provider>,
    root,
  );
}

// The page re-renders whenever the cases, their evidence or the orders seen change.
liveQuery(async () => ({ cases: await caseSummaries(db()), orders: await ordersSeen(db()) })).subscribe({
  next: show,
  error: (error: unknown) => console.error(error),
});
