import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cancelCapture, failInterruptedCaptures } from './capture-full-page';
import {
  allProgress,
  progressKey,
  pruneProgress,
  readProgress,
  writeProgress,
  type CaptureProgress,
} from '../../lib/capture/progress';

const job = (jobId: string, state: CaptureProgress['state'], at = Date.now()): CaptureProgress => ({
  jobId,
  tabId: 7,
  state,
  done: 3,
  total: 11,
  at,
});

beforeEach(() => fakeBrowser.reset());

describe('capture progress in storage.session', () => {
  it('is kept under capture:<jobId> and read back', async () => {
    await writeProgress(job('a', 'running'));
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([progressKey('a')]);
    expect(await readProgress('a')).toMatchObject({ state: 'running', done: 3, total: 11 });
    expect(await readProgress('missing')).toBeUndefined();
  });

  it('prunes finished jobs after half an hour, never running ones, and ignores other keys', async () => {
    const old = Date.now() - 31 * 60_000;
    await writeProgress(job('old-done', 'done', old));
    await writeProgress(job('old-running', 'running', old));
    await writeProgress(job('new-failed', 'failed'));
    await fakeBrowser.storage.session.set({ 'tab:7': { tabId: 7 } });
    await pruneProgress();
    expect((await allProgress()).map((p) => p.jobId).sort()).toEqual(['new-failed', 'old-running']);
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({ 'tab:7': { tabId: 7 } });
  });
});

describe('a capture whose service worker was stopped', () => {
  it('is marked failed, interrupted, at the next start, its page put back; finished jobs are left alone', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    // The stitching document of the dead job is looked for (and closed if open).
    const contexts = vi.spyOn(fakeBrowser.runtime, 'getContexts').mockResolvedValue([] as never);
    await writeProgress(job('running', 'running'));
    await writeProgress(job('saving', 'saving'));
    await writeProgress(job('done', 'done'));
    await failInterruptedCaptures();
    expect(await readProgress('running')).toMatchObject({ state: 'failed', error: 'interrupted' });
    expect(await readProgress('saving')).toMatchObject({ state: 'failed', error: 'interrupted' });
    expect(await readProgress('done')).toMatchObject({ state: 'done' });
    expect(inject).toHaveBeenCalledTimes(2);
    expect(contexts).toHaveBeenCalled();
    expect(inject.mock.calls[0]![0]).toMatchObject({
      target: { tabId: 7, allFrames: true },
      args: [{ op: 'restore' }],
    });
  });

  it('cannot be cancelled, and is marked failed when the popup tries', async () => {
    await writeProgress(job('orphan', 'running'));
    expect(await cancelCapture('orphan')).toEqual({ ok: false, error: 'not-running' });
    expect(await readProgress('orphan')).toMatchObject({ state: 'failed', error: 'interrupted' });
    expect(await cancelCapture('never-started')).toEqual({ ok: false, error: 'not-running' });
  });
});
