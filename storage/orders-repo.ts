import type { Order, Platform } from '../rules/types';
import { logOrderSnapshot } from './case-log';
import type { OrderSeen, WeiquanDb } from './db';

/** The orders table's key of an order: platform and exact order id. */
export const orderKey = (platform: Platform, orderId: string) => `${platform}:${orderId}`;

/**
 * Records (or refreshes) the orders a page showed; the first sighting time is kept. An order that
 * has a case gets its changed facts logged in the case's chain, in the same transaction.
 */
export async function recordOrdersSeen(
  db: WeiquanDb,
  platform: Platform,
  orders: readonly Order[],
  url: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.orders, db.cases, db.log, async () => {
    for (const order of orders) {
      const key = orderKey(platform, order.orderId);
      const previous = await db.orders.get(key);
      const record: OrderSeen = {
        key,
        platform,
        orderId: order.orderId,
        order,
        url,
        firstSeenAt: previous?.firstSeenAt ?? now,
        lastSeenAt: now,
      };
      await db.orders.put(record);
      const bound = await db.cases.where({ platform, orderId: order.orderId }).first();
      if (bound?.id !== undefined) await logOrderSnapshot(db, bound.id, order, now);
    }
  });
}

export async function findOrderSeen(
  db: WeiquanDb,
  platform: Platform,
  orderId: string,
): Promise<OrderSeen | undefined> {
  return db.orders.get(orderKey(platform, orderId));
}
