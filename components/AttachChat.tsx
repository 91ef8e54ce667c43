import { useEffect, useState } from 'preact/hooks';
import type { CaseSummary } from '../lib/case-types';
import { chatPlatforms } from '../rules/sites/chat/layouts';
import { useI18n } from './i18n';
import { beijingDate } from './when';

/** One chat page's captures saved before it was known which order they are about. */
export interface UnattachedChatView {
  url: string;
  title: string;
  capturedAt: number;
  ids: number[];
}

export interface AttachChatApi {
  /** Calls back with the unattached chats now and whenever they change; returns an unsubscribe. */
  watch: (show: (chats: UnattachedChatView[]) => void) => () => void;
  /** Moves a chat page's unattached items into the case and logs them in its chain. */
  attach: (url: string, caseId: number) => Promise<void>;
}

/** The casebook's list of chats saved first, each with a choice of case to file it in. */
export function AttachChat({ api, cases }: { api: AttachChatApi; cases: CaseSummary[] }) {
  const { t } = useI18n();
  const [chats, setChats] = useState<UnattachedChatView[]>([]);
  const [done, setDone] = useState(false);
  useEffect(() => api.watch(setChats), [api]);
  if (chats.length === 0 && !done) return null;
  return (
    <section class="card attach-chat" aria-label={t('attachChatHeading')} data-testid="attach-chat">
      <strong>{t('attachChatHeading')}</strong>
      {chats.map((chat) => (
        <AttachRow
          key={chat.url}
          chat={chat}
          cases={cases}
          onAttach={(caseId) => api.attach(chat.url, caseId).then(() => setDone(true))}
        />
      ))}
      {done && (
        <p class="small ok" role="status">
          {t('attachChatDone')}
        </p>
      )}
    </section>
  );
}

function AttachRow(props: {
  chat: UnattachedChatView;
  cases: CaseSummary[];
  onAttach: (caseId: number) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [caseId, setCaseId] = useState('');
  // Only cases of the chat's own platform: a 微店 chat is never filed under a Taobao order.
  const platforms = chatPlatforms(props.chat.url);
  const cases = props.cases.filter((c) => platforms.includes(c.platform));
  const when = beijingDate(new Date(props.chat.capturedAt), lang);
  return (
    <div class="attach-row" data-testid="attach-chat-row">
      <p class="small">
        {props.chat.title} · {t('attachChatItems', [when, String(props.chat.ids.length)])}
      </p>
      <label class="small">
        {t('attachChatPick')}{' '}
        <select
          value={caseId}
          onChange={(event) => setCaseId(event.currentTarget.value)}
          data-testid="attach-chat-case"
        >
          <option value="">{t('attachChatChoose')}</option>
          {cases.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.title} · {t('orderNumber')} {c.orderId}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        disabled={!caseId}
        onClick={() => void props.onAttach(Number(caseId))}
        data-testid="attach-chat-button"
      >
        {t('attachChatButton')}
      </button>
    </div>
  );
}
