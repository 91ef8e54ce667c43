import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../lib/hash';
import type { PageMessage } from '../../lib/messages';
import { openDb, type WeiquanDb } from '../../storage/db';
import { recordCall } from './record-call';

let db: WeiquanDb;
afterEach(async () => db?.delete());

const message: Extract<PageMessage, { type: 'call/record' }> = {
  type: 'call/record',
  platform: 'tmall',
  orderId: '4864583305858004803',
  caseTitle: '3dsway旗舰店',
  answers: {
    dialled: '951-0211',
    caseNumber: 'TM2025XXXX',
    agentId: '8123',
    promisedBy: '2026-11-23T10:00',
    note: '',
  },
};

describe('recording a call', () => {
  it('creates the order case once and stores each call as hashed evidence', async () => {
    db = openDb('record-call-1');
    await recordCall(db, message, 1000);
    await recordCall(db, { ...message, answers: { ...message.answers, agentId: '9000' } }, 2000);
    expect(await db.cases.count()).toBe(1);
    const calls = await db.evidence.toArray();
    expect(calls).toHaveLength(2);
    const content = JSON.parse(await calls[0]!.content.text()) as Record<string, unknown>;
    expect(content).toMatchObject({
      caseNumber: 'TM2025XXXX',
      dialledChannel: { id: 'taobao-tmall-hotline', confidence: 'high' },
    });
    expect(calls[0]!.sha256).toBe(await sha256Hex(calls[0]!.content));
  });

  it('says the disk is full and leaves neither case nor evidence behind', async () => {
    db = openDb('record-call-2');
    vi.spyOn(db.evidence, 'add').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    await expect(recordCall(db, message)).resolves.toEqual({ ok: false, error: 'storage-full' });
    vi.restoreAllMocks();
    expect(await db.cases.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
  });
});
