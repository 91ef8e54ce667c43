// The popup's capture buttons: ask the background, and follow a full-page capture's progress,
// which the background keeps in storage.session (it outlives this popup and a killed worker).
import { browser } from 'wxt/browser';
import type {
  CaptureControls,
  CaptureKind,
  CaptureProgressView,
  ChatSavedView,
} from '../../components/CaptureBar';
import type { OrderChoice, PageMessage, Reply } from '../../lib/messages';
import type { Detection } from '../../rules/types';

async function ask<T>(message: PageMessage): Promise<Reply<T>> {
  const reply = await browser.runtime.sendMessage<PageMessage, Reply<T> | undefined>(message);
  return reply ?? { ok: false, error: 'no answer from the extension' };
}

const PROGRESS_KEY = (jobId: string) => `capture:${jobId}`;

/**
 * Asks for a capture that saves at once (a screenshot, a chat transcript). When the worker is
 * stopped before it answers, sendMessage fails even if the save committed: the restarted worker
 * is then asked what became of this capture's id rather than the shopper told it failed.
 */
export async function askCapture(
  message: PageMessage & { requestId: string },
): Promise<Reply<{ jobId?: string }>> {
  try {
    return await ask<{ jobId?: string }>(message);
  } catch (error) {
    console.warn('capture answer lost, asking for its outcome', error);
    return ask({ type: 'capture/outcome', requestId: message.requestId });
  }
}

/** The capture buttons for the tab; `chat`: the tab is a seller chat (its address says so). */
export async function captureControls(
  tabId: number,
  chat: boolean,
  detection: Detection | undefined,
  onProgress: (progress: CaptureProgressView) => void,
): Promise<CaptureControls> {
  // A chat is saved first and filed by what it names, or attached later: no list of every order.
  const recent = chat ? undefined : await ask<OrderChoice[]>({ type: 'orders/recent' });
  const shown: OrderChoice[] = detection?.detected
    ? detection.orders.map((o) => ({
        platform: detection.platform,
        orderId: o.orderId,
        label: o.shopName ?? o.sellerNick ?? '',
      }))
    : [];
  const seen = new Set(shown.map((c) => c.orderId));
  const choices = chat
    ? []
    : [...shown, ...(recent?.ok ? recent.value.filter((c) => !seen.has(c.orderId)) : [])];

  let watched: string | undefined;
  browser.storage.session.onChanged.addListener((changes) => {
    const change = watched && changes[PROGRESS_KEY(watched)];
    if (change && change.newValue) onProgress(change.newValue as CaptureProgressView);
  });

  return {
    choices,
    chat,
    askOrder: !chat && !(detection?.detected && detection.orders.length === 1),
    async start(kind: CaptureKind, order?: OrderChoice) {
      const choice = order && { platform: order.platform, orderId: order.orderId };
      const target = choice && { order: choice };
      const reply =
        kind === 'full-page'
          ? await ask<{ jobId?: string }>({ type: 'capture/full-page', tabId, ...target })
          : await askCapture({ type: `capture/${kind}`, tabId, ...target, requestId: crypto.randomUUID() });
      if (!reply.ok) return reply.error;
      // A full page, and the pane pictures after a chat transcript, continue as a job.
      if (reply.value.jobId) {
        watched = reply.value.jobId;
        onProgress({ jobId: watched, state: 'running', done: 0, total: 1 });
      }
      return kind === 'chat' && 'messages' in reply.value ? (reply.value as ChatSavedView) : null;
    },
    async cancel(jobId: string) {
      await ask({ type: 'capture/cancel', jobId });
    },
  };
}
