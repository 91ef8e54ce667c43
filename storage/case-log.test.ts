import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CHAIN_GENESIS, canonicalSha256, entryHash, nextEntry, verifyChain } from '../lib/chain';
import { readLog, verifyCase } from './case-log';
import { updateCase } from './cases-repo';
import { openDb, type WeiquanDb } from './db';
import { addEvidence, deleteEvidence, type NewEvidence } from './evidence-repo';

let db: WeiquanDb;
afterEach(async () => db?.delete());

const order = { platform: 'tmall' as const, orderId: '4864583305858004803', title: '3dsway旗舰店' };
const shot = (text: string, at: number): NewEvidence => ({
  kind: 'screenshot',
  url: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803',
  title: '订单详情',
  capturedAt: at,
  mimeType: 'image/png',
  content: new Blob([text]),
});
const strip = <T extends { id?: number; caseId: number }>({ id: _i, caseId: _c, ...rest }: T) => rest;

describe('case log (hash chain)', () => {
  it('logs creation, items, an update and a deletion, and the chain verifies', async () => {
    db = openDb('log-1');
    const a = await addEvidence(db, order, shot('a', 1000), 1000);
    const b = await addEvidence(db, { caseId: a.caseId }, shot('b', 2000), 2000);
    await updateCase(db, a.caseId, { status: 'resolved', notes: '已退款' }, 3000);
    await deleteEvidence(db, b.id!, '拍错了', 4000);
    const log = await readLog(db, a.caseId);
    expect(log.map((e) => e.action)).toEqual([
      'case-created',
      'evidence-added',
      'evidence-added',
      'case-updated',
      'evidence-deleted',
    ]);
    expect(log[0]?.prevHash).toBe(CHAIN_GENESIS);
    expect(log[4]).toMatchObject({ reason: '拍错了', evidence: { uid: b.uid, sha256: b.sha256 } });
    const check = await verifyCase(db, a.caseId);
    expect(check.ok).toBe(true);
    expect(check.items).toEqual([{ uid: a.uid, title: '订单详情' }]);
  });

  it('detects an edited entry, a removed entry and a changed item', async () => {
    db = openDb('log-2');
    const a = await addEvidence(db, order, shot('a', 1000), 1000);
    await addEvidence(db, { caseId: a.caseId }, shot('b', 2000), 2000);
    const entries = (await readLog(db, a.caseId)).map(strip);

    const edited = entries.map((e) => (e.seq === 1 ? { ...e, at: 999 } : e));
    expect(verifyChain(edited).problems).toEqual([{ seq: 1, problem: 'bad-hash' }]);
    // Re-hashing the edited entry does not help: the next link no longer matches.
    const rehashed = edited.map((e) => (e.seq === 1 ? { ...e, hash: entryHash(e) } : e));
    expect(verifyChain(rehashed).problems).toEqual([{ seq: 2, problem: 'bad-link' }]);
    const removed = entries.filter((e) => e.seq !== 1);
    expect(verifyChain(removed).ok).toBe(false);

    await db.evidence.update(a.id, { content: new Blob(['A']) });
    const check = await verifyCase(db, a.caseId);
    expect(check.ok).toBe(false);
    expect(check.items.find((i) => i.uid === a.uid)?.problem).toBe('hash-mismatch');
  });

  it('reports an item deleted without a log entry as missing', async () => {
    db = openDb('log-3');
    const a = await addEvidence(db, order, shot('a', 1000), 1000);
    await db.evidence.delete(a.id);
    const check = await verifyCase(db, a.caseId);
    expect(check.items).toEqual([{ uid: a.uid, title: '订单详情', problem: 'missing' }]);
  });

  it('never forks: a second entry with the same sequence number is refused', async () => {
    db = openDb('log-4');
    const a = await addEvidence(db, order, shot('a', 1000), 1000);
    const [first] = await readLog(db, a.caseId);
    await expect(db.log.add({ ...first!, id: undefined })).rejects.toThrow();
  });
});

describe('chain semantics and the recorded head', () => {
  it('catches entries cut from the end, which the links alone cannot show', async () => {
    db = openDb('log-5');
    const a = await addEvidence(db, order, shot('a', 1000), 1000);
    const b = await addEvidence(db, { caseId: a.caseId }, shot('b', 2000), 2000);
    expect((await verifyCase(db, a.caseId)).ok).toBe(true);
    // Someone removes the last item and its log entry together.
    const last = (await readLog(db, a.caseId)).at(-1)!;
    await db.log.delete(last.id);
    await db.evidence.delete(b.id);
    const check = await verifyCase(db, a.caseId);
    expect(check.ok).toBe(false);
    expect(check.chain.problems).toEqual([{ seq: 2, problem: 'missing-entries' }]);
  });

  it('flags a chain that adds an item twice, deletes one never added, or does not open with the case', async () => {
    db = openDb('log-6');
    const a = await addEvidence(db, order, shot('a', 1000), 1000);
    const entries = (await readLog(db, a.caseId)).map(strip);
    const added = entries[1]!;
    const twice = nextEntry(entries[1], { at: 3000, action: 'evidence-added', evidence: added.evidence });
    expect(verifyChain([...entries, twice]).problems).toEqual([{ seq: 2, problem: 'bad-action' }]);
    const ghost = nextEntry(entries[1], {
      at: 3000,
      action: 'evidence-deleted',
      evidence: { ...added.evidence!, uid: 'never-added' },
    });
    expect(verifyChain([...entries, ghost]).problems).toEqual([{ seq: 2, problem: 'bad-action' }]);
    const headless = nextEntry(undefined, { at: 1, action: 'evidence-added', evidence: added.evidence });
    expect(verifyChain([headless]).problems).toEqual([{ seq: 0, problem: 'bad-action' }]);
  });

  it('pins the item URL, type and metadata in the log, and keeps page titles within bounds', async () => {
    db = openDb('log-7');
    const a = await addEvidence(db, order, { ...shot('a', 1000), title: '标'.repeat(5000) }, 1000);
    expect(a.title.length).toBe(1000);
    expect(a.meta.clipped).toEqual(['title']);
    const [, added] = await readLog(db, a.caseId);
    expect(added?.evidence).toMatchObject({
      url: a.url,
      mimeType: 'image/png',
      metaSha256: canonicalSha256(a.meta),
    });
    await db.evidence.update(a.id, { url: 'https://evil.example/' });
    const check = await verifyCase(db, a.caseId);
    expect(check.items).toEqual([{ uid: a.uid, title: a.title, problem: 'record-changed' }]);
  });
});
