import { sha256Hex } from '../lib/hash';
import type { EvidenceRecord, WeiquanDb } from './db';

export type NewEvidence = Omit<EvidenceRecord, 'id' | 'sha256'>;

/** The disk (or the browser's quota for us) is full: nothing was written. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('storage-full', { cause });
    this.name = 'StorageFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown } | null)?.inner].map(
    (e) => (e as { name?: unknown } | null)?.name,
  );
  return names.includes('QuotaExceededError');
}

/**
 * Stores one evidence item. The hash is computed before the transaction opens (hashing inside
 * it would let the transaction auto-commit), and the promise resolves only once the strict
 * transaction has completed, so "saved" is never shown for data that is not on disk.
 */
export async function addEvidence(db: WeiquanDb, item: NewEvidence): Promise<EvidenceRecord> {
  const sha256 = await sha256Hex(item.content);
  const record: EvidenceRecord = { ...item, sha256 };
  try {
    const id = await db.transaction('rw', db.evidence, () => db.evidence.add(record));
    return { ...record, id };
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
