import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Order } from '../rules/types';
import { openDb, type WeiquanDb } from './db';
import { addEvidence, StorageFullError, type NewEvidence } from './evidence-repo';
import { findOrderSeen, recordOrdersSeen } from './orders-repo';

let counter = 0;
const dbs: WeiquanDb[] = [];
function freshDb(): WeiquanDb {
  const db = openDb(`test-${++counter}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const order: Order = {
  orderId: '4864583305858004803',
  shopType: 'tmall',
  items: [],
  sellerNick: '3dsway旗舰店',
};

describe('orders repository', () => {
  it('records an order with its exact id and keeps the first sighting', async () => {
    const db = freshDb();
    await recordOrdersSeen(
      db,
      'tmall',
      [order],
      { url: 'https://trade.tmall.com/a', page: 'order-list' },
      1000,
    );
    await recordOrdersSeen(
      db,
      'tmall',
      [{ ...order, status: '交易成功' }],
      { url: 'https://trade.tmall.com/b', page: 'order-list' },
      2000,
    );
    const seen = await findOrderSeen(db, 'tmall', '4864583305858004803');
    expect(seen).toMatchObject({ orderId: '4864583305858004803', firstSeenAt: 1000, lastSeenAt: 2000 });
    expect(seen?.order.status).toBe('交易成功');
  });
});

const target = { platform: 'tmall' as const, orderId: '4864583305858004803', title: '3dsway旗舰店' };
const evidence = (content: Blob): NewEvidence => ({
  kind: 'text',
  url: 'https://trade.tmall.com/detail/orderDetail.htm',
  title: '订单详情',
  capturedAt: 1_763_000_000_000,
  mimeType: 'text/plain',
  content,
});

describe('evidence repository', () => {
  it('stores the SHA-256 of the content, computed before the write', async () => {
    const db = freshDb();
    const saved = await addEvidence(db, target, evidence(new Blob(['abc'])));
    // The SHA-256 of "abc" from FIPS 180-2.
    expect(saved.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect((await db.evidence.get(saved.id as number))?.sha256).toBe(saved.sha256);
  });

  it('reports a full disk as StorageFullError and writes nothing', async () => {
    const db = freshDb();
    vi.spyOn(db.evidence, 'add').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    await expect(addEvidence(db, target, evidence(new Blob(['abc'])))).rejects.toBeInstanceOf(
      StorageFullError,
    );
    vi.restoreAllMocks();
    expect(await db.evidence.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
    expect(await db.log.count()).toBe(0);
  });
});
