import { checkCaseTexts } from '../lib/case-types';
import { captureTimes } from '../lib/capture-time';
import { extensionVersion } from '../lib/extension-version';
import { sha256Hex } from '../lib/hash';
import type { Platform } from '../rules/types';
import { appendLog, logEvidence } from './case-log';
import { ensureCase } from './cases-repo';
import type { EvidenceMeta, EvidenceRecord, WeiquanDb } from './db';

/** What a capture provides; prepareEvidence adds the uid, size, hash and the clock fields. */
export type NewEvidence = Omit<
  EvidenceRecord,
  'id' | 'uid' | 'sha256' | 'size' | 'caseId' | 'meta' | 'thumbnail'
> & {
  meta?: Partial<EvidenceMeta>;
  /** The capture request's id, when the popup gave one (lib/messages.ts requestId). */
  uid?: string;
  /** A preview image; stored as a data: URL (see EvidenceRecord.thumbnail). */
  thumbnail?: Blob | string;
};

/** An item ready to store: hashed, with its metadata; a preview image may still be a Blob. */
export type PreparedEvidence = Omit<EvidenceRecord, 'caseId' | 'thumbnail'> & { thumbnail?: Blob | string };

/**
 * The case an item belongs to: an existing one, the case of an order (created if new), or none
 * yet — a chat captured before the shopper says which order it is about (chat-attach.ts).
 */
export type CaseTarget =
  { caseId: number } | { platform: Platform; orderId: string; title: string } | { unattached: true };

/** The caseId of items in no case yet: no case has it (ids start at 1). */
export const UNATTACHED_CASE = 0;

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
 * Hashes the content and fills the metadata; done before any transaction opens (an await on
 * WebCrypto inside one would let it commit early).
 */
export async function prepareEvidence(
  item: NewEvidence,
  onHashProgress?: (done: number, total: number) => void,
): Promise<PreparedEvidence> {
  // Titles and URLs come from pages (a title may be 4,096 characters, a pushState URL longer):
  // kept within what a bundle accepts, and said so, so no page can make a case unexportable.
  const title = clip(item.title, MAX_TITLE);
  const url = clip(item.url, MAX_URL);
  const clipped = [...(title !== item.title ? ['title'] : []), ...(url !== item.url ? ['url'] : [])];
  return {
    ...item,
    title,
    url,
    uid: item.uid ?? crypto.randomUUID(),
    size: item.content.size,
    sha256: await sha256Hex(item.content, onHashProgress),
    meta: {
      extensionVersion: extensionVersion(),
      ...captureTimes(item.capturedAt),
      ...item.meta,
      ...(clipped.length > 0 && { clipped }),
    },
  };
}

const MAX_TITLE = 1000;
const MAX_URL = 4000;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

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
 * Stores prepared items in their case, each with its log entry, in one strict transaction: all
 * or nothing, and the promise resolves only once it is on disk (so "saved" is never premature).
 */
export async function saveEvidence(
  db: WeiquanDb,
  target: CaseTarget,
  prepared: readonly PreparedEvidence[],
  now = Date.now(),
): Promise<EvidenceRecord[]> {
  // Async work before the transaction opens: awaiting anything but IndexedDB inside would commit it.
  const rows = await Promise.all(prepared.map(withThumbnailUrl));
  return writeOrFail(() =>
    db.transaction('rw', [db.cases, db.evidence, db.log, db.orders], async () => {
      // Unattached: stored and hashed now, logged in a case's chain when attached to one.
      if ('unattached' in target) {
        const held = rows.map((item) => ({ ...item, caseId: UNATTACHED_CASE }));
        for (const record of held) record.id = await db.evidence.add(record);
        return held;
      }
      const caseId =
        'caseId' in target
          ? target.caseId
          : (await ensureCase(db, target.platform, target.orderId, target.title, now)).id;
      if (!(await db.cases.get(caseId))) throw new Error(`no case ${caseId}`);
      const saved: EvidenceRecord[] = [];
      for (const item of rows) {
        const record: EvidenceRecord = { ...item, caseId };
        record.id = await db.evidence.add(record);
        await appendLog(db, caseId, { at: now, action: 'evidence-added', evidence: logEvidence(record) });
        saved.push(record);
      }
      await db.cases.update(caseId, { updatedAt: now });
      return saved;
    }),
  );
}

/** Hashes and stores one item (the common case). */
export async function addEvidence(
  db: WeiquanDb,
  target: CaseTarget,
  item: NewEvidence,
  now = Date.now(),
): Promise<EvidenceRecord> {
  const [saved] = await saveEvidence(db, target, [await prepareEvidence(item)], now);
  return saved!;
}

/**
 * Deletes an item's content and record; the log keeps its hash, kind and title and the reason,
 * so the chain shows what was removed and when.
 */
export async function deleteEvidence(
  db: WeiquanDb,
  id: number,
  reason: string,
  now = Date.now(),
): Promise<void> {
  checkCaseTexts({ reason });
  await writeOrFail(() =>
    db.transaction('rw', db.cases, db.evidence, db.log, async () => {
      const item = await db.evidence.get(id);
      if (!item) throw new Error(`no evidence ${id}`);
      await db.evidence.delete(id);
      await appendLog(db, item.caseId, {
        at: now,
        action: 'evidence-deleted',
        evidence: logEvidence(item),
        reason,
      });
      await db.cases.update(item.caseId, { updatedAt: now });
    }),
  );
}

async function withThumbnailUrl(item: PreparedEvidence): Promise<Omit<EvidenceRecord, 'caseId'>> {
  const { thumbnail, ...rest } = item;
  if (thumbnail === undefined) return rest;
  return { ...rest, thumbnail: typeof thumbnail === 'string' ? thumbnail : await blobToDataUrl(thumbnail) };
}

async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type || 'image/webp'};base64,${btoa(binary)}`;
}
