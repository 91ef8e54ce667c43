import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { testI18n } from '../../tests/support/i18n';
import { sha256Hex } from '../../lib/hash';
import type { PageMessage } from '../../lib/messages';
import { openDb, type WeiquanDb } from '../../storage/db';
import { recordCall } from './record-call';

let db: WeiquanDb;
afterEach(async () => db?.delete());
beforeEach(() => {
  fakeBrowser.reset();
  const { t } = testI18n('zh');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) =>
    t(key, typeof subs === 'string' ? [subs] : subs?.map(String)),
  );
});

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

  it('turns the promised time (Beijing time) into a reminder, and ignores a time already past', async () => {
    db = openDb('record-call-3');
    await recordCall(db, message, Date.UTC(2026, 10, 22));
    const [job] = await db.jobs.toArray();
    expect(job?.dueAt).toBe(Date.UTC(2026, 10, 23, 2, 0));
    expect(job?.body).toContain('TM2025XXXX');
    await recordCall(db, message, Date.UTC(2026, 10, 24));
    expect(await db.jobs.count()).toBe(1);
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
