// What the casebook page does with cases. Extension pages share the extension's IndexedDB, and
// a shopper's files (up to gigabytes) cannot cross runtime messaging, so this page writes
// through the same repositories the background uses rather than sending bytes to the worker.
import type { AddFileResult } from '../../components/AddFiles';
import type { CaseActions } from '../../components/CaseCard';
import type { CaseCheckView } from '../../components/ChainStatus';
import { formatBytes } from '../../components/object-url';
import type { StorageView } from '../../components/StorageStatus';
import { roomFor, roomLeft } from '../../lib/room';
import { thumbnailOf } from '../../lib/thumbnail';
import type { Platform } from '../../rules/types';
import { verifyCase } from '../../storage/case-log';
import { ensureCase, updateCase } from '../../storage/cases-repo';
import type { WeiquanDb } from '../../storage/db';
import { deleteEvidence, prepareEvidence, saveEvidence, StorageFullError } from '../../storage/evidence-repo';
import { findOrderSeen } from '../../storage/orders-repo';

export function caseActions(db: WeiquanDb): CaseActions {
  return {
    async verify(caseId): Promise<CaseCheckView> {
      const check = await verifyCase(db, caseId);
      return {
        ok: check.ok,
        entries: check.chain.entries,
        items: check.items.length,
        chainProblems: check.chain.problems,
        itemProblems: check.items.flatMap((item) =>
          item.problem ? [{ title: item.title, problem: item.problem }] : [],
        ),
      };
    },
    addFiles: (caseId) => async (files, onProgress) => {
      const results: AddFileResult[] = [];
      for (const file of files) results.push(await addFile(db, caseId, file, onProgress));
      return results;
    },
    remove: (item, reason) => deleteEvidence(db, item.id, reason),
    update: async (caseId, fields) => {
      await updateCase(db, caseId, fields);
    },
    async load(id) {
      const item = await db.evidence.get(id);
      if (!item) throw new Error(`no evidence ${id}`);
      return item.content;
    },
  };
}

async function addFile(
  db: WeiquanDb,
  caseId: number,
  file: File,
  onProgress: (name: string, done: number, total: number) => void,
): Promise<AddFileResult> {
  // Refuse before reading a byte: a 2 GB video on a nearly full disk should fail at once, cleanly.
  if (!(await roomFor(file.size))) {
    const free = formatBytes(Math.max(0, await roomLeft()));
    return { ok: false, name: file.name, error: 'too-big', need: formatBytes(file.size), free };
  }
  try {
    const prepared = await prepareEvidence(
      {
        kind: 'file',
        url: '',
        title: file.name,
        capturedAt: Date.now(),
        mimeType: file.type || 'application/octet-stream',
        content: file,
        meta: { fileName: file.name, method: { addedBy: 'file-picker', lastModified: file.lastModified } },
      },
      (done, total) => onProgress(file.name, done, total),
    );
    // A photo the browser cannot decode is still evidence; it just gets no preview.
    const thumbnail = file.type.startsWith('image/')
      ? await thumbnailOf(file).catch(() => undefined)
      : undefined;
    await saveEvidence(db, { caseId }, [{ ...prepared, ...(thumbnail && { thumbnail }) }]);
    return { ok: true, name: file.name };
  } catch (error) {
    if (error instanceof StorageFullError) return { ok: false, name: file.name, error: 'storage-full' };
    return { ok: false, name: file.name, error: 'failed', detail: String(error) };
  }
}

/** A case opened by hand (its id): titled after the shop when the order was seen, else its number. */
export async function createCase(db: WeiquanDb, platform: Platform, orderId: string): Promise<number> {
  const seen = await findOrderSeen(db, platform, orderId);
  const opened = await ensureCase(
    db,
    platform,
    orderId,
    seen?.order.shopName ?? seen?.order.sellerNick ?? orderId,
  );
  return opened.id;
}

/** Asks the browser to keep our data under storage pressure, and reports the room left. */
export async function storageView(): Promise<StorageView> {
  const persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota, persisted };
}
