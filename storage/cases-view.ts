// Read models for the casebook: cases with their call records, and the orders seen, as plain
// data for components. Evidence content is parsed and validated here, never trusted as is.
import * as z from 'zod/mini';
import type { CallContent, CallSummary, CaseSummary } from '../lib/case-types';
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

export async function caseSummaries(db: WeiquanDb): Promise<CaseSummary[]> {
  const cases = await db.cases.orderBy('updatedAt').reverse().toArray();
  const calls = await db.evidence.where('kind').equals('call').sortBy('capturedAt');
  const parsed = await Promise.all(calls.map(readCall));
  return cases.map((c) => ({
    ...c,
    id: c.id!,
    calls: parsed.filter((call) => call.caseId === c.id),
  }));
}

export async function ordersSeen(db: WeiquanDb): Promise<Array<{ platform: Platform; order: Order }>> {
  const seen = await db.orders.orderBy('lastSeenAt').reverse().limit(200).toArray();
  return seen.map(({ platform, order }) => ({ platform, order }));
}
