import type { Reply } from '../../lib/messages';
import type { WeiquanDb } from '../../storage/db';
import type { CaptureTarget } from './capture-target';

/** Screenshot of what the tab shows now, saved in the target's case. Reply: the evidence ids. */
export async function captureVisible(
  _db: WeiquanDb,
  _request: { tabId: number; target: CaptureTarget },
): Promise<Reply<{ ids: number[] }>> {
  return { ok: false, error: 'not-implemented' };
}
