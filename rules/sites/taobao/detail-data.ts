// Old 交易详情 page (platform-pages.md §2.2 "Old UI — embedded JSON"): `var data = JSON.parse('…')`
// with `mainOrder`. The id is the string `mainOrder.id`, checked against the 订单编号 line of
// `mainOrder.orderInfo.lines` and the URL; `subOrders[].id` is a bare number and never read.
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
  urlMismatch,
  withMissing,
} from '../extract/order';
import type { PageContext, StrategyOutcome } from '../types';
import { embeddedData, sellerIdOf, shopTypeOf, shortStatus, TAOBAO_HOSTS, type IdParams } from './common';

const MAX_VISITED = 5_000;

/**
 * Finds `{name: "<label>:", value: "…"}` pairs anywhere under `root` (the documented
 * `orderInfo.lines[].content[]` items of type namevalue; their exact nesting is not public).
 */
function nameValue(root: Json, label: string): Json {
  const stack: Json[] = [root];
  for (let visited = 0; stack.length > 0 && visited < MAX_VISITED; visited++) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    const record = obj(node);
    if (!record) continue;
    const name = str(record.name)?.replace(/[:：\s]+$/, '');
    if (name === label) {
      const value: Json = obj(record.value)?.text ?? obj(record.value)?.value ?? record.value;
      if (typeof value === 'string' || typeof value === 'number') return value;
    }
    for (const key of Object.keys(record).reverse()) stack.push(record[key]);
  }
  return undefined;
}

export function detailFromData(params: IdParams) {
  return (ctx: PageContext): StrategyOutcome => {
    const embedded = embeddedData(ctx.doc);
    if (!('data' in embedded)) return embedded;
    const main = obj(embedded.data.mainOrder);
    if (!main) return { ok: false, reason: 'malformed-order-data', detail: 'no mainOrder' };

    const rawId: Json = main.id;
    const lineId = nameValue(main.orderInfo, '订单编号');
    const pageId = [rawId, lineId].find(isOrderId);
    if (!pageId) {
      const numeric = typeof rawId === 'number' || typeof lineId === 'number';
      return numeric
        ? { ok: false, reason: 'order-id-only-numeric', detail: String(rawId ?? lineId) }
        : { ok: false, reason: 'no-order-id', detail: 'mainOrder has no id' };
    }
    if (isOrderId(lineId) && lineId !== pageId) {
      return {
        ok: false,
        reason: 'order-id-mismatch',
        detail: `订单编号 ${lineId} ≠ mainOrder.id ${pageId}`,
        final: true,
      };
    }
    const mismatch = urlMismatch(ctx.url, params, pageId);
    if (mismatch) return mismatch;

    const seller = obj(main.seller);
    const sellerNick = str(seller?.nick) ?? str(at(embedded.data, 'deliveryInfo', 'sellerNick'));
    const tmall =
      /^ali\.china\.tmall\./.test(str(main.bizCode) ?? '') ||
      at(embedded.data, 'detailExtra', 'b2c') === true;
    const subOrders = arr(main.subOrders);
    const order: Order = {
      orderId: pageId,
      shopType: shopTypeOf(tmall, { sellerNick, sellerId: sellerIdOf(seller?.id) }),
      items: items(subOrders, (sub) =>
        item(str(at(sub, 'itemInfo', 'title')), obj(sub)?.quantity, obj(sub)?.priceInfo),
      ),
    };
    const firstNode = arr(at(embedded.data, 'orderBar', 'nodes'))[0];
    assign(order, {
      sellerNick,
      amount: moneyOf(at(main, 'payInfo', 'actualFee')),
      createdAt: dateTimeOf(nameValue(main.orderInfo, '创建时间')) ?? dateTimeOf(obj(firstNode)?.date),
      status: shortStatus(str(at(main, 'statusInfo', 'text'))),
    });
    const snapshot = subOrders.map((sub) => str(at(sub, 'itemInfo', 'snapUrl'))).find(Boolean);
    const snapshotUrl = safeLink(snapshot, ctx.url, TAOBAO_HOSTS);
    if (snapshotUrl) order.snapshotUrl = snapshotUrl;
    return { ok: true, orders: [withMissing(order)] };
  };
}
