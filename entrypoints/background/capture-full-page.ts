import type { Reply } from '../../lib/messages';
import type { WeiquanDb } from '../../storage/db';
import type { CaptureTarget } from './capture-target';

/** Starts a scroll-and-stitch capture; progress is kept in storage.session under the job id. */
export async function startFullPage(
  _db: WeiquanDb,
  _request: { tabId: number; target: CaptureTarget },
): Promise<Reply<{ jobId: string }>> {
  return { ok: false, error: 'not-implemented' };
}

/** Stops a running capture; what was taken is saved, marked partial. */
export async function cancelCapture(_jobId: string): Promise<Reply> {
  return { ok: false, error: 'not-implemented' };
}
