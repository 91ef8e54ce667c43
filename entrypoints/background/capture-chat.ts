import type { Reply } from '../../lib/messages';
import type { WeiquanDb } from '../../storage/db';
import type { CaptureTarget } from './capture-target';

/** The whole seller chat of the tab: transcript as text and JSON. Reply: the evidence ids. */
export async function captureChat(
  _db: WeiquanDb,
  _request: { tabId: number; target: CaptureTarget },
): Promise<Reply<{ ids: number[] }>> {
  return { ok: false, error: 'not-implemented' };
}
