// Where stitching happens, seen from the background: in Chrome an offscreen document (the
// service worker has no DOM, and pixel work there would stall every other event); in Firefox
// the background page itself, which has a DOM and no offscreen API.
import { browser } from 'wxt/browser';
import type { Reply } from '../messages';
import { CHROME_LIMITS, FIREFOX_LIMITS, type CanvasLimits } from './plan';
import { STITCH_TARGET, type StitchMessage, type StitchedUrls } from './stitch-protocol';
import type { StitchOutput, StitchRequest } from './stitch';
import { addTile, beginSession, discardSession, finishSession } from './stitch-session';

export interface Stitcher {
  begin(jobId: string): Promise<void>;
  add(jobId: string, index: number, dataUrl: string): Promise<void>;
  finish(jobId: string, request: StitchRequest): Promise<StitchOutput>;
  /** Ends the job (after finish too): frees what is held for it. */
  discard(jobId: string): Promise<void>;
}

const OFFSCREEN_PATH = '/offscreen.html';

const hasOffscreen = () => typeof (browser as { offscreen?: unknown }).offscreen !== 'undefined';

export function canvasLimits(): CanvasLimits {
  return hasOffscreen() ? CHROME_LIMITS : FIREFOX_LIMITS;
}

export function stitcher(): Stitcher {
  return hasOffscreen() ? offscreenStitcher : inlineStitcher;
}

const inlineStitcher: Stitcher = {
  begin: (jobId) => Promise.resolve(beginSession(jobId)),
  add: (jobId, index, dataUrl) => addTile(jobId, index, dataUrl),
  finish: (jobId, request) => finishSession(jobId, request),
  discard: (jobId) => Promise.resolve(discardSession(jobId)),
};

let creating: Promise<void> | undefined;
async function ensureDocument(): Promise<void> {
  if (await stitchingDocumentOpen()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PATH),
      reasons: ['BLOBS'],
      justification: 'Stitch full-page screenshots into images off the service worker',
    })
    .finally(() => (creating = undefined));
  await creating;
}

async function stitchingDocumentOpen(): Promise<boolean> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  return (
    (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] }))
      .length > 0
  );
}

/** Closes the stitching document (with whatever a dead worker's job left in it). */
export async function closeStitching(): Promise<void> {
  if (hasOffscreen() && (await stitchingDocumentOpen())) await browser.offscreen.closeDocument();
}

async function send<T>(message: StitchMessage): Promise<T> {
  const reply = await browser.runtime.sendMessage<StitchMessage, Reply<T> | undefined>(message);
  if (!reply) throw new Error('the stitching document did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

const blobAt = async (url: string) => (await fetch(url)).blob();

const offscreenStitcher: Stitcher = {
  async begin(jobId) {
    await ensureDocument();
    await send({ target: STITCH_TARGET, op: 'begin', jobId });
  },
  add: (jobId, index, dataUrl) => send({ target: STITCH_TARGET, op: 'tile', jobId, index, dataUrl }),
  async finish(jobId, request) {
    const urls = await send<StitchedUrls>({ target: STITCH_TARGET, op: 'finish', jobId, request });
    // Same-origin object URLs: the worker reads the encoded PNGs without copying them through a message.
    return {
      parts: await Promise.all(urls.parts.map(blobAt)),
      thumbnail: await blobAt(urls.thumbnail),
      plan: urls.plan,
    };
  },
  async discard(jobId) {
    if (!(await stitchingDocumentOpen())) return;
    await send({ target: STITCH_TARGET, op: 'discard', jobId });
    // One capture runs at a time: the document's memory goes with it.
    await browser.offscreen.closeDocument();
  },
};
