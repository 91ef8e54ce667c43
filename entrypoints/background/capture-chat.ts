// The whole seller chat as evidence: the collector loads the chat's history from the newest
// message to the first (旺旺, 阿里小蜜, 微店, or a layout never seen), and the transcript is stored
// twice, as JSON (for machines) and as text (for people), in one transaction with their two log
// entries; then the list is pictured, scrolled and stitched.
import { browser } from 'wxt/browser';
import { collectChat } from '../../lib/chat/collector';
import { buildTranscript, CHAT_TITLES, chooseFrame, transcriptText } from '../../lib/chat/transcript';
import { CHAT_LIMITS, FrameResultSchema } from '../../lib/chat/transcript-schema';
import type { ChatMessage, ChatStop, CollectOptions } from '../../lib/chat/types';
import type { Reply } from '../../lib/messages';
import { CHAT_URL } from '../../rules/number-pages';
import { chatLayoutFor, type ChatLayoutHints } from '../../rules/sites/chat/layouts';
import type { WeiquanDb } from '../../storage/db';
import { prepareEvidence, saveEvidence, StorageFullError } from '../../storage/evidence-repo';
import { startScrollJob } from './capture-full-page';
import { orderNamedIn, sellerOrder } from './capture-chat-target';
import type { CaptureTarget } from './capture-target';

/**
 * 90 s reads about 3,000 messages at the web IM's pace (10-20 per load, under a second each),
 * well inside the 5 minutes Chrome gives one extension event. Longer chats are saved as partial.
 * A load may take seconds (one of 2.5 s is seen on 旺旺): three tries before the top counts as
 * reached, each movement given 3 s to be answered (the tries overlap: 1 s, 1 s, then 3 s), and
 * the way back down waits as long as it needs within 60 s (a virtualised list is walked back
 * load by load). 150 s in all, inside the 5 minutes of one extension event.
 */
export const COLLECT_OPTIONS: CollectOptions = {
  limits: CHAT_LIMITS,
  maxMs: 90_000,
  waitMs: 3_000,
  emptyTries: 3,
  restoreMs: 60_000,
};

/** The list the collector read, marked by it so the pane pictures scroll the same element. */
const CHAT_PANE_SELECTOR = '[data-weiquan-chat-list]';

/** What the popup is told: the items saved, the pictures' job, and how complete the transcript is. */
export interface ChatSaved {
  ids: number[];
  jobId?: string;
  messages: number;
  complete: boolean;
  stop: ChatStop;
  /** Saved in no case yet: the shopper attaches it in the casebook. */
  unattached?: true;
}

const isCollectedFrame = (answer: unknown, items: number) =>
  typeof answer === 'object' &&
  answer !== null &&
  (answer as { status?: unknown }).status === 'collected' &&
  (answer as { items?: unknown[] }).items?.length === items;

/**
 * The whole seller chat of the tab: transcript as text and JSON (saved together), then a
 * stitched picture of the pane as a background job. Reply: the transcript's ids, the job id.
 */
export async function captureChat(
  db: WeiquanDb,
  request: { tabId: number; target: CaptureTarget; requestId?: string; chosen?: boolean },
  options: CollectOptions = COLLECT_OPTIONS,
): Promise<Reply<ChatSaved>> {
  const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
  if (!tab) return { ok: false, error: 'tab-closed' };
  if (!CHAT_URL.test(tab.url ?? '')) return { ok: false, error: 'no-chat' };

  const hints = chatLayoutFor(tab.url ?? '');
  let answers: unknown[];
  let frameIds: number[];
  const collectOptions = await e2eOptions(options);
  try {
    // Every frame: the chat UI is in an iframe, and only the frame holding the list collects.
    const results = await browser.scripting.executeScript({
      target: { tabId: request.tabId, allFrames: true },
      func: collectChat,
      args: [collectOptions, hints],
    });
    answers = results.map((result) => result.result);
    frameIds = results.map((result) => result.frameId);
  } catch (error) {
    console.warn('chat capture could not run in the tab', error);
    return { ok: false, error: 'no-chat' };
  }
  const frame = chooseFrame(answers);
  if (!frame.ok) return frame;
  if (frame.value.items.length === 0) return { ok: false, error: 'chat-empty' };

  const capturedAt = Date.now();
  const pageUrl = tab.url ?? '';
  const { transcript, method } = buildTranscript(frame.value, pageUrl, capturedAt, hints.layout);
  const target = request.chosen ? request.target : await chatTarget(db, pageUrl, transcript, request.target);
  const title = `${CHAT_TITLES[hints.layout]} · ${transcript.conversation || target.seller || target.orderId}`;
  const meta = {
    ...(target.orderId && { orderId: target.orderId }),
    ...(target.seller && { seller: target.seller }),
    ...(!transcript.complete && { partial: true }),
    method: { ...method },
  };
  const common = { kind: 'chat' as const, url: pageUrl, capturedAt, meta };
  const prepared = await Promise.all([
    prepareEvidence({
      ...common,
      ...(request.requestId && { uid: request.requestId }),
      title: `${title}（JSON）`,
      mimeType: 'application/json',
      content: new Blob([JSON.stringify(transcript, null, 1)], { type: 'application/json' }),
    }),
    prepareEvidence({
      ...common,
      title: `${title}（文本）`,
      mimeType: 'text/plain; charset=utf-8',
      content: new Blob([transcriptText(transcript)], { type: 'text/plain; charset=utf-8' }),
    }),
  ]);
  try {
    const saved = await saveEvidence(db, target.target, prepared, capturedAt);
    // Then pictures of the conversation as it looks: the pane scrolled and stitched, as a job
    // with progress (like a full page), for the frame that held the list.
    const paneFrame =
      frameIds[answers.findIndex((answer) => isCollectedFrame(answer, frame.value.items.length))];
    const pane =
      paneFrame === undefined
        ? undefined
        : await startScrollJob(db, {
            tabId: request.tabId,
            frameId: paneFrame,
            scroll: { kind: 'element', selector: CHAT_PANE_SELECTOR },
            kind: 'pane',
            target,
          });
    // However the pictures end (a switched tab, a resized window), the list goes back to where
    // the shopper was: the pane job's own restore cannot find a place in a virtualised list.
    if (pane?.ok)
      pane.value.finished
        .catch(console.error)
        .then(() => returnToPlace(request.tabId, paneFrame!, collectOptions, hints))
        .catch(console.error);
    return {
      ok: true,
      value: {
        ids: saved.map((record) => record.id!),
        ...(pane?.ok && { jobId: pane.value.jobId }),
        messages: transcript.messages.length,
        complete: transcript.complete,
        stop: transcript.stop,
        ...('unattached' in target.target && { unattached: true as const }),
      },
    };
  } catch (error) {
    if (error instanceof StorageFullError) return { ok: false, error: 'storage-full' };
    throw error;
  }
}

/** Walks the chat list in `frameId` back to where the shopper was before the capture. */
async function returnToPlace(
  tabId: number,
  frameId: number,
  options: CollectOptions,
  hints: ChatLayoutHints,
): Promise<void> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: collectChat,
    args: [{ ...options, returnOnly: true }, hints],
  });
  const answer = FrameResultSchema.safeParse(result?.result);
  if (!answer.success || answer.data.status !== 'returned' || !answer.data.restored)
    console.warn('chat list not put back after its pictures', result?.result);
}

/**
 * The case for a chat the shopper did not file: the order its messages name, else the one the
 * tab's seller gave (`fallback`), else the seller by the chat's own name, else unattached.
 */
async function chatTarget(
  db: WeiquanDb,
  pageUrl: string,
  transcript: { messages: ChatMessage[]; conversation: string },
  fallback: CaptureTarget,
): Promise<CaptureTarget> {
  const named = await orderNamedIn(db, pageUrl, transcript.messages);
  if (named) return named;
  if (!('unattached' in fallback.target)) return fallback;
  return (await sellerOrder(db, pageUrl, transcript.conversation)) ?? fallback;
}

const E2E_OPTIONS_KEY = 'e2e:chat-options';
/**
 * e2e builds only: a shorter time and message limit from storage.session, so a test meets the
 * limits in seconds rather than minutes. The condition is a build-time constant; shipped builds
 * drop this code and keep COLLECT_OPTIONS.
 */
async function e2eOptions(options: CollectOptions): Promise<CollectOptions> {
  if (import.meta.env.MODE !== 'e2e') return options;
  const stored = (await browser.storage.session.get(E2E_OPTIONS_KEY))[E2E_OPTIONS_KEY] as
    { maxMs?: number; messages?: number } | undefined;
  if (!stored) return options;
  return {
    ...options,
    maxMs: stored.maxMs ?? options.maxMs,
    limits: { ...options.limits, messages: stored.messages ?? options.limits.messages },
  };
}
