import { useState } from 'preact/hooks';
import type { OrderChoice } from '../lib/messages';
import { useI18n } from './i18n';

export type CaptureKind = 'visible' | 'full-page' | 'chat';

/** A running or finished full-page capture, as the background reports it. */
export interface CaptureProgressView {
  jobId: string;
  state: 'running' | 'saving' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  error?: string | undefined;
  /** On 'cancelled': the screens taken were kept (marked partial) when this is not empty. */
  evidenceIds?: number[] | undefined;
}

/** What a saved chat transcript holds, as the popup tells the shopper. */
export interface ChatSavedView {
  messages: number;
  complete: boolean;
  /** Why reading stopped (ChatStop): says why an incomplete transcript is incomplete. */
  stop: string;
  /** Saved in no case yet, to be attached in the casebook. */
  unattached?: boolean;
}

export interface CaptureControls {
  /**
   * Starts a capture; resolves to an error code, or null once saved (or started, for full
   * page), or what a saved chat transcript holds.
   */
  start: (kind: CaptureKind, order?: OrderChoice) => Promise<string | ChatSavedView | null>;
  cancel: (jobId: string) => Promise<void>;
  /** Orders the shopper can file a capture under when the tab does not say which. */
  choices: OrderChoice[];
  /** The tab shows no single order (a list, a chat): show the order picker from the start. */
  askOrder: boolean;
  /** The tab is a seller chat: offer the transcript. */
  chat: boolean;
  progress?: CaptureProgressView | undefined;
}

/** Error codes the background answers with that have their own words (captureError_*). */
const KNOWN_ERRORS = new Set([
  'storage-full',
  'tab-closed',
  'tab-navigated',
  'tab-switched',
  'tab-not-active',
  'interrupted',
  'capture-busy',
  'cannot-capture-page',
  'capture-failed',
  'pane-not-found',
  'pane-not-visible',
  'frame-not-found',
  'not-running',
  'no-chat',
  'chat-disconnected',
  'chat-empty',
  'no-permission',
]);

const BUTTON_WORDS: Record<CaptureKind, string> = {
  visible: 'captureVisible',
  'full-page': 'captureFullPage',
  chat: 'captureChat',
};
const PAGE_BUTTONS: CaptureKind[] = ['visible', 'full-page'];
/** On a chat, saving it is the first thing to do there: its button first. */
const CHAT_BUTTONS: CaptureKind[] = ['chat', ...PAGE_BUTTONS];

/** Screenshot, full page and chat buttons, with progress, cancel and a plain outcome. */
export function CaptureBar({ controls }: { controls: CaptureControls }) {
  const { t } = useI18n();
  const [order, setOrder] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const [needsOrder, setNeedsOrder] = useState(controls.askOrder);
  /** The job followed is the pictures of a chat whose transcript is already saved. */
  const [chatPictures, setChatPictures] = useState(false);
  /** The job whose line was showing when the last capture began: its outcome is no longer news. */
  const [pastJob, setPastJob] = useState<string>();
  const chosen = controls.choices.find((c) => `${c.platform}:${c.orderId}` === order);
  const errorText = (code: string) =>
    KNOWN_ERRORS.has(code) ? t(`captureError_${code.replaceAll('-', '_')}`) : t('captureError_other', [code]);

  async function start(kind: CaptureKind) {
    setBusy(true);
    setOutcome(undefined);
    setPastJob(controls.progress?.jobId);
    setChatPictures(kind === 'chat');
    const error = await controls.start(kind, chosen).catch((failure: unknown) => String(failure));
    setBusy(false);
    if (error === 'choose-order' || error === 'unknown-order') {
      setNeedsOrder(true);
      setOutcome({ ok: false, text: t('captureChooseOrder') });
    } else if (typeof error === 'object' && error) setOutcome({ ok: true, text: chatSavedText(error, t) });
    else if (error) setOutcome({ ok: false, text: errorText(error) });
    else if (kind !== 'full-page') setOutcome({ ok: true, text: t('captureSaved') });
  }

  const progress = controls.progress?.jobId === pastJob ? undefined : controls.progress;
  const running = progress?.state === 'running' || progress?.state === 'saving';
  return (
    <section class="card capture" aria-label={t('captureHeading')} data-testid="capture">
      {/* On a chat, saving it is the first thing to do there. */}
      <strong>{t(controls.chat ? 'captureChatFirst' : 'captureHeading')}</strong>
      {(needsOrder || chosen) && controls.choices.length > 0 && (
        <label class="small">
          {t('captureOrder')}{' '}
          <select
            value={order}
            onChange={(event) => setOrder(event.currentTarget.value)}
            data-testid="capture-order"
          >
            <option value="">—</option>
            {controls.choices.map((c) => (
              <option key={`${c.platform}:${c.orderId}`} value={`${c.platform}:${c.orderId}`}>
                {c.orderId} {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <div class="capture-buttons">
        {(controls.chat ? CHAT_BUTTONS : PAGE_BUTTONS).map((kind, index) => (
          <button
            key={kind}
            type="button"
            class={controls.chat && index === 0 ? 'primary' : undefined}
            disabled={busy || running}
            onClick={() => void start(kind)}
            data-testid={`capture-${kind}`}
          >
            {t(BUTTON_WORDS[kind])}
          </button>
        ))}
      </div>
      {controls.chat && <p class="small warning-text">{t('captureChatWarning')}</p>}
      {/* One status: what was saved first, then what the follow-up job (the chat's pictures) did. */}
      {(outcome || progress) && (
        <div class="capture-status" data-testid="capture-status">
          {outcome && (
            <p class={`small ${outcome.ok ? 'ok' : 'error'}`} data-testid="capture-outcome">
              {outcome.text}
            </p>
          )}
          {progress && (
            <ProgressLine
              progress={progress}
              onCancel={() => void controls.cancel(progress.jobId)}
              savedText={t(chatPictures ? 'captureChatPicturesSaved' : 'captureSaved')}
              errorText={(code) =>
                chatPictures ? t('captureChatPaneFailed', [errorText(code)]) : errorText(code)
              }
            />
          )}
        </div>
      )}
    </section>
  );
}

/** Reasons a transcript stops short that have their own words (captureChatStop_*). */
const CHAT_STOPS = new Set(['time-limit', 'too-many', 'list-gone']);

/** "已保存 200 条聊天记录，从第一条到最后一条" / "…不完整：…", and where it went. */
function chatSavedText(saved: ChatSavedView, t: ReturnType<typeof useI18n>['t']): string {
  const count = t('captureChatSaved', [String(saved.messages)]);
  const status = saved.complete
    ? t('captureChatComplete')
    : t(
        CHAT_STOPS.has(saved.stop)
          ? `captureChatStop_${saved.stop.replaceAll('-', '_')}`
          : 'captureChatStop_gap',
      );
  return `${count}${status}${saved.unattached ? t('captureChatUnattached') : ''}`;
}

function ProgressLine(props: {
  progress: CaptureProgressView;
  onCancel: () => void;
  savedText: string;
  errorText: (code: string) => string;
}) {
  const { t } = useI18n();
  const { progress } = props;
  switch (progress.state) {
    case 'running':
      return (
        <p class="small" data-testid="capture-progress">
          <progress max={progress.total} value={progress.done} />{' '}
          {t('captureRunning', [String(progress.done), String(progress.total)])}{' '}
          <button type="button" onClick={props.onCancel} data-testid="capture-cancel">
            {t('captureCancel')}
          </button>
        </p>
      );
    case 'saving':
      return <p class="small">{t('captureSaving')}</p>;
    case 'done':
      return <p class="small ok">{props.savedText}</p>;
    case 'cancelled':
      return (
        <p class="small">
          {progress.evidenceIds?.length ? t('captureCancelled') : t('captureCancelledNothing')}
        </p>
      );
    case 'failed':
      return <p class="small error">{props.errorText(progress.error ?? 'unknown')}</p>;
  }
}
