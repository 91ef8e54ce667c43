// A screenshot of what the tab shows now, with our own marks hidden while it is taken.
import { browser } from 'wxt/browser';
import { inPage } from '../../lib/capture/in-page';
import { roomFor } from '../../lib/room';
import { screenshot } from '../../lib/capture/screenshot';
import { dataUrlToBlob } from '../../lib/capture/stitch';
import { thumbnailOf } from '../../lib/thumbnail';
import type { Reply } from '../../lib/messages';
import type { WeiquanDb } from '../../storage/db';
import { prepareEvidence, saveEvidence, StorageFullError } from '../../storage/evidence-repo';
import type { CaptureTarget } from './capture-target';

/** Screenshot of what the tab shows now, saved in the target's case. Reply: the evidence ids. */
export async function captureVisible(
  db: WeiquanDb,
  request: { tabId: number; target: CaptureTarget; requestId?: string },
): Promise<Reply<{ ids: number[] }>> {
  const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
  if (!tab) return { ok: false, error: 'tab-closed' };
  // captureVisibleTab shows the window's active tab, whichever that is.
  if (!tab.active) return { ok: false, error: 'tab-not-active' };

  let dataUrl: string;
  let page;
  try {
    page = await inPage(tab.id!, 0, { op: 'prepare', target: { kind: 'window' }, releaseSticky: false });
    if (!page.ok || !page.prepared) return { ok: false, error: page.ok ? 'capture-failed' : page.error };
    try {
      dataUrl = await screenshot(tab.windowId);
    } finally {
      await inPage(tab.id!, 0, { op: 'restore' }).catch(() => undefined);
    }
  } catch (error) {
    // Pages the browser keeps from extensions (chrome://, the web store) refuse both calls.
    console.warn('visible capture failed', error);
    return { ok: false, error: 'cannot-capture-page' };
  }
  const capturedAt = Date.now();
  const { prepared } = page;
  const content = await dataUrlToBlob(dataUrl);
  const item = await prepareEvidence({
    ...(request.requestId && { uid: request.requestId }),
    kind: 'screenshot',
    url: tab.url ?? prepared.url,
    title: tab.title ?? '',
    capturedAt,
    mimeType: 'image/png',
    content,
    thumbnail: await thumbnailOf(content),
    meta: {
      orderId: request.target.orderId,
      ...(request.target.seller && { seller: request.target.seller }),
      viewport: prepared.viewport,
      devicePixelRatio: prepared.devicePixelRatio,
      method: {
        api: 'tabs.captureVisibleTab',
        scroll: prepared.start,
        marksHidden: prepared.marksHidden,
      },
    },
  });
  if (!(await roomFor(item.size))) return { ok: false, error: 'storage-full' };
  try {
    const saved = await saveEvidence(db, request.target.target, [item], capturedAt);
    return { ok: true, value: { ids: saved.map((record) => record.id!) } };
  } catch (error) {
    if (error instanceof StorageFullError) return { ok: false, error: 'storage-full' };
    throw error;
  }
}
