// A scrolling pane captured whole (the seller chat's message list): the full-page machinery
// with the element scrolled instead of the window and its rect cut from each screenshot.
import type { Reply } from '../../lib/messages';
import type { WeiquanDb } from '../../storage/db';
import { startScrollJob } from './capture-full-page';
import type { CaptureTarget } from './capture-target';

/** Scrolls `selector` in frame `frameId` of the tab from top to bottom; Reply: the evidence ids. */
export async function capturePane(
  db: WeiquanDb,
  request: { tabId: number; frameId: number; selector: string; target: CaptureTarget },
): Promise<Reply<{ ids: number[] }>> {
  const started = await startScrollJob(db, {
    tabId: request.tabId,
    frameId: request.frameId,
    scroll: { kind: 'element', selector: request.selector },
    kind: 'pane',
    target: request.target,
  });
  return started.ok ? started.value.finished : started;
}
