import { browser } from 'wxt/browser';
import type { PageMessage, Reply } from '../../lib/messages';
import { shanghaiLocalToEpoch } from '../../rules/hours';
import { findByDigits, phoneKey } from '../../rules/channels';
import type { WeiquanDb } from '../../storage/db';
import { addEvidence, StorageFullError } from '../../storage/evidence-repo';
import { scheduleReminder } from './jobs';

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
  const item = {
    kind: 'call' as const,
    url: '',
    title: `通话记录 ${message.answers.dialled}`.trim(),
    capturedAt: now,
    mimeType: 'application/json',
    content: new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }),
    meta: { orderId: message.orderId },
  };
  try {
    // One transaction: a failed evidence write leaves no new, empty case behind.
    const target = { platform: message.platform, orderId: message.orderId, title: message.caseTitle };
    const saved = await addEvidence(db, target, item, now);
    await remindOfPromise(db, message, now);
    return { ok: true, value: saved.id! };
  } catch (error) {
    if (error instanceof StorageFullError) return { ok: false, error: 'storage-full' };
    throw error;
  }
}

/** The time the agent promised an answer becomes a notification, if it is still ahead. */
async function remindOfPromise(db: WeiquanDb, message: CallRecord, now: number): Promise<void> {
  const dueAt = shanghaiLocalToEpoch(message.answers.promisedBy);
  if (dueAt === null || dueAt <= now) return;
  const { dialled, caseNumber, agentId } = message.answers;
  await scheduleReminder(
    db,
    {
      dueAt,
      title: browser.i18n.getMessage('promiseDueTitle'),
      body: browser.i18n.getMessage('promiseDueBody', [
        message.orderId,
        dialled,
        caseNumber || '-',
        agentId || '-',
      ]),
    },
    now,
  );
}
