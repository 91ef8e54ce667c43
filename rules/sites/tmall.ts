// Tmall order detail: trade.tmall.com/detail/orderDetail.htm?bizOrderId=… (or biz_order_id=).
// Generations, most stable first (platform-pages.md §2.3):
//   1. `var detailData = {…}` inline object, entries looked up by their label keys;
//   2. the newer text layout, read by its visible 订单编号 label.
import type { Order, OrderItem } from '../types';
import { autoConfirmFromCountdown } from './extract/auto-confirm';
import { extractAssignedObject, inlineScripts, parseJson } from './extract/embedded-object';
import { arr, at, obj, str, type Json } from './extract/json-path';
import { isOrderId, moneyText, orderIdFromLabel } from './extract/order-id';
import { moneyAfter, urlMismatch, withMissing } from './extract/order';
import { normaliseText, visibleText } from './extract/text';
import { selfOperatedType } from './self-operated';
import type { PageContext, SiteRule, StrategyOutcome } from './types';

const ID_PARAMS = ['bizOrderId', 'biz_order_id'] as const;

/** `basic.lists[]` entries are `{key: <visible label>, content: [...]}`; index order varies (天猫超市). */
function listEntry(data: Json, label: string): Json[] {
  const entry = arr(at(data, 'basic', 'lists')).find((e) => str(obj(e)?.key) === label);
  return arr(obj(entry)?.content);
}

function moreValue(content: Json[], label: string): string | undefined {
  for (const part of content) {
    const found = arr(obj(part)?.moreList).find((e) => str(obj(e)?.key) === label);
    if (found) return str(at(found, 'content', 0, 'text'));
  }
  return undefined;
}

/** The 商家 entry is HTML with a masked nick; the full nick sits only in data-nick. */
function sellerNickFromHtml(html: string | undefined): string | undefined {
  const match = html && /data-nick=(['"])(.*?)\1/.exec(html);
  return match ? decodeEntities(match[2]!).trim() || undefined : undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function amountPaid(data: Json): string | undefined {
  for (const row of arr(at(data, 'amount', 'count'))) {
    for (const cell of arr(row)) {
      for (const part of arr(obj(cell)?.content)) {
        if (str(at(part, 'data', 'titleLink', 'text')) === '实付款') {
          return moneyText(str(at(part, 'data', 'money', 'text')));
        }
      }
    }
  }
  return undefined;
}

function items(data: Json): { items: OrderItem[]; status?: string; snapshotUrl?: string } {
  const result: { items: OrderItem[]; status?: string; snapshotUrl?: string } = { items: [] };
  for (const order of arr(at(data, 'orders', 'list'))) {
    for (const group of arr(obj(order)?.status)) {
      result.status ??= str(at(group, 'statusInfo', 0, 'text'));
      for (const sub of arr(obj(group)?.subOrders)) {
        const title = str(at(sub, 'itemInfo', 'title'));
        if (!title) continue;
        const quantity = Number(str(obj(sub)?.quantity) ?? obj(sub)?.quantity);
        const item: OrderItem = { title };
        if (Number.isInteger(quantity) && quantity > 0) item.quantity = quantity;
        const price = moneyText(str(at(sub, 'priceInfo', 0, 'text')));
        if (price) item.price = price;
        result.items.push(item);
        result.snapshotUrl ??= str(at(sub, 'itemInfo', 'itemUrl'));
      }
    }
  }
  return result;
}

const crossCheck = (ctx: PageContext, pageId: string) => urlMismatch(ctx.url, ID_PARAMS, pageId);

function fromDetailData(ctx: PageContext): StrategyOutcome {
  const script = inlineScripts(ctx.doc).find((s) => s.includes('detailData'));
  if (!script) return { ok: false, reason: 'no-order-data', detail: 'no var detailData' };
  const source = extractAssignedObject(script, 'detailData');
  const data = source === null ? null : parseJson(source);
  if (!obj(data)) return { ok: false, reason: 'malformed-order-data', detail: 'detailData does not parse' };

  const idEntry = listEntry(data, '订单编号');
  const rawId: Json = obj(idEntry[0])?.text;
  if (typeof rawId === 'number') {
    // JSON.parse already rounded it: a 19-digit id cannot survive as a number.
    return { ok: false, reason: 'order-id-only-numeric', detail: String(rawId) };
  }
  if (!isOrderId(rawId)) return { ok: false, reason: 'no-order-id', detail: 'detailData has no 订单编号' };
  const mismatch = crossCheck(ctx, rawId);
  if (mismatch) return mismatch;

  const sellerNick = sellerNickFromHtml(str(obj(listEntry(data, '商家')[0])?.text));
  const { items: orderItems, status, snapshotUrl } = items(data);
  const order: Order = {
    orderId: rawId,
    shopType: selfOperatedType({ sellerNick }) ?? 'tmall',
    items: orderItems,
  };
  if (sellerNick) order.sellerNick = sellerNick;
  const amount = amountPaid(data);
  if (amount) order.amount = amount;
  const createdAt = moreValue(idEntry, '成交时间') ?? str(at(data, 'stepbar', 'options', 0, 'time'));
  if (createdAt) order.createdAt = createdAt;
  if (status) order.status = status;
  if (snapshotUrl) order.snapshotUrl = new URL(snapshotUrl, ctx.url).href;
  // "您还有 <countdown> 来确认收货,超时订单自动确认收货": the deadline itself, not the time left.
  const prompts = arr(at(data, 'overStatus', 'prompt')).flatMap((prompt) => arr(obj(prompt)?.content));
  const autoConfirmBy = autoConfirmFromCountdown(prompts);
  if (autoConfirmBy) order.autoConfirmBy = autoConfirmBy;
  return { ok: true, orders: [withMissing(order)] };
}

function fromLabelText(ctx: PageContext): StrategyOutcome {
  const text = normaliseText(visibleText(ctx.doc.body));
  const pageId = orderIdFromLabel(text);
  if (!pageId) return { ok: false, reason: 'no-order-id', detail: 'no 订单编号 label' };
  const mismatch = crossCheck(ctx, pageId);
  if (mismatch) return mismatch;
  const order: Order = { orderId: pageId, shopType: 'tmall', items: [] };
  const nick = ctx.doc.querySelector('[data-nick]')?.getAttribute('data-nick')?.trim();
  // The newer layout prints "天猫 <店铺名>" above 付款详情 (S3).
  const shop = /天猫\s+(\S+?)\s+付款详情/.exec(text)?.[1];
  if (nick) order.sellerNick = nick;
  if (shop) order.shopName = shop;
  order.shopType = selfOperatedType({ sellerNick: nick, shopName: shop }) ?? 'tmall';
  const amount = moneyAfter(text, ['实付款']);
  if (amount) order.amount = amount;
  const created = /(?:创建|成交)时间\s*:?\s*(\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)/.exec(text)?.[1];
  if (created) order.createdAt = created;
  return { ok: true, orders: [withMissing(order)] };
}

export const tmall: SiteRule = {
  id: 'tmall',
  platform: 'tmall',
  pages: [
    {
      kind: 'order-detail',
      matches: ['*://trade.tmall.com/detail/orderDetail.htm*'],
      test: (url) => url.hostname === 'trade.tmall.com' && url.pathname === '/detail/orderDetail.htm',
      strategies: [
        { name: 'detailData', run: fromDetailData },
        { name: 'label-text', run: fromLabelText },
      ],
    },
  ],
};
