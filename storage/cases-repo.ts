import type { Platform } from '../rules/types';
import type { CaseRecord, WeiquanDb } from './db';

/** The case of an order, created on first use (one case per platform + order id). */
export async function ensureCase(
  db: WeiquanDb,
  platform: Platform,
  orderId: string,
  title: string,
  now = Date.now(),
): Promise<CaseRecord & { id: number }> {
  return db.transaction('rw', db.cases, async (): Promise<CaseRecord & { id: number }> => {
    const existing = await db.cases.where({ platform, orderId }).first();
    if (existing?.id !== undefined) return { ...existing, id: existing.id };
    const record: CaseRecord = { platform, orderId, title, status: 'open', createdAt: now, updatedAt: now };
    // An auto-increment key: add() always resolves to a number here.
    const id = (await db.cases.add(record)) as number;
    return { ...record, id };
  });
}
