import type { Detection } from '../../rules/types';
import type { WeiquanDb } from '../../storage/db';
import { recordOrdersSeen } from '../../storage/orders-repo';
import { saveTabState } from '../../storage/tab-state';

/**
 * What the background does with a tab's order report: the orders go into the database and the
 * tab's bounded summary into storage.session, side by side. That storage is shared by every tab
 * and can be full (issue 27): a failed write there fails the reply, never the orders, and a slow
 * database never holds the popup's state back.
 */
export async function onPageDetected(
  db: WeiquanDb,
  report: { tabId: number; url: string; title: string; detection: Detection },
  now = Date.now(),
): Promise<void> {
  const { tabId, url, title, detection } = report;
  const [recorded, saved] = await Promise.allSettled([
    detection.detected
      ? recordOrdersSeen(db, detection.platform, detection.orders, { url, page: detection.page }, now)
      : Promise.resolve(),
    saveTabState({ tabId, url, title, detection, at: now }),
  ]);
  for (const outcome of [recorded, saved]) if (outcome.status === 'rejected') throw outcome.reason;
}
