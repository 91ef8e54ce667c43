// Weidian buyer order pages (platform-pages.md §3). Data is server-injected as
// `<script id="__rocker-render-inject__" data-obj="<HTML-escaped JSON>">` (§3.2): the list under
// `list.result.listRespDTOList[]` (snake_case keys per the thor API; camelCase accepted too), the
// detail under `detail.result` whose field names are NOT public — so the detail reads its id only
// from string fields, cross-checked with the URL's oid, and falls back to visible labels.
import type { Order } from '../types';
import { orderCards, readCard } from './extract/cards';
import { parseJson } from './extract/embedded-object';
import { arr, at, obj, str, type Json } from './extract/json-path';
import { labelDetail } from './extract/label-detail';
import { isOrderId } from './extract/order-id';
import {
  assign,
  dateTimeOf,
  item,
  items,
  moneyOf,
  urlMismatch,
  withMissing,
  type OrderField,
} from './extract/order';
import type { PageContext, SiteRule, StrategyOutcome } from './types';

const ID_PARAMS = ['oid', 'order_id', 'orderId'];
const ID_KEYS = ['order_id', 'orderId', 'oid'];
const FIELDS: readonly OrderField[] = ['shopName', 'amount', 'createdAt', 'status'];
const STATUS_WORDS = [
  '待付款',
  '待发货',
  '待收货',
  '已发货',
  '待评价',
  '交易成功',
  '交易关闭',
  '已完成',
  '已关闭',
  '退款中',
  '已取消',
];

type Failure = Extract<StrategyOutcome, { ok: false }>;
type Rec = Record<string, Json>;

function injected(doc: Document): { data: Rec } | Failure {
  const raw = doc.getElementById('__rocker-render-inject__')?.getAttribute('data-obj');
  if (!raw) return { ok: false, reason: 'no-order-data', detail: 'no __rocker-render-inject__ data-obj' };
  const data = obj(parseJson(raw));
  return data ? { data } : { ok: false, reason: 'malformed-order-data', detail: 'data-obj does not parse' };
}

/** First value under any of `keys` in the first record that has one. */
function pick(records: Rec[], keys: readonly string[]): Json {
  for (const record of records)
    for (const key of keys) if (record[key] !== undefined && record[key] !== null) return record[key];
  return undefined;
}

function readOrder(records: Rec[], id: string): Order {
  const shops = records.map((r) => obj(r.shopInfo) ?? obj(r.shop_info)).filter((r): r is Rec => !!r);
  const order: Order = {
    orderId: id,
    shopType: 'weidian',
    items: items(arr(pick(records, ['sub_orders', 'subOrders', 'items', 'itemList'])), (sub) => {
      const fields = obj(sub) ?? {};
      return item(
        str(pick([fields], ['item_title', 'itemTitle', 'title', 'item_name', 'itemName'])),
        pick([fields], ['quantity', 'count']),
        pick([fields], ['price', 'item_price', 'itemPrice']),
      );
    }),
  };
  assign(order, {
    shopName: str(pick([...records, ...shops], ['shop_name', 'shopName'])),
    status: str(pick(records, ['status_desc', 'statusDesc', 'status_str', 'statusStr'])),
    amount: moneyOf(pick(records, ['total_price', 'totalPrice'])),
    createdAt: dateTimeOf(pick(records, ['add_time', 'addTime', 'create_time', 'createTime'])),
  });
  return withMissing(order, FIELDS);
}

function listFromData(ctx: PageContext): StrategyOutcome {
  const injection = injected(ctx.doc);
  if (!('data' in injection)) return injection;
  const data = injection.data;
  const list = [
    at(data, 'list', 'result', 'listRespDTOList'),
    at(data, 'result', 'listRespDTOList'),
    data.listRespDTOList,
  ].find(Array.isArray);
  if (!list) return { ok: false, reason: 'no-order-data', detail: 'no listRespDTOList' };
  const orders: Order[] = [];
  let numeric = 0;
  for (const entry of list.slice(0, 500)) {
    const record = obj(entry);
    const id = record && pick([record], ID_KEYS);
    if (!isOrderId(id)) {
      if (typeof id === 'number') numeric++;
      continue;
    }
    if (!orders.some((o) => o.orderId === id)) orders.push(readOrder([record!], id));
  }
  if (orders.length > 0) return { ok: true, orders };
  if (numeric > 0)
    return { ok: false, reason: 'order-id-only-numeric', detail: `${numeric} numeric order ids` };
  return {
    ok: false,
    reason: list.length > 0 ? 'no-order-id' : 'no-order-data',
    detail: `${list.length} list entries`,
  };
}

function detailFromData(ctx: PageContext): StrategyOutcome {
  const injection = injected(ctx.doc);
  if (!('data' in injection)) return injection;
  const data = injection.data;
  const result = obj(at(data, 'detail', 'result')) ?? obj(data.result);
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
  return urlMismatch(ctx.url, ID_PARAMS, pageId) ?? { ok: true, orders: [readOrder(records, pageId)] };
}

const fromLabels = labelDetail({
  params: ID_PARAMS,
  statusWords: STATUS_WORDS,
  fields: FIELDS,
  shopType: () => 'weidian',
});

function listFromCards(ctx: PageContext): StrategyOutcome {
  const cards = orderCards(ctx.doc, ID_PARAMS);
  if (cards.length === 0)
    return { ok: false, reason: 'no-order-id', detail: 'no 订单号 label or order link' };
  return {
    ok: true,
    orders: cards.map((card) =>
      readCard(card, { statusWords: STATUS_WORDS, fields: FIELDS, shopType: () => 'weidian' }),
    ),
  };
}

const onWeidian = (url: URL) => url.hostname === 'weidian.com' || url.hostname.endsWith('.weidian.com');

export const weidian: SiteRule = {
  id: 'weidian',
  platform: 'weidian',
  pages: [
    {
      kind: 'order-list',
      matches: ['*://weidian.com/user/order/list.php*', '*://i.weidian.com/order/list.php*'],
      test: (url) =>
        (url.hostname === 'weidian.com' && url.pathname === '/user/order/list.php') ||
        (url.hostname === 'i.weidian.com' && url.pathname === '/order/list.php'),
      strategies: [
        { name: 'rocker-data', run: listFromData },
        { name: 'label-text', run: listFromCards },
      ],
    },
    {
      kind: 'order-detail',
      matches: ['*://*.weidian.com/user/order-new/detail.php*', '*://i.weidian.com/order/detail.php*'],
      test: (url) =>
        (onWeidian(url) && url.pathname === '/user/order-new/detail.php') ||
        (url.hostname === 'i.weidian.com' && url.pathname === '/order/detail.php'),
      strategies: [
        { name: 'rocker-data', run: detailFromData },
        { name: 'label-text', run: fromLabels },
      ],
    },
  ],
};
