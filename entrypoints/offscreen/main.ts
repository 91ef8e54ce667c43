// The offscreen document (Chrome): decodes, stitches and encodes screenshots for the background,
// which only orchestrates. Answers stitch messages from our own background and nothing else;
// every other message is left to the background's listener.
import { browser } from 'wxt/browser';
import type { Reply } from '../../lib/messages';
import {
  STITCH_TARGET,
  StitchMessageSchema,
  type StitchMessage,
  type StitchedUrls,
} from '../../lib/capture/stitch-protocol';
import { addTile, beginSession, discardSession, finishSession } from '../../lib/capture/stitch-session';

/** Object URLs handed to the background per job, revoked when it discards the job. */
const handedOut = new Map<string, string[]>();

async function handle(message: StitchMessage): Promise<Reply<StitchedUrls | null>> {
  switch (message.op) {
    case 'begin':
      beginSession(message.jobId);
      return { ok: true, value: null };
    case 'tile':
      await addTile(message.jobId, message.index, message.dataUrl);
      return { ok: true, value: null };
    case 'finish': {
      const output = await finishSession(message.jobId, message.request);
      const parts = output.parts.map((part) => URL.createObjectURL(part));
      const thumbnail = URL.createObjectURL(output.thumbnail);
      handedOut.set(message.jobId, [...parts, thumbnail]);
      return { ok: true, value: { parts, thumbnail, plan: output.plan } };
    }
    case 'discard':
      discardSession(message.jobId);
      for (const url of handedOut.get(message.jobId) ?? []) URL.revokeObjectURL(url);
      handedOut.delete(message.jobId);
      return { ok: true, value: null };
  }
}

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if ((message as { target?: unknown } | null)?.target !== STITCH_TARGET) return undefined;
  // Only the background: our extension, not a tab (content scripts and pages have a tab).
  if (
    sender.id !== browser.runtime.id ||
    sender.tab ||
    !sender.url?.startsWith(browser.runtime.getURL('/'))
  ) {
    sendResponse({ ok: false, error: 'rejected sender' });
    return undefined;
  }
  const parsed = StitchMessageSchema.safeParse(message);
  if (!parsed.success) {
    sendResponse({ ok: false, error: `invalid message: ${parsed.error.issues[0]?.message}` });
    return undefined;
  }
  handle(parsed.data).then(sendResponse, (error: unknown) =>
    sendResponse({ ok: false, error: String(error) }),
  );
  return true;
});
