// Schema v4 upgrade: the order snapshot joins the case log (issue 18.1). Each case whose order was
// seen gets an order-recorded entry at the end of its chain, so a case recorded before v4 exports
// with its shop, items and amount bound like a new one. Entry hashes are synchronous (lib/chain.ts).
import type { Transaction } from 'dexie';
import { nextEntry, orderSha256 } from '../lib/chain';
import type { CaseRecord } from '../lib/case-types';
import type { LogRecord, OrderSeen } from './db';
import { orderKey } from './orders-repo';

export async function upgradeToBoundOrders(tx: Transaction, now = Date.now()): Promise<void> {
  const log = tx.table<LogRecord, number>('log');
  const orders = tx.table<OrderSeen, string>('orders');
  for (const c of await tx.table<CaseRecord, number>('cases').toArray()) {
    const seen = await orders.get(orderKey(c.platform, c.orderId));
    if (!seen) continue;
    const last = await log.where('[caseId+seq]').between([c.id!, -Infinity], [c.id!, Infinity]).last();
    if (!last) continue;
    const { id: _id, caseId: _case, ...previous } = last;
    const entry = nextEntry(previous, {
      at: now,
      action: 'order-recorded',
      order: { sha256: orderSha256(seen.order) },
    });
    await log.add({ ...entry, caseId: c.id! });
    await tx.table('cases').update(c.id!, { logCount: entry.seq + 1, logHead: entry.hash });
  }
}
