import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readLog, verifyCase } from './case-log';
import { openDb, type WeiquanDb } from './db';

let db: WeiquanDb | undefined;
afterEach(async () => db?.delete());

describe('schema v3 upgrade', () => {
  it('gives v2 items a uid and metadata and each v2 case a chain that verifies', async () => {
    // A database as version 2 left it: a case with one call record, no log.
    const v2 = new Dexie('upgrade-1');
    v2.version(1).stores({
      orders: '&key, platform, orderId, lastSeenAt',
      cases: '++id, &[platform+orderId], status, updatedAt',
      evidence: '++id, caseId, kind, capturedAt',
      settings: '&key',
    });
    v2.version(2).stores({ jobs: '++id, dueAt' });
    const caseId = (await v2.table('cases').add({
      platform: 'tmall',
      orderId: '4864583305858004803',
      title: 't',
      status: 'open',
      createdAt: 1,
      updatedAt: 1,
    })) as number;
    await v2.table('evidence').add({
      caseId,
      kind: 'call',
      url: '',
      title: '通话记录',
      capturedAt: 5,
      mimeType: 'application/json',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      content: new Blob(['abc']),
    });
    v2.close();

    db = openDb('upgrade-1');
    const [item] = await db.evidence.toArray();
    expect(item?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(item?.meta.capturedAtShanghai).toBe('1970-01-01 08:00:00 +08:00');
    expect((await readLog(db, caseId)).map((e) => e.action)).toEqual(['case-created', 'evidence-added']);
    expect((await verifyCase(db, caseId)).ok).toBe(true);
  });
});
