// Scroll-and-stitch, shared by the full-page and the pane capture: scroll the page (or one
// element in one frame) a screen at a time, screenshot each screen within the rate limit, hand
// the screenshots to the stitcher, and always put the page back as it was.
import { browser } from 'wxt/browser';
import { announceFrame, frameAnswer, listenForFrame, type FrameOffset } from './frame-offset';
import { inPage } from './in-page';
import type { PreparedPage, ScrollTarget } from './page-scripts';
import { nextOffset, screensFor, type CanvasLimits, type TileGeometry } from './plan';
import type { CaptureError } from './progress';
import { screenshot } from './screenshot';
import type { StitchOutput } from './stitch';
import type { Stitcher } from './stitcher';

export interface ScrollCaptureSpec {
  jobId: string;
  tabId: number;
  windowId: number;
  frameId: number;
  scroll: ScrollTarget;
  maxScreens: number;
  limits: CanvasLimits;
}

/** Set from outside while a capture runs: the shopper cancelled, or the tab went away. */
export interface StopSignal {
  reason?: 'cancelled' | CaptureError;
}

export class CaptureFailure extends Error {
  constructor(readonly code: CaptureError) {
    super(code);
    this.name = 'CaptureFailure';
  }
}

export interface ScrollCaptureResult {
  output: StitchOutput;
  prepared: PreparedPage;
  /** The captured frame's place in the tab (0, 0 for the top frame) and the tab's viewport. */
  frame: FrameOffset;
  tiles: TileGeometry[];
  contentHeightAfter: number;
  fixedHidden: number;
  /** Stopped before the end: cancelled, or the screen cap reached. */
  stoppedBy?: 'cancelled' | 'screen-cap';
  /** When the first screen was taken. */
  capturedAt: number;
}

const PAGE_ERRORS = new Set<string>(['pane-not-found', 'pane-not-visible']);
const pageFailure = (error: string) =>
  new CaptureFailure(PAGE_ERRORS.has(error) ? (error as CaptureError) : 'capture-failed');

/** Where the frame's viewport is in the tab's (see frame-offset.ts). */
async function locateFrame(
  tabId: number,
  frameId: number,
  viewport: PreparedPage['viewport'],
): Promise<FrameOffset> {
  if (frameId === 0) return { x: 0, y: 0, viewport };
  const token = crypto.randomUUID();
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: listenForFrame,
    args: [token, 3000],
  });
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: announceFrame,
    args: [token],
  });
  const [top] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: frameAnswer,
    args: [token],
  });
  const offset = top?.result;
  if (!offset) throw new CaptureFailure('frame-not-found');
  return offset;
}

/**
 * Takes the screens and stitches them. Returns undefined when stopped by a cancel before the
 * first screen; throws CaptureFailure when stopped for any other reason (nothing is kept then).
 */
export async function scrollAndStitch(
  spec: ScrollCaptureSpec,
  stitcher: Stitcher,
  stop: StopSignal,
  onScreen: (done: number, total: number) => Promise<void>,
): Promise<ScrollCaptureResult | undefined> {
  const { tabId, frameId } = spec;
  const failIfStopped = () => {
    if (stop.reason && stop.reason !== 'cancelled') throw new CaptureFailure(stop.reason);
  };
  const tiles: TileGeometry[] = [];
  let prepared: PreparedPage | undefined;
  let frame: FrameOffset | undefined;
  let contentHeight = 0;
  let fixedHidden = 0;
  let capturedAt = 0;
  let stoppedBy: ScrollCaptureResult['stoppedBy'];
  await stitcher.begin(spec.jobId);
  try {
    const ready = await inPage(tabId, frameId, { op: 'prepare', target: spec.scroll, releaseSticky: true });
    if (!ready.ok || !ready.prepared) throw pageFailure(ready.ok ? 'no answer' : ready.error);
    prepared = ready.prepared;
    frame = await locateFrame(tabId, frameId, prepared.viewport);

    for (let offset: number | undefined = 0; offset !== undefined;) {
      failIfStopped();
      if (stop.reason === 'cancelled') {
        stoppedBy = 'cancelled';
        break;
      }
      if (tiles.length >= spec.maxScreens) {
        stoppedBy = 'screen-cap';
        break;
      }
      // Fixed elements (a floating header, a chat button) stay in the first screen only.
      const step = await inPage(tabId, frameId, { op: 'scroll', offset, hideFixed: tiles.length > 0 });
      if (!step.ok || !step.scrolled) throw pageFailure(step.ok ? 'no answer' : step.error);
      const { scrolled } = step;
      failIfStopped();
      const dataUrl = await screenshot(spec.windowId);
      // A screen taken as the tab closed, navigated or lost the front is not this page's.
      failIfStopped();
      capturedAt ||= Date.now();
      await stitcher.add(spec.jobId, tiles.length, dataUrl);
      tiles.push({
        offset: scrolled.offset,
        clip: { ...scrolled.clip, x: scrolled.clip.x + frame.x, y: scrolled.clip.y + frame.y },
      });
      contentHeight = scrolled.contentHeight;
      fixedHidden = scrolled.fixedHidden;
      const next = nextOffset(scrolled.offset + scrolled.clip.height, scrolled.clip.height, contentHeight);
      // A page that will not scroll any further has shown all it will.
      offset = next !== undefined && next > scrolled.offset ? next : undefined;
      const total =
        offset === undefined
          ? tiles.length
          : screensFor(contentHeight, scrolled.clip.height, spec.maxScreens);
      await onScreen(tiles.length, Math.max(total, tiles.length + (offset === undefined ? 0 : 1)));
    }
  } finally {
    await inPage(tabId, frameId, { op: 'restore' }).catch(() => undefined);
  }
  if (tiles.length === 0) return undefined;
  const output = await stitcher.finish(spec.jobId, { tiles, viewport: frame.viewport, limits: spec.limits });
  return {
    output,
    prepared,
    frame,
    tiles,
    contentHeightAfter: contentHeight,
    fixedHidden,
    ...(stoppedBy && { stoppedBy }),
    capturedAt,
  };
}
