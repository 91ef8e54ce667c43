// The case log: every change to a case or its evidence appends one hash-chained entry
// (lib/chain.ts), inside the same transaction as the change itself.
import {
  canonicalSha256,
  checkItems,
  logOrder,
  nextEntry,
  verifyChain,
  type ChainCheck,
  type ItemCheck,
  type LogBody,
  type LogEvidence,
} from '../lib/chain';
import { sha256Hex } from '../lib/hash';
import type { Order } from '../rules/types';
import type { EvidenceRecord, LogRecord, WeiquanDb } from './db';

/** Appends an entry after the case's last one; call inside a transaction with `db.log` and `db.cases`. */
export async function appendLog(
  db: WeiquanDb,
  caseId: number,
  body: Omit<LogBody, 'seq' | 'prevHash'>,
): Promise<LogRecord> {
  const last = await db.log.where('[caseId+seq]').between([caseId, -Infinity], [caseId, Infinity]).last();
  const entry = { ...nextEntry(last, body), caseId };
  // The unique [caseId+seq] index turns a concurrent second writer into an error, never a fork.
  await db.log.add(entry);
  // The head kept beside the chain: a chain alone cannot show its last entries were cut off.
  await db.cases.update(caseId, { logCount: entry.seq + 1, logHead: entry.hash });
  return entry;
}

/**
 * Logs the order snapshot shown with a case, read from the page at `url`, when the chain has not
 * recorded it yet or recorded other facts (issue 18.1) or another source (issue 27): the first
 * time an order is attached, and each time its shop, items, amount, status or the page's scheme
 * and host change. Call inside a transaction with `db.log` and `db.cases`.
 */
export async function logOrderSnapshot(
  db: WeiquanDb,
  caseId: number,
  order: Order,
  url: string,
  now: number,
): Promise<LogRecord | undefined> {
  const logged = logOrder(order, url);
  const last = await db.log
    .where('[caseId+seq]')
    .between([caseId, -Infinity], [caseId, Infinity])
    .reverse()
    .filter((entry) => entry.order !== undefined)
    .first();
  if (last?.order?.sha256 === logged.sha256) return undefined;
  return appendLog(db, caseId, { at: now, action: 'order-recorded', order: logged });
}

export async function readLog(db: WeiquanDb, caseId: number): Promise<LogRecord[]> {
  return db.log.where('[caseId+seq]').between([caseId, -Infinity], [caseId, Infinity]).toArray();
}

export interface CaseCheck {
  chain: ChainCheck;
  items: ItemCheck[];
  ok: boolean;
}

/** Recomputes the chain and every item's SHA-256 from its stored bytes. */
export async function verifyCase(db: WeiquanDb, caseId: number): Promise<CaseCheck> {
  const entries = (await readLog(db, caseId)).map(({ id: _id, caseId: _case, ...entry }) => entry);
  const stored = await db.evidence.where('caseId').equals(caseId).toArray();
  const present = [];
  for (const item of stored) {
    present.push({
      uid: item.uid,
      title: item.title,
      actualSha256: await sha256Hex(item.content),
      facts: logEvidence(item),
    });
  }
  const record = await db.cases.get(caseId);
  const chain = verifyChain(
    entries,
    record?.logCount !== undefined && record.logHead
      ? { count: record.logCount, head: record.logHead }
      : undefined,
  );
  const items = checkItems(entries, present);
  return { chain, items, ok: chain.ok && items.every((item) => !item.problem) };
}

/** What the log records about an item: enough to know what it was after it is deleted. */
export function logEvidence(item: EvidenceRecord): LogEvidence {
  return {
    uid: item.uid,
    kind: item.kind,
    sha256: item.sha256,
    size: item.size,
    title: item.title,
    capturedAt: item.capturedAt,
    url: item.url,
    mimeType: item.mimeType,
    metaSha256: canonicalSha256(item.meta),
  };
}
