import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { caseSummaries } from './cases-view';
import { ensureCase } from './cases-repo';
import { openDb, type WeiquanDb } from './db';
import { addEvidence } from './evidence-repo';

let db: WeiquanDb;
afterEach(async () => db?.delete());

const call = (content: string, capturedAt: number) => ({
  kind: 'call' as const,
  url: '',
  title: '通话记录',
  capturedAt,
  mimeType: 'application/json',
  content: new Blob([content]),
});

describe('casebook read model', () => {
  it('lists each case with its calls in order, and shows a damaged record as damaged', async () => {
    db = openDb('cases-view-1');
    const c = await ensureCase(db, 'tmall', '4864583305858004803', '3dsway旗舰店');
    const answers = { dialled: '9510211', caseNumber: 'TM1', agentId: '8123', promisedBy: '', note: '' };
    await addEvidence(db, { caseId: c.id }, call(JSON.stringify(answers), 2));
    await addEvidence(db, { caseId: c.id }, call('{not json', 1));
    const [summary] = await caseSummaries(db);
    expect(summary?.orderId).toBe('4864583305858004803');
    expect(summary?.calls.map((x) => x.answers)).toEqual([null, answers]);
  });
});
