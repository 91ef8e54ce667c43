// Capture first, attach later: a chat the extension could not tie to an order is stored at once
// (hashed, unattached), and the shopper puts it into a case afterwards. Attaching moves every
// unattached item of that chat page into the case and logs each in the case's chain then, with
// its capture time unchanged, in one transaction.
import { appendLog, logEvidence } from './case-log';
import type { EvidenceRecord, WeiquanDb } from './db';
import { UNATTACHED_CASE, writeOrFail } from './evidence-repo';

/** One chat page's unattached captures, as the casebook lists them. */
export interface UnattachedChat {
  /** The chat page's address: items captured on one page are attached together. */
  url: string;
  title: string;
  capturedAt: number;
  ids: number[];
  /** Transcripts and pictures among them. */
  transcripts: number;
  pictures: number;
}

/** Every chat page with unattached items, newest first. */
export async function unattachedChats(db: WeiquanDb): Promise<UnattachedChat[]> {
  const items = await db.evidence.where('caseId').equals(UNATTACHED_CASE).toArray();
  const byUrl = new Map<string, UnattachedChat>();
  for (const item of items.sort((a, b) => a.capturedAt - b.capturedAt)) {
    const chat = byUrl.get(item.url) ?? {
      url: item.url,
      title: '',
      capturedAt: 0,
      ids: [],
      transcripts: 0,
      pictures: 0,
    };
    chat.ids.push(item.id!);
    chat.capturedAt = Math.max(chat.capturedAt, item.capturedAt);
    if (item.kind === 'chat') {
      if (item.mimeType === 'application/json') chat.transcripts++;
      chat.title ||= item.title.replace(/（JSON）$/, '');
    } else chat.pictures++;
    byUrl.set(item.url, chat);
  }
  return [...byUrl.values()].sort((a, b) => b.capturedAt - a.capturedAt);
}

/**
 * Moves the unattached items of a chat page into a case and logs them there. Items attached
 * meanwhile (another casebook tab) are left where they are; the answer counts those moved.
 */
export async function attachChat(
  db: WeiquanDb,
  url: string,
  caseId: number,
  now = Date.now(),
): Promise<number> {
  return writeOrFail(() =>
    db.transaction('rw', [db.cases, db.evidence, db.log], async () => {
      const target = await db.cases.get(caseId);
      if (!target) throw new Error(`no case ${caseId}`);
      const items = await db.evidence.where('caseId').equals(UNATTACHED_CASE).toArray();
      const moved = items.filter((item) => item.url === url).sort((a, b) => a.id! - b.id!);
      for (const item of moved) {
        const record: EvidenceRecord = {
          ...item,
          caseId,
          meta: { ...item.meta, orderId: target.orderId },
        };
        await db.evidence.put(record);
        await appendLog(db, caseId, { at: now, action: 'evidence-added', evidence: logEvidence(record) });
      }
      if (moved.length > 0) await db.cases.update(caseId, { updatedAt: now });
      return moved.length;
    }),
  );
}
