// Scroll-and-stitch captures as jobs: one at a time (the screenshot quota is per extension),
// progress in storage.session for the popup, cancel keeps what was taken, and a tab closed,
// navigated or hidden mid-capture stops it with nothing written. All images of one capture
// are saved in one transaction: all of them or none.
import { browser, type Browser } from 'wxt/browser';
import { pageCapture, type PageCommand, type ScrollTarget } from '../../lib/capture/page-scripts';
import { MAX_SCREENS, type CanvasLimits } from '../../lib/capture/plan';
import {
  allProgress,
  pruneProgress,
  readProgress,
  writeProgress,
  type CaptureError,
  type CaptureProgress,
} from '../../lib/capture/progress';
import { roomFor } from '../../lib/room';
import { CaptureFailure, scrollAndStitch, type StopSignal } from '../../lib/capture/scroll-capture';
import { canvasLimits, closeStitching, stitcher } from '../../lib/capture/stitcher';
import type { Reply } from '../../lib/messages';
import type { WeiquanDb } from '../../storage/db';
import { prepareEvidence, saveEvidence, StorageFullError } from '../../storage/evidence-repo';
import type { CaptureTarget } from './capture-target';

export interface ScrollJob {
  tabId: number;
  frameId: number;
  scroll: ScrollTarget;
  kind: 'full-page' | 'pane';
  target: CaptureTarget;
  maxScreens?: number;
  /** Canvas limits; a test passes small ones to force splitting into parts. */
  limits?: CanvasLimits;
}

/** The jobs this worker is running; a job in storage.session but not here was interrupted. */
const running = new Map<string, StopSignal>();

/** Starts a scroll-and-stitch capture; progress is kept in storage.session under the job id. */
export async function startFullPage(
  db: WeiquanDb,
  request: { tabId: number; target: CaptureTarget },
): Promise<Reply<{ jobId: string }>> {
  const started = await startScrollJob(db, {
    ...request,
    frameId: 0,
    scroll: { kind: 'window' },
    kind: 'full-page',
    limits: await e2eLimits(),
  });
  if (!started.ok) return started;
  started.value.finished.catch(console.error);
  return { ok: true, value: { jobId: started.value.jobId } };
}

/** Stops a running capture; what was taken is saved, marked partial. */
export async function cancelCapture(jobId: string): Promise<Reply> {
  const stop = running.get(jobId);
  if (stop) {
    stop.reason ??= 'cancelled';
    return { ok: true, value: null };
  }
  const progress = await readProgress(jobId);
  if (progress?.state === 'running' || progress?.state === 'saving') await markInterrupted(progress);
  return { ok: false, error: 'not-running' };
}

/**
 * Called once when the background starts: a job still 'running' or 'saving' belonged to a
 * worker that was stopped. Its save had not committed (one transaction), so nothing of it is
 * stored; it is marked failed, and its page is put back as it was.
 */
export async function failInterruptedCaptures(): Promise<void> {
  const orphans = (await allProgress()).filter(
    (p) => (p.state === 'running' || p.state === 'saving') && !running.has(p.jobId),
  );
  for (const progress of orphans) await markInterrupted(progress);
  if (orphans.length > 0) await closeStitching();
  await pruneProgress();
}

async function markInterrupted(progress: CaptureProgress): Promise<void> {
  await writeProgress({ ...progress, state: 'failed', error: 'interrupted', at: Date.now() });
  // Frames without capture state answer 'capture-state-lost' and change nothing.
  const restore: PageCommand = { op: 'restore' };
  try {
    await browser.scripting.executeScript({
      target: { tabId: progress.tabId, allFrames: true },
      func: pageCapture,
      args: [restore],
    });
  } catch {
    // The tab is gone, or shows a page we may not script: nothing of ours is left in it.
  }
}

/**
 * Starts a job and returns at once with its id and a promise of its outcome (the pane capture
 * waits for it; the full-page capture leaves the popup to follow storage.session).
 */
export async function startScrollJob(
  db: WeiquanDb,
  job: ScrollJob,
): Promise<Reply<{ jobId: string; finished: Promise<Reply<{ ids: number[] }>> }>> {
  if (running.size > 0) return { ok: false, error: 'capture-busy' };
  const tab = await browser.tabs.get(job.tabId).catch(() => undefined);
  if (!tab) return { ok: false, error: 'tab-closed' };
  if (!tab.active) return { ok: false, error: 'tab-not-active' };
  const jobId = crypto.randomUUID();
  const stop: StopSignal = {};
  running.set(jobId, stop);
  await pruneProgress();
  const progress: CaptureProgress = {
    jobId,
    tabId: job.tabId,
    state: 'running',
    done: 0,
    total: 1,
    at: Date.now(),
  };
  await writeProgress(progress);
  const finished = runJob(db, job, tab, progress, stop).finally(() => running.delete(jobId));
  return { ok: true, value: { jobId, finished } };
}

async function runJob(
  db: WeiquanDb,
  job: ScrollJob,
  tab: Browser.tabs.Tab,
  progress: CaptureProgress,
  stop: StopSignal,
): Promise<Reply<{ ids: number[] }>> {
  const update = (patch: Partial<CaptureProgress>) =>
    writeProgress(Object.assign(progress, patch, { at: Date.now() }));
  const unwatch = watchTab(tab, stop);
  const stitch = stitcher();
  const startedAt = Date.now();
  try {
    const taken = await scrollAndStitch(
      {
        jobId: progress.jobId,
        tabId: job.tabId,
        windowId: tab.windowId,
        frameId: job.frameId,
        scroll: job.scroll,
        maxScreens: job.maxScreens ?? MAX_SCREENS,
        limits: job.limits ?? canvasLimits(),
      },
      stitch,
      stop,
      (done, total) => update({ done, total }),
    );
    if (!taken) {
      await update({ state: 'cancelled' });
      return { ok: false, error: 'cancelled' };
    }
    await update({ state: 'saving' });
    const { output, prepared, frame } = taken;
    const group = crypto.randomUUID();
    const count = output.parts.length;
    const method = {
      api: 'tabs.captureVisibleTab, scrolled and stitched',
      screens: taken.tiles.length,
      scrollPositions: taken.tiles.map((tile) => tile.offset),
      contentHeightBefore: prepared.contentHeight,
      contentHeightAfter: taken.contentHeightAfter,
      stitched: taken.output.plan,
      stickyReleased: prepared.stickyReleased,
      fixedHidden: taken.fixedHidden,
      marksHidden: prepared.marksHidden,
      scrollRestoredTo: prepared.start,
      durationMs: Date.now() - startedAt,
      ...(taken.stoppedBy && { stoppedBy: taken.stoppedBy }),
      ...(job.kind === 'pane' && {
        frameUrl: prepared.url,
        selector: job.scroll.kind === 'element' ? job.scroll.selector : undefined,
        frameOffset: { x: frame.x, y: frame.y },
      }),
    };
    const items = [];
    for (const [index, content] of output.parts.entries()) {
      items.push(
        await prepareEvidence({
          kind: job.kind,
          url: tab.url ?? prepared.url,
          title: tab.title ?? '',
          capturedAt: taken.capturedAt,
          mimeType: 'image/png',
          content,
          ...(index === 0 && { thumbnail: output.thumbnail }),
          meta: {
            orderId: job.target.orderId,
            ...(job.target.seller && { seller: job.target.seller }),
            viewport: frame.viewport,
            devicePixelRatio: prepared.devicePixelRatio,
            ...(taken.stoppedBy && { partial: true }),
            ...(count > 1 && { part: { group, index, count } }),
            method,
          },
        }),
      );
    }
    if (!(await roomFor(items.reduce((sum, item) => sum + item.size, 0)))) {
      throw new StorageFullError('no room for the capture');
    }
    const saved = await saveEvidence(db, job.target.target, items);
    const evidenceIds = saved.map((record) => record.id!);
    await update({ state: stop.reason === 'cancelled' ? 'cancelled' : 'done', evidenceIds });
    return { ok: true, value: { ids: evidenceIds } };
  } catch (error) {
    const code = await failureCode(error, tab, stop);
    if (code === 'capture-failed') console.error('capture failed', error);
    await update({ state: 'failed', error: code });
    return { ok: false, error: code };
  } finally {
    unwatch();
    await stitch.discard(progress.jobId).catch(console.error);
  }
}

async function failureCode(error: unknown, tab: Browser.tabs.Tab, stop: StopSignal): Promise<CaptureError> {
  if (error instanceof StorageFullError) return 'storage-full';
  // A page answering wrongly because it is unloading is the navigation, not a page fault.
  if (error instanceof CaptureFailure && error.code !== 'capture-failed') return error.code;
  if (stop.reason && stop.reason !== 'cancelled') return stop.reason;
  // A call into a tab that has just closed or navigated fails before the tab events tell us.
  const now = await browser.tabs.get(tab.id!).catch(() => undefined);
  if (!now) return 'tab-closed';
  if (now.url !== tab.url || now.status === 'loading') return 'tab-navigated';
  return 'capture-failed';
}

/** Stops the job when its tab closes, loads another page, or stops being the one on screen. */
function watchTab(tab: Browser.tabs.Tab, stop: StopSignal): () => void {
  const stopFor = (reason: CaptureError) => {
    if (!stop.reason || stop.reason === 'cancelled') stop.reason = reason;
  };
  const onRemoved = (tabId: number) => {
    if (tabId === tab.id) stopFor('tab-closed');
  };
  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (tabId === tab.id && (change.url !== undefined || change.status === 'loading'))
      stopFor('tab-navigated');
  };
  const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
    if (info.windowId === tab.windowId && info.tabId !== tab.id) stopFor('tab-switched');
  };
  browser.tabs.onRemoved.addListener(onRemoved);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onActivated.addListener(onActivated);
  return () => {
    browser.tabs.onRemoved.removeListener(onRemoved);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onActivated.removeListener(onActivated);
  };
}

const E2E_LIMITS_KEY = 'e2e:capture-limits';
/**
 * e2e builds only: canvas limits from storage.session, so a test can force a split into parts.
 * The condition is a build-time constant; shipped builds drop this code.
 */
async function e2eLimits(): Promise<CanvasLimits | undefined> {
  if (import.meta.env.MODE !== 'e2e') return undefined;
  return (await browser.storage.session.get(E2E_LIMITS_KEY))[E2E_LIMITS_KEY] as CanvasLimits | undefined;
}
