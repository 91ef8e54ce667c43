import type { PageMessage, Reply } from '../../lib/messages';
import { findByDigits, phoneKey } from '../../rules/channels';
import { ensureCase } from '../../storage/cases-repo';
import type { WeiquanDb } from '../../storage/db';
import { prepareEvidence, putEvidence, StorageFullError, writeOrFail } from '../../storage/evidence-repo';

type CallRecord = Extract<PageMessage, { type: 'call/record' }>;

/**
 * Stores what the shopper noted on a call (维权编号, 工号, promised time) as a hashed evidence
 * item of the order's case, with the dialled number checked against the channel registry.
 */
export async function recordCall(
  db: WeiquanDb,
  message: CallRecord,
  now = Date.now(),
): Promise<Reply<number>> {
  const registry = findByDigits(phoneKey(message.answers.dialled));
  const content = {
    ...message.answers,
    dialledChannel: registry[0] ? { id: registry[0].id, confidence: registry[0].confidence } : null,
    recordedAt: new Date(now).toISOString(),
  };
  const prepared = await prepareEvidence({
    caseId: 0, // set below, once the case exists
    kind: 'call',
    url: '',
    title: `通话记录 ${message.answers.dialled}`.trim(),
    capturedAt: now,
    mimeType: 'application/json',
    content: new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }),
  });
  try {
    // One transaction: a failed evidence write leaves no new, empty case behind.
    const saved = await writeOrFail(() =>
      db.transaction('rw', db.cases, db.evidence, async () => {
        const record = await ensureCase(db, message.platform, message.orderId, message.caseTitle, now);
        return putEvidence(db, { ...prepared, caseId: record.id });
      }),
    );
    return { ok: true, value: saved.id! };
  } catch (error) {
    if (error instanceof StorageFullError) return { ok: false, error: 'storage-full' };
    throw error;
  }
}
