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

/** Hashes the content; done before any transaction opens (an await inside would let it commit). */
export async function prepareEvidence(item: NewEvidence): Promise<EvidenceRecord> {
  return { ...item, sha256: await sha256Hex(item.content) };
}

/** Writes a prepared item; call inside a transaction that includes `db.evidence`. */
export async function putEvidence(db: WeiquanDb, record: EvidenceRecord): Promise<EvidenceRecord> {
  const id = await db.evidence.add(record);
  return { ...record, id };
}

/** Runs a write transaction, reporting a full disk as StorageFullError. */
export async function writeOrFail<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

/**
 * Stores one evidence item. The promise resolves only once the strict transaction has
 * completed, so "saved" is never shown for data that is not on disk.
 */
export async function addEvidence(db: WeiquanDb, item: NewEvidence): Promise<EvidenceRecord> {
  const record = await prepareEvidence(item);
  return writeOrFail(() => db.transaction('rw', db.evidence, () => putEvidence(db, record)));
}
