// Read models for the casebook: cases with their call records, and the orders seen, as plain
// data for components. Evidence content is parsed and validated here, never trusted as is.
import * as z from 'zod/mini';
import type { CallContent, CallSummary, CaseSummary, EvidenceSummary } from '../lib/case-types';
import type { Order, Platform } from '../rules/types';
import type { EvidenceRecord, WeiquanDb } from './db';

const CallContentSchema = z.object({
  dialled: z.string(),
  caseNumber: z.string(),
  agentId: z.string(),
  promisedBy: z.string(),
  note: z.string(),
});

async function readCall(call: EvidenceRecord): Promise<CallSummary & { caseId: number }> {
  let answers: CallContent | null;
  try {
    const result = CallContentSchema.safeParse(JSON.parse(await call.content.text()));
    answers = result.success ? result.data : null;
  } catch {
    answers = null;
  }
  return { caseId: call.caseId, id: call.id!, capturedAt: call.capturedAt, sha256: call.sha256, answers };
}

function summary(item: EvidenceRecord): EvidenceSummary & { caseId: number } {
  return {
    caseId: item.caseId,
    id: item.id!,
    uid: item.uid,
    kind: item.kind,
    title: item.title,
    url: item.url,
    capturedAt: item.capturedAt,
    capturedAtShanghai: item.meta.capturedAtShanghai,
    mimeType: item.mimeType,
    size: item.size,
    sha256: item.sha256,
    partial: item.meta.partial === true,
    ...(item.meta.part && { part: item.meta.part }),
    ...(item.meta.fileName && { fileName: item.meta.fileName }),
    ...(item.thumbnail && { thumbnail: item.thumbnail }),
  };
}

export async function caseSummaries(db: WeiquanDb): Promise<CaseSummary[]> {
  const cases = await db.cases.orderBy('updatedAt').reverse().toArray();
  const items = await db.evidence.orderBy('capturedAt').toArray();
  const calls = await Promise.all(items.filter((item) => item.kind === 'call').map(readCall));
  const summaries = items.map(summary);
  return cases.map((c) => ({
    ...c,
    id: c.id!,
    calls: calls.filter((call) => call.caseId === c.id),
    items: summaries.filter((item) => item.caseId === c.id),
  }));
}

export async function ordersSeen(db: WeiquanDb): Promise<Array<{ platform: Platform; order: Order }>> {
  const seen = await db.orders.orderBy('lastSeenAt').reverse().limit(200).toArray();
  return seen.map(({ platform, order }) => ({ platform, order }));
}

/** Which of these orders of one platform have a case the shopper has not closed. */
export async function openCaseOrderIds(
  db: WeiquanDb,
  platform: Platform,
  orderIds: readonly string[],
): Promise<Set<string>> {
  const cases = await db.cases
    .where('[platform+orderId]')
    .anyOf(orderIds.map((orderId) => [platform, orderId]))
    .toArray();
  return new Set(cases.filter((c) => c.status === 'open').map((c) => c.orderId));
}
