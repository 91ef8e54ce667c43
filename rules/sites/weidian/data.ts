// Reading Weidian orders out of the page's data, wherever it came from: `window.getData` (handed
// over by the page-data script), the later list pages the page fetched, or the served
// `data-obj` attribute (saved pages). Field names follow the thor tradeview API (snake_case;
// camelCase accepted too, §3.2). Lists (全部, 待评价's `commentOrders`, the 退款/售后 list) are read
// as "records that carry an order id", wherever they sit: the refund list's layout is not public.
import type { Order } from '../../types';
import { arr, at, obj, str, type Json } from '../extract/json-path';
import { isOrderId } from '../extract/order-id';
import {
  assign,
  dateTimeOf,
  item,
  items,
  moneyOf,
  urlMismatch,
  withMissing,
  type OrderField,
} from '../extract/order';
import type { StrategyOutcome } from '../types';

type Rec = Record<string, Json>;

export const ID_PARAMS = ['oid', 'order_id', 'orderId'];
const ID_KEYS = ['order_id', 'orderId', 'oid'];
export const FIELDS: readonly OrderField[] = ['shopName', 'amount', 'createdAt', 'status'];
const MAX_ORDERS = 500;
/** Bounds of the walk over a list page's data: hostile data cannot make it slow. */
const MAX_DEPTH = 6;
const MAX_VISITS = 20_000;

/** First value under any of `keys` in the first record that has one. */
function pick(records: Rec[], keys: readonly string[]): Json {
  for (const record of records)
    for (const key of keys) if (record[key] !== undefined && record[key] !== null) return record[key];
  return undefined;
}

const itemOf = (entry: Json) => {
  const fields = obj(entry) ?? {};
  return item(
    str(pick([fields], ['item_title', 'itemTitle', 'title', 'item_name', 'itemName'])),
    pick([fields], ['quantity', 'count', 'item_num', 'itemNum']),
    pick([fields], ['price', 'item_price', 'itemPrice']),
  );
};

/**
 * One order from its records (a list entry, or a detail result and its sub-objects).
 * `status` is what the page's tab says when the record itself does not (待评价).
 */
function readOrder(records: Rec[], id: string, status?: string): Order {
  const shops = records
    .map((r) => obj(r.shopInfo) ?? obj(r.shop_info) ?? obj(r.shop))
    .filter((r): r is Rec => !!r);
  const list = arr(pick(records, ['sub_orders', 'subOrders', 'items', 'itemList', 'item_list']));
  const single = list.length === 0 ? itemOf(records[0]) : null;
  const order: Order = { orderId: id, shopType: 'weidian', items: single ? [single] : items(list, itemOf) };
  assign(order, {
    shopName: str(pick([...records, ...shops], ['shop_name', 'shopName'])),
    status:
      str(
        pick(records, [
          'status_desc',
          'statusDesc',
          'status_str',
          'statusStr',
          'refund_status_desc',
          'refundStatusDesc',
          'refund_status_str',
        ]),
      ) ?? status,
    amount: moneyOf(pick(records, ['total_price', 'totalPrice'])),
    createdAt: dateTimeOf(pick(records, ['add_time', 'addTime', 'create_time', 'createTime'])),
  });
  return withMissing(order, FIELDS);
}

interface Found {
  record: Rec;
  /** The key of the array it sits in (commentOrders: the 待评价 tab). */
  under: string;
}

/** Every record under `data` that names an order by an id key, in document order, bounded. */
function orderRecords(data: Json, found: Found[], seen: { visits: number }): void {
  const stack: Array<{ value: Json; depth: number; key: string }> = [{ value: data, depth: 0, key: '' }];
  while (stack.length > 0 && seen.visits < MAX_VISITS) {
    const { value, depth, key } = stack.pop()!;
    seen.visits++;
    if (depth > MAX_DEPTH) continue;
    const next: typeof stack = [];
    if (Array.isArray(value)) {
      for (const entry of value.slice(0, MAX_ORDERS)) {
        const record = obj(entry);
        if (record && ID_KEYS.some((k) => record[k] !== undefined)) found.push({ record, under: key });
        else next.push({ value: entry, depth: depth + 1, key });
      }
    } else {
      const record = obj(value);
      if (record)
        for (const [k, v] of Object.entries(record)) next.push({ value: v, depth: depth + 1, key: k });
    }
    // Pushed in reverse so the walk pops them in document order.
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
}

/** The orders of a list page: the page's data first, then the list pages it fetched later. */
export function listOrders(sources: readonly Json[]): StrategyOutcome {
  const found: Found[] = [];
  const seen = { visits: 0 };
  for (const source of sources) orderRecords(source, found, seen);
  const orders: Order[] = [];
  let numeric = 0;
  for (const { record, under } of found) {
    const id = pick([record], ID_KEYS);
    if (!isOrderId(id)) {
      if (typeof id === 'number') numeric++;
      continue;
    }
    if (orders.length < MAX_ORDERS && !orders.some((o) => o.orderId === id))
      orders.push(readOrder([record], id, under === 'commentOrders' ? '待评价' : undefined));
  }
  if (orders.length > 0) return { ok: true, orders };
  if (numeric > 0)
    return { ok: false, reason: 'order-id-only-numeric', detail: `${numeric} numeric order ids` };
  return {
    ok: false,
    reason: found.length > 0 ? 'no-order-id' : 'no-order-data',
    detail: `${found.length} order records`,
  };
}

/** The one order of a detail page, from `detail.result`, checked against the URL's oid. */
export function detailOrder(data: Json, url: URL): StrategyOutcome {
  const result = obj(at(data, 'detail', 'result')) ?? obj(obj(data)?.result);
  if (!result) return { ok: false, reason: 'no-order-data', detail: 'no detail.result' };
  // The result and its direct sub-objects (e.g. an order-info block): field names are not public.
  const records = [
    result,
    ...Object.values(result)
      .map(obj)
      .filter((r): r is Rec => !!r),
  ].slice(0, 50);
  // An id on the result itself wins; otherwise the sub-objects must agree on one.
  const top = ID_KEYS.map((key) => result[key]).find(isOrderId);
  const ids = new Set<string>(top ? [top] : []);
  let numeric = false;
  for (const record of top ? [] : records) {
    for (const key of ID_KEYS) {
      if (isOrderId(record[key])) ids.add(record[key]);
      else if (typeof record[key] === 'number') numeric = true;
    }
  }
  // Not final: the data is ambiguous, so the visible 订单号 label may still decide.
  if (ids.size > 1)
    return { ok: false, reason: 'order-id-mismatch', detail: `detail.result names ${[...ids].join(', ')}` };
  const [pageId] = ids;
  if (!pageId) {
    return numeric
      ? { ok: false, reason: 'order-id-only-numeric', detail: 'detail.result order id is a number' }
      : { ok: false, reason: 'no-order-id', detail: 'detail.result has no order id string' };
  }
  return urlMismatch(url, ID_PARAMS, pageId) ?? { ok: true, orders: [readOrder(records, pageId)] };
}
