// Issue 18.1: the order snapshot shown with a case is logged in its chain: when the case is
// created with the order already seen, when the order is first seen after the case, and each
// time its bound facts change; a v3 database logs the snapshot of every case on upgrade.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { nextEntry, orderSha256 } from '../lib/chain';
import type { Order } from '../rules/types';
import { readLog, verifyCase } from './case-log';
import { ensureCase } from './cases-repo';
import { openDb, type WeiquanDb } from './db';
import { recordOrdersSeen } from './orders-repo';

const ORDER: Order = {
  orderId: '4864583305858004803',
  shopType: 'tmall',
  shopName: '3dsway旗舰店',
  items: [{ title: '3D 打印机 X1', quantity: 1, price: '1999.00' }],
  amount: '1999.00',
  status: '卖家已发货',
  autoConfirmBy: '2026-11-30 10:00',
};
const URL = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803';
const SOURCE = 'https://trade.tmall.com';
/** The order's own detail page: the only source that may change a case's bound order. */
const detail = (url = URL) => ({ url, page: 'order-detail' as const });

let db: WeiquanDb | undefined;
afterEach(async () => db?.delete());

const actions = async (caseId: number) => (await readLog(db!, caseId)).map((e) => e.action);

describe('the order snapshot in the case log', () => {
  it('is logged after case-created when the order was seen first', async () => {
    db = openDb('order-log-1');
    await recordOrdersSeen(db, 'tmall', [ORDER], detail(), 1000);
    const { id, logCount, logHead } = await ensureCase(db, 'tmall', ORDER.orderId, 't', 2000);
    const log = await readLog(db, id);
    expect(log.map((e) => e.action)).toEqual(['case-created', 'order-recorded']);
    expect(log[1]!.order).toEqual({ sha256: orderSha256(ORDER, SOURCE), v: 2 });
    expect([logCount, logHead]).toEqual([2, log[1]!.hash]);
    expect((await verifyCase(db, id)).ok).toBe(true);
  });

  it('is logged when its bound facts change, not on every visit', async () => {
    db = openDb('order-log-2');
    const { id } = await ensureCase(db, 'tmall', ORDER.orderId, 't', 1000);
    expect(await actions(id)).toEqual(['case-created']);
    await recordOrdersSeen(db, 'tmall', [ORDER], detail(), 2000);
    await recordOrdersSeen(db, 'tmall', [ORDER], detail(`${URL}&spm=a1`), 3000); // same facts, another URL
    // The auto-confirm time is counted from a countdown at each reading: it moves, unlogged.
    await recordOrdersSeen(db, 'tmall', [{ ...ORDER, autoConfirmBy: '2026-11-30 10:01' }], detail(), 4000);
    expect(await actions(id)).toEqual(['case-created', 'order-recorded']);
    await recordOrdersSeen(db, 'tmall', [{ ...ORDER, status: '交易关闭' }], detail(), 5000);
    await recordOrdersSeen(db, 'tmall', [{ ...ORDER, status: '交易关闭', amount: '0.00' }], detail(), 6000);
    const log = await readLog(db, id);
    expect(log.map((e) => e.action)).toEqual([
      'case-created',
      'order-recorded',
      'order-recorded',
      'order-recorded',
    ]);
    expect(log.at(-1)!.order!.sha256).toBe(
      orderSha256({ ...ORDER, status: '交易关闭', amount: '0.00' }, SOURCE),
    );
    expect(log.at(-1)!.at).toBe(6000);
    expect((await verifyCase(db, id)).ok).toBe(true);
  });

  it('leaves orders without a case out of every chain', async () => {
    db = openDb('order-log-3');
    const { id } = await ensureCase(db, 'tmall', ORDER.orderId, 't', 1000);
    await recordOrdersSeen(db, 'tmall', [{ ...ORDER, orderId: '1111111111111111111' }], detail(), 2000);
    expect(await actions(id)).toEqual(['case-created']);
    expect(await db.log.count()).toBe(1);
  });
});

describe('schema v4 upgrade', () => {
  it('logs the snapshot of each v3 case whose order was seen, and the chain still verifies', async () => {
    const v3 = new Dexie('order-log-upgrade');
    v3.version(1).stores({
      orders: '&key, platform, orderId, lastSeenAt',
      cases: '++id, &[platform+orderId], status, updatedAt',
      evidence: '++id, caseId, kind, capturedAt',
      settings: '&key',
    });
    v3.version(2).stores({ jobs: '++id, dueAt' });
    v3.version(3).stores({
      evidence: '++id, caseId, kind, capturedAt, &uid',
      log: '++id, &[caseId+seq], caseId',
    });
    const add = async (orderId: string) => {
      const created = nextEntry(undefined, {
        at: 1,
        action: 'case-created',
        case: { platform: 'tmall', orderId, title: 't', status: 'open' },
      });
      const id = (await v3.table('cases').add({
        platform: 'tmall',
        orderId,
        title: 't',
        status: 'open',
        createdAt: 1,
        updatedAt: 1,
        logCount: 1,
        logHead: created.hash,
      })) as number;
      await v3.table('log').add({ ...created, caseId: id });
      return id;
    };
    const seen = await add(ORDER.orderId);
    const unseen = await add('2222222222222222222');
    await v3.table('orders').add({
      key: `tmall:${ORDER.orderId}`,
      platform: 'tmall',
      orderId: ORDER.orderId,
      order: ORDER,
      url: URL,
      firstSeenAt: 1,
      lastSeenAt: 1,
    });
    v3.close();

    db = openDb('order-log-upgrade');
    const log = await readLog(db, seen);
    expect(log.map((e) => e.action)).toEqual(['case-created', 'order-recorded']);
    expect(log[1]!.order).toEqual({ sha256: orderSha256(ORDER) });
    expect(await db.cases.get(seen)).toMatchObject({ logCount: 2, logHead: log[1]!.hash });
    expect((await verifyCase(db, seen)).ok).toBe(true);
    expect(await actions(unseen)).toEqual(['case-created']);
  });
});
