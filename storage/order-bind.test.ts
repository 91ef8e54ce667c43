// Issue 27.3 and 27.1: a case's bound order is changed only by that order's own detail page over
// https, with the page's scheme and host in the hashed snapshot; orders without a case are pruned.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { orderSha256 } from '../lib/chain';
import type { Order } from '../rules/types';
import { readLog, verifyCase } from './case-log';
import { ensureCase } from './cases-repo';
import { openDb, type WeiquanDb } from './db';
import {
  findOrderSeen,
  MAX_ORDERS_WITHOUT_CASE,
  ORDER_KEPT_MS,
  pruneOrders,
  recordOrdersSeen,
} from './orders-repo';

const ID = '4864583305858004803';
const ORDER: Order = {
  orderId: ID,
  shopType: 'tmall',
  shopName: '3dsway旗舰店',
  items: [],
  amount: '1999.00',
};
const FORGED: Order = { ...ORDER, shopName: '别的店', amount: '0.01' };
const DETAIL = `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`;
const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';

let db: WeiquanDb | undefined;
afterEach(async () => db?.delete());

async function caseWithOrder(name: string) {
  db = openDb(name);
  await recordOrdersSeen(db, 'tmall', [ORDER], { url: DETAIL, page: 'order-detail' }, 1000);
  return (await ensureCase(db, 'tmall', ID, 't', 2000)).id;
}

describe("a case's bound order", () => {
  it.each([
    ['a list page naming the order', { url: LIST, page: 'order-list' as const }],
    [
      'its detail page over plain http',
      { url: DETAIL.replace('https:', 'http:'), page: 'order-detail' as const },
    ],
    [
      'a detail page whose address names another order',
      { url: DETAIL.replace(ID, '1111111111111111111'), page: 'order-detail' as const },
    ],
    [
      'a detail page whose address names no order',
      { url: 'https://trade.tmall.com/detail/orderDetail.htm', page: 'order-detail' as const },
    ],
  ])('is not changed by %s', async (_name, source) => {
    const id = await caseWithOrder(`bind-${source.url.length}-${source.page}`);
    const before = await readLog(db!, id);
    await recordOrdersSeen(db!, 'tmall', [FORGED], source, 3000);
    expect(await readLog(db!, id)).toEqual(before);
    expect((await findOrderSeen(db!, 'tmall', ID))?.order).toEqual(ORDER);
  });

  it('is changed by its own detail page over https, with that page’s scheme and host hashed in', async () => {
    const id = await caseWithOrder('bind-detail');
    await recordOrdersSeen(db!, 'tmall', [FORGED], { url: `${DETAIL}&spm=a1`, page: 'order-detail' }, 3000);
    const log = await readLog(db!, id);
    expect(log.at(-1)!.order).toEqual({ sha256: orderSha256(FORGED, 'https://trade.tmall.com'), v: 2 });
    expect(log.at(-1)!.order!.sha256).not.toBe(orderSha256(FORGED));
    expect((await verifyCase(db!, id)).ok).toBe(true);
  });

  it('still follows list pages for orders without a case', async () => {
    db = openDb('bind-no-case');
    await recordOrdersSeen(db, 'tmall', [ORDER], { url: LIST, page: 'order-list' }, 1000);
    await recordOrdersSeen(db, 'tmall', [FORGED], { url: LIST, page: 'order-list' }, 2000);
    expect((await findOrderSeen(db, 'tmall', ID))?.order).toEqual(FORGED);
  });
});

describe('the orders table', () => {
  const junk = (from: number, count: number): Order[] =>
    Array.from({ length: count }, (_, i) => ({
      orderId: String(30_000_000_000 + from + i),
      shopType: 'tmall',
      items: [],
    }));

  it('keeps every order with a case, and the newest MAX_ORDERS_WITHOUT_CASE others', async () => {
    const id = await caseWithOrder('prune-count');
    const list = { url: LIST, page: 'order-list' as const };
    // A hostile list page, report after report: 500 new orders each time.
    for (let r = 0; r < 6; r++) await recordOrdersSeen(db!, 'tmall', junk(r * 500, 500), list, 10_000 + r);
    expect(await db!.orders.count()).toBe(MAX_ORDERS_WITHOUT_CASE + 1);
    expect(await findOrderSeen(db!, 'tmall', ID)).toBeDefined();
    expect(await findOrderSeen(db!, 'tmall', String(30_000_000_000 + 2999))).toBeDefined();
    expect(await findOrderSeen(db!, 'tmall', String(30_000_000_000))).toBeUndefined();
    expect((await verifyCase(db!, id)).ok).toBe(true);
  }, 60_000);

  it('forgets orders without a case not seen for ORDER_KEPT_MS, never one with a case', async () => {
    await caseWithOrder('prune-age');
    await recordOrdersSeen(db!, 'tmall', junk(0, 3), { url: LIST, page: 'order-list' }, 1000);
    const later = 1000 + ORDER_KEPT_MS + 1;
    expect(await db!.transaction('rw', db!.orders, db!.cases, () => pruneOrders(db!, later))).toBe(3);
    expect((await db!.orders.toArray()).map((o) => o.orderId)).toEqual([ID]);
  });
});
