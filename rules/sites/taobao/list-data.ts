// Old 已买到的宝贝 page (platform-pages.md §2.1 "Old page"): the first page of orders is
// embedded as `var data = JSON.parse('…')` with `mainOrders[]`. Ids come only from the string
// fields `mainOrders[].id` / `orderInfo.id`; `subOrders[].id` and `extra.id` are bare numbers.
import type { Order } from '../../types';
import { arr, at, obj, str, type Json } from '../extract/json-path';
import { isOrderId } from '../extract/order-id';
import {
  assign,
  dateTimeOf,
  item,
  items,
  moneyOf,
  safeLink,
  withMissing,
  type OrderField,
} from '../extract/order';
import type { PageContext, StrategyOutcome } from '../types';
import { embeddedData, isTmallDetailLink, sellerIdOf, shopTypeOf, TAOBAO_HOSTS } from './common';

const LIST_FIELDS: readonly OrderField[] = ['sellerNick', 'shopName', 'amount', 'createdAt', 'status'];

type IdRead = { id: string } | { problem: 'numeric' | 'mismatch' | 'missing' };

function orderIdOf(main: Json): IdRead {
  const outer: Json = obj(main)?.id;
  const inner: Json = at(main, 'orderInfo', 'id');
  const strings = [outer, inner].filter(isOrderId);
  if (strings.length === 2 && strings[0] !== strings[1]) return { problem: 'mismatch' };
  if (strings[0]) return { id: strings[0] };
  return typeof outer === 'number' || typeof inner === 'number'
    ? { problem: 'numeric' }
    : { problem: 'missing' };
}

function viewDetailUrl(main: Json): string | undefined {
  const operation = arr(at(main, 'statusInfo', 'operations')).find((op) => str(obj(op)?.id) === 'viewDetail');
  return str(obj(operation)?.url) ?? str(at(main, 'statusInfo', 'url'));
}

function readOrder(ctx: PageContext, main: Json, id: string): Order {
  const seller = obj(obj(main)?.seller);
  const sellerNick = str(seller?.nick)?.trim();
  const shopName = str(seller?.shopName)?.trim();
  const tmall = at(main, 'orderInfo', 'b2C') === true || isTmallDetailLink(viewDetailUrl(main));
  const subOrders = arr(obj(main)?.subOrders);
  const order: Order = {
    orderId: id,
    shopType: shopTypeOf(tmall, { sellerNick, shopName, sellerId: sellerIdOf(seller?.id) }),
    items: items(subOrders, (sub) =>
      item(str(at(sub, 'itemInfo', 'title')), obj(sub)?.quantity, at(sub, 'priceInfo', 'realTotal')),
    ),
  };
  assign(order, {
    sellerNick,
    shopName,
    amount: moneyOf(at(main, 'payInfo', 'actualFee')),
    createdAt: dateTimeOf(at(main, 'orderInfo', 'createTime')),
    status: str(at(main, 'statusInfo', 'text')),
  });
  const snapshot = subOrders.map((sub) => str(at(sub, 'itemInfo', 'snapUrl'))).find(Boolean);
  const snapshotUrl = safeLink(snapshot, ctx.url, TAOBAO_HOSTS);
  if (snapshotUrl) order.snapshotUrl = snapshotUrl;
  return withMissing(order, LIST_FIELDS);
}

export function listFromData(ctx: PageContext): StrategyOutcome {
  const embedded = embeddedData(ctx.doc);
  if (!('data' in embedded)) return embedded;
  const mainOrders = embedded.data.mainOrders;
  if (!Array.isArray(mainOrders))
    return { ok: false, reason: 'malformed-order-data', detail: 'no mainOrders[]' };
  const orders: Order[] = [];
  const problems = { numeric: 0, mismatch: 0, missing: 0 };
  const seen = new Set<string>();
  for (const main of mainOrders) {
    const read = orderIdOf(main);
    if ('problem' in read) {
      problems[read.problem]++;
      continue;
    }
    if (seen.has(read.id)) continue;
    seen.add(read.id);
    orders.push(readOrder(ctx, main, read.id));
  }
  if (orders.length > 0) return { ok: true, orders };
  if (mainOrders.length === 0) return { ok: false, reason: 'no-order-data', detail: 'mainOrders is empty' };
  const detail = `mainOrders: ${problems.numeric} numeric ids, ${problems.mismatch} id mismatches, ${problems.missing} without id`;
  if (problems.mismatch > 0) return { ok: false, reason: 'order-id-mismatch', detail, final: true };
  if (problems.numeric > 0) return { ok: false, reason: 'order-id-only-numeric', detail };
  return { ok: false, reason: 'no-order-id', detail };
}
