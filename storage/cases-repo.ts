import { checkCaseTexts } from '../lib/case-types';
import type { Platform } from '../rules/types';
import { appendLog, logOrderSnapshot } from './case-log';
import type { CaseRecord, WeiquanDb } from './db';
import { findOrderSeen } from './orders-repo';

export type StoredCase = CaseRecord & { id: number };

/**
 * The case of an order, created on first use (one case per platform + order id) with its first
 * log entry, and the order snapshot seen so far logged after it. Call inside a transaction that
 * includes `db.cases`, `db.log` and `db.orders`, or alone.
 */
export async function ensureCase(
  db: WeiquanDb,
  platform: Platform,
  orderId: string,
  title: string,
  now = Date.now(),
): Promise<StoredCase> {
  checkCaseTexts({ title });
  return db.transaction('rw', db.cases, db.log, db.orders, async (): Promise<StoredCase> => {
    const existing = await db.cases.where({ platform, orderId }).first();
    if (existing?.id !== undefined) return { ...existing, id: existing.id };
    const record: CaseRecord = { platform, orderId, title, status: 'open', createdAt: now, updatedAt: now };
    // An auto-increment key: add() always resolves to a number here.
    const id = (await db.cases.add(record)) as number;
    await appendLog(db, id, {
      at: now,
      action: 'case-created',
      case: { platform, orderId, title, status: 'open' },
    });
    const seen = await findOrderSeen(db, platform, orderId);
    if (seen) await logOrderSnapshot(db, id, seen.order, seen.url, now);
    return { ...(await db.cases.get(id))!, id };
  });
}

export type CasePatch = Partial<Pick<CaseRecord, 'title' | 'status' | 'problem' | 'notes'>>;

/** Changes the shopper's own fields of a case; the new values go into the log. */
export async function updateCase(
  db: WeiquanDb,
  caseId: number,
  patch: CasePatch,
  now = Date.now(),
): Promise<StoredCase> {
  checkCaseTexts(patch);
  return db.transaction('rw', db.cases, db.log, async (): Promise<StoredCase> => {
    const current = await db.cases.get(caseId);
    if (!current) throw new Error(`no case ${caseId}`);
    const next: StoredCase = { ...current, ...patch, id: caseId, updatedAt: now };
    await db.cases.put(next);
    const { platform, orderId, title, status, problem, notes } = next;
    await appendLog(db, caseId, {
      at: now,
      action: 'case-updated',
      case: { platform, orderId, title, status, problem, notes },
      reason: Object.keys(patch).sort().join(','),
    });
    return next;
  });
}
