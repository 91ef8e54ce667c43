import type { Order, PageKind, Platform } from '../rules/types';
import { logOrderSnapshot } from './case-log';
import type { OrderSeen, WeiquanDb } from './db';

/** The orders table's key of an order: platform and exact order id. */
export const orderKey = (platform: Platform, orderId: string) => `${platform}:${orderId}`;

/**
 * How many orders without a case the table keeps, and for how long: a page that shows junk orders
 * in bulk pushes out only other orders without a case, never one the shopper made a case for.
 */
export const MAX_ORDERS_WITHOUT_CASE = 2_000;
export const ORDER_KEPT_MS = 180 * 24 * 3600_000;

/** Where the orders came from: the page's address, as the sender's, and the kind of page it is. */
export interface OrderSource {
  url: string;
  page: PageKind;
}

/**
 * Whether a page may change the facts bound to an order's case: only its own detail page, whose
 * address names the order, over https (a list page names orders by any id; plain http can be
 * rewritten on the way).
 */
export function mayRebind(source: OrderSource, orderId: string): boolean {
  if (source.page !== 'order-detail') return false;
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  for (const value of url.searchParams.values()) if (value === orderId) return true;
  return false;
}

/**
 * Records (or refreshes) the orders a page showed; the first sighting time is kept. An order that
 * has a case is refreshed only from a page that `mayRebind` it, and its changed facts are logged
 * in the case's chain, in the same transaction. Orders without a case are then pruned.
 */
export async function recordOrdersSeen(
  db: WeiquanDb,
  platform: Platform,
  orders: readonly Order[],
  source: OrderSource,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.orders, db.cases, db.log, async () => {
    for (const order of orders) {
      const bound = await db.cases.where({ platform, orderId: order.orderId }).first();
      if (bound && !mayRebind(source, order.orderId)) continue;
      const key = orderKey(platform, order.orderId);
      const previous = await db.orders.get(key);
      const record: OrderSeen = {
        key,
        platform,
        orderId: order.orderId,
        order,
        url: source.url,
        firstSeenAt: previous?.firstSeenAt ?? now,
        lastSeenAt: now,
      };
      await db.orders.put(record);
      if (bound?.id !== undefined) await logOrderSnapshot(db, bound.id, order, source.url, now);
    }
    await pruneOrders(db, now);
  });
}

/**
 * Deletes orders without a case seen longer ago than ORDER_KEPT_MS, then the least recently seen
 * beyond MAX_ORDERS_WITHOUT_CASE. Reads keys only, and only when there may be something to delete.
 * Call inside a transaction with `db.orders` and `db.cases`. Returns how many were deleted.
 */
export async function pruneOrders(db: WeiquanDb, now = Date.now()): Promise<number> {
  const cut = now - ORDER_KEPT_MS;
  const total = await db.orders.count();
  const anyStale = (await db.orders.where('lastSeenAt').below(cut).count()) > 0;
  if (total <= MAX_ORDERS_WITHOUT_CASE && !anyStale) return 0;
  const withCase = new Set(
    (await db.cases.orderBy('[platform+orderId]').keys()).map((k) => {
      const [platform, orderId] = k as unknown as [Platform, string];
      return orderKey(platform, orderId);
    }),
  );
  const stale = new Set(await db.orders.where('lastSeenAt').below(cut).primaryKeys());
  // Oldest first: what is left after the stale ones, cut down to the newest MAX_ORDERS_WITHOUT_CASE.
  const kept = (await db.orders.orderBy('lastSeenAt').primaryKeys()).filter(
    (key) => !withCase.has(key) && !stale.has(key),
  );
  const doomed = [
    ...[...stale].filter((key) => !withCase.has(key)),
    ...kept.slice(0, Math.max(0, kept.length - MAX_ORDERS_WITHOUT_CASE)),
  ];
  await db.orders.bulkDelete(doomed);
  return doomed.length;
}

export async function findOrderSeen(
  db: WeiquanDb,
  platform: Platform,
  orderId: string,
): Promise<OrderSeen | undefined> {
  return db.orders.get(orderKey(platform, orderId));
}
