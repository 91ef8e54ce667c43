// The state of scroll-and-stitch captures, kept in storage.session under `capture:<jobId>`: the
// popup reads it for its progress bar, and it outlives a killed service worker (which is how
// an interrupted capture is found and reported at the next start).
import { browser } from 'wxt/browser';

export type CaptureState = 'running' | 'saving' | 'done' | 'cancelled' | 'failed';

/**
 * Why a capture failed: 'interrupted' (the worker was stopped), 'tab-closed', 'tab-navigated',
 * 'tab-switched' (another tab came to the front), 'storage-full', 'pane-not-found' /
 * 'pane-not-visible' / 'frame-not-found' (a pane capture's element), 'cannot-capture-page'
 * (a page the browser keeps from extensions), 'capture-failed' (anything else).
 */
export type CaptureError =
  | 'interrupted'
  | 'tab-closed'
  | 'tab-navigated'
  | 'tab-switched'
  | 'storage-full'
  | 'pane-not-found'
  | 'pane-not-visible'
  | 'frame-not-found'
  | 'cannot-capture-page'
  | 'capture-failed';

export interface CaptureProgress {
  jobId: string;
  tabId: number;
  state: CaptureState;
  /** Screens taken so far, and the screens the page needs (it may grow while it lazy-loads). */
  done: number;
  total: number;
  error?: CaptureError;
  /** Saved items: on 'done', and on 'cancelled' when the screens taken were kept (partial). */
  evidenceIds?: number[];
  /** Last change, ms since the epoch: finished entries are pruned after a while. */
  at: number;
}

const PREFIX = 'capture:';
export const progressKey = (jobId: string) => `${PREFIX}${jobId}`;

/** Finished jobs stay readable this long (the popup may reopen to see the outcome). */
const KEEP_FINISHED_MS = 30 * 60_000;

export async function writeProgress(progress: CaptureProgress): Promise<void> {
  await browser.storage.session.set({ [progressKey(progress.jobId)]: progress });
}

export async function readProgress(jobId: string): Promise<CaptureProgress | undefined> {
  const key = progressKey(jobId);
  return (await browser.storage.session.get(key))[key] as CaptureProgress | undefined;
}

export async function allProgress(): Promise<CaptureProgress[]> {
  const all = await browser.storage.session.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => value as CaptureProgress);
}

/** Drops finished entries older than KEEP_FINISHED_MS. */
export async function pruneProgress(now = Date.now()): Promise<void> {
  const stale = (await allProgress()).filter(
    (p) => p.state !== 'running' && p.state !== 'saving' && now - p.at > KEEP_FINISHED_MS,
  );
  if (stale.length > 0) await browser.storage.session.remove(stale.map((p) => progressKey(p.jobId)));
}
