// Issue 27.1: the export applies restore's own limits, so a backup that restore would refuse is
// never written. The audit's reproduction: 400 junk orders (200 items × 500-character titles)
// made a 42.8 MB backup.json that exported with "0 problems" and could not be restored.
import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ORDER_ID, seedCase } from '../../tests/fixtures/bundles/seed';
import { openDb, type OrderSeen, type WeiquanDb } from '../db';
import { orderKey } from '../orders-repo';
import { exportBackup } from './export';
import { docText, ordersThatFit, utf8Bytes } from './fit';
import { restoreBackup } from './import';
import { MAX_JSON_BYTES } from './limits';

const dbs: WeiquanDb[] = [];
const fresh = (name: string) => {
  const db = openDb(name);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const junk = (i: number, lastSeenAt: number, items = 200): OrderSeen => {
  const orderId = String(40_000_000_000 + i);
  return {
    key: orderKey('weidian', orderId),
    platform: 'weidian',
    orderId,
    order: {
      orderId,
      shopType: 'weidian',
      items: Array.from({ length: items }, (_, k) => ({ title: `${k}`.padEnd(500, 'x') })),
    },
    url: 'https://weidian.com/user/order/list.php',
    firstSeenAt: lastSeenAt,
    lastSeenAt,
  };
};

describe('a backup restore will accept', () => {
  it('leaves out junk orders without a case, keeps the case and its order, and restores', async () => {
    const db = fresh('fit-source');
    await seedCase(db);
    // Stored as an older version left them (before the table was pruned): 400 × ~105 kB.
    await db.orders.bulkPut(Array.from({ length: 400 }, (_, i) => junk(i, 1000 + i)));
    const result = await exportBackup(db);
    const files = unzipSync(new Uint8Array(await result.blob.arrayBuffer()), {
      filter: (f) => f.name === 'data/backup.json',
    });
    const backupJson = files['data/backup.json']!;
    expect(backupJson.length).toBeLessThanOrEqual(MAX_JSON_BYTES);
    const listed = (JSON.parse(new TextDecoder().decode(backupJson)) as { orders: OrderSeen[] }).orders;
    expect(listed.some((o) => o.orderId === ORDER_ID)).toBe(true);
    // The newest junk kept, the oldest left out, and the export says how many.
    expect(listed.some((o) => o.orderId === String(40_000_000_000 + 399))).toBe(true);
    expect(listed.some((o) => o.orderId === String(40_000_000_000))).toBe(false);
    expect(result.ordersLeftOut).toBe(401 - listed.length);

    const target = fresh('fit-target');
    const restored = await restoreBackup(target, result.blob);
    expect(restored.cases).toHaveLength(1);
    expect(await target.orders.get(orderKey('tmall', ORDER_ID))).toBeDefined();
    expect(await target.orders.count()).toBe(listed.length);
  }, 300_000);

  it('fills backup.json close to its byte budget, never over it', () => {
    const base = { format: 'x', orders: [] as OrderSeen[] };
    const orders = Array.from({ length: 40 }, (_, i) => junk(i, i, 3));
    const withCase = new Set([orders[0]!.key]);
    const budget = 20_000;
    const { kept, leftOut } = ordersThatFit(orders, withCase, budget);
    const bytes = (list: OrderSeen[]) =>
      utf8Bytes(docText({ ...base, orders: list })) - utf8Bytes(docText(base));
    expect(bytes(kept)).toBeLessThanOrEqual(budget);
    expect(kept[0]).toBe(orders[0]); // the case's order first, whatever its age
    const next = orders.filter((o) => !kept.includes(o)).sort((a, b) => b.lastSeenAt - a.lastSeenAt)[0]!;
    expect(bytes([...kept, next])).toBeGreaterThan(budget - 200);
    expect(leftOut).toBe(40 - kept.length);
  });
});
