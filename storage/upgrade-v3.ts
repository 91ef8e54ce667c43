// Schema v3 upgrade: items stored before the case log existed get a uid, a size and the metadata
// fields, and each case gets a chain (created, then its items in capture order), so a case
// recorded by v2 verifies like any other. Entry hashes are synchronous (lib/chain.ts).
import type { Transaction } from 'dexie';
import { captureTimes } from '../lib/capture-time';
import { nextEntry, type LogEntry } from '../lib/chain';
import type { CaseRecord } from '../lib/case-types';
import { logEvidence } from './case-log';
import type { EvidenceRecord, LogRecord } from './db';

export async function upgradeToChainedLog(tx: Transaction): Promise<void> {
  const evidence = tx.table<EvidenceRecord, number>('evidence');
  const items = await evidence.toArray();
  for (const item of items) {
    item.uid ??= crypto.randomUUID();
    item.size ??= item.content.size;
    item.meta ??= { ...captureTimes(item.capturedAt), extensionVersion: 'before-0.2' };
    await evidence.put(item);
  }
  const cases = await tx.table<CaseRecord, number>('cases').toArray();
  const log = tx.table<LogRecord, number>('log');
  for (const c of cases) {
    const mine = items.filter((item) => item.caseId === c.id).sort((a, b) => a.capturedAt - b.capturedAt);
    let last: LogEntry | undefined = nextEntry(undefined, {
      at: c.createdAt,
      action: 'case-created',
      case: {
        platform: c.platform,
        orderId: c.orderId,
        title: c.title,
        status: c.status,
        problem: c.problem,
        notes: c.notes,
      },
    });
    await log.add({ ...last, caseId: c.id! });
    for (const item of mine) {
      last = nextEntry(last, { at: item.capturedAt, action: 'evidence-added', evidence: logEvidence(item) });
      await log.add({ ...last, caseId: c.id! });
    }
    await tx.table('cases').update(c.id!, { logCount: last.seq + 1, logHead: last.hash });
  }
}
