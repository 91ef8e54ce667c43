// Label-text reading of one order DETAIL page whose DOM is not documented (archived Taobao
// tables, mobile H5 pages, old Weidian pages): the id shown after 订单编号/订单号, else the single
// order the page's own links name; always checked against the URL (§5.1, §5.5).
import type { Order, ShopType } from '../../types';
import type { PageContext, StrategyOutcome } from '../types';
import { labelMoney, labelValue, leaves, leafWord, linkOrderIds, textOf } from './dom';
import { isOrderId, orderIdFromLabel } from './order-id';
import { assign, dateTimeOf, moneyAfter, urlMismatch, withMissing, type OrderField } from './order';

/** "4864583305858004803 复制" → the id, or undefined. */
export const idValue = (value: string) => {
  const id = value.replace(/\s*复制\s*$/, '').trim();
  return isOrderId(id) ? id : undefined;
};

/** Labels of the amount paid, longest first. */
const PAID_LABELS = ['实付款', '实付金额', '实付', '合计'];

export interface LabelDetailOptions {
  /** URL query parameters that name the order. */
  params: readonly string[];
  statusWords: readonly string[];
  fields?: readonly OrderField[];
  sellerNick?(doc: Document): string | undefined;
  /** Shop names recognised from a bare leaf when no 店铺 label is shown (e.g. 天猫超市). */
  knownShopNames?: readonly string[];
  shopType(doc: Document, order: Order): ShopType;
}

export function labelDetail(options: LabelDetailOptions) {
  return (ctx: PageContext): StrategyOutcome => {
    const all = leaves(ctx.doc);
    const text = textOf(ctx.doc.body, 200_000);
    const linked = [...linkOrderIds(ctx.doc, options.params, isOrderId).keys()];
    const pageId =
      labelValue(all, ['订单编号', '订单号'], idValue) ??
      orderIdFromLabel(text) ??
      (linked.length === 1 ? linked[0] : undefined);
    if (!pageId) return { ok: false, reason: 'no-order-id', detail: 'no 订单编号 label or order link' };
    const mismatch = urlMismatch(ctx.url, options.params, pageId);
    if (mismatch) return mismatch;

    const order: Order = { orderId: pageId, shopType: 'unknown', items: [] };
    assign(order, {
      sellerNick: options.sellerNick?.(ctx.doc) ?? labelValue(all, ['卖家昵称', '卖家']),
      shopName: labelValue(all, ['店铺名称', '店铺']) ?? leafWord(all, options.knownShopNames ?? []),
      amount: labelMoney(all, PAID_LABELS) ?? moneyAfter(text, PAID_LABELS),
      createdAt: labelValue(all, ['创建时间', '下单时间', '成交时间'], dateTimeOf),
      status: labelValue(all, ['订单状态', '交易状态', '当前订单状态']) ?? leafWord(all, options.statusWords),
    });
    order.shopType = options.shopType(ctx.doc, order);
    return { ok: true, orders: [withMissing(order, options.fields)] };
  };
}
