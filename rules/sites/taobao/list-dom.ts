// Rendered 已买到的宝贝 lists (platform-pages.md §2.1):
//   - the new SPA: one `#shopOrderContainer_<orderId>` block per order, CSS-module classes read
//     by prefix only (`[class*="shopInfoName"]`), never by their hashed suffix;
//   - the old React page: `.js-order-container` blocks, "订单号" ":" "<id>" spans and `div[data-id]`;
//   - any other list: label-text cards (../extract/cards.ts), also used for the mobile H5 lists.
import type { Order, OrderItem } from '../../types';
import { orderCards, readCard } from '../extract/cards';
import { labelValue, leaves, leafWord, queryText, textOf } from '../extract/dom';
import { isOrderId, moneyText, orderIdFromLabel } from '../extract/order-id';
import { assign, dateTimeOf, item, withMissing, type OrderField } from '../extract/order';
import type { PageContext, StrategyOutcome } from '../types';
import {
  isTmallDetailLink,
  ITEM_LINKS,
  linksToTmall,
  MOBILE_ID_PARAMS,
  SELF_OPERATED_NAMES,
  shopLinkName,
  shopTypeOf,
  STATUS_WORDS,
} from './common';
import type { ShopType } from '../../types';

const SPA_FIELDS: readonly OrderField[] = ['shopName', 'amount', 'createdAt', 'status'];
const MAX_BLOCKS = 500;

const readId = (value: string) => (isOrderId(value) ? value : undefined);

/** Collects blocks, drops those whose own label contradicts their id, and says why when none is left. */
function collect(
  blocks: Element[],
  read: (block: Element) => { id?: string; conflict: boolean },
  toOrder: (block: Element, id: string) => Order,
): StrategyOutcome {
  const orders: Order[] = [];
  let mismatches = 0;
  const seen = new Set<string>();
  for (const block of blocks.slice(0, MAX_BLOCKS)) {
    const { id, conflict } = read(block);
    if (!id) continue;
    if (conflict) {
      mismatches++;
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    orders.push(toOrder(block, id));
  }
  if (orders.length > 0) return { ok: true, orders };
  if (mismatches > 0)
    return {
      ok: false,
      reason: 'order-id-mismatch',
      detail: `${mismatches} blocks disagree with their 订单号`,
      final: true,
    };
  return {
    ok: false,
    reason: blocks.length > 0 ? 'no-order-id' : 'no-order-data',
    detail: `${blocks.length} order blocks`,
  };
}

/** The first price in a `.trade-price-container` that is not struck through ("￥" "12" "." "50"). */
function spaPrice(root: Element | null): string | undefined {
  const prices = root ? Array.from(root.querySelectorAll('.trade-price-container')) : [];
  const deal = prices.find((p) => !/strike/.test(p.getAttribute('class') ?? ''));
  return moneyText(
    textOf(deal, 100)
      .replace(/\s+/g, '')
      .replace(/^[^￥¥\d]*/, ''),
  );
}

function spaItems(block: Element): OrderItem[] {
  const rows = Array.from(block.querySelectorAll('[class*="itemInfo--"]'));
  return rows
    .map((row) => {
      const title =
        queryText(row, 'a[class*="title--"] [class*="titleText"]') ?? queryText(row, '[class*="titleText"]');
      const price = spaPrice(row.querySelector('[class*="itemInfoColPrice"]'));
      return item(title, queryText(row, '[class*="quantity--"]'), price);
    })
    .filter((entry): entry is OrderItem => entry !== null);
}

function spaOrder(block: Element, id: string): Order {
  const shopName = queryText(block, 'a[class*="shopInfoName"]');
  const tmall =
    isTmallDetailLink(block.querySelector('a[class*="shopInfoOrderDetail"]')?.getAttribute('href')) ||
    linksToTmall(block);
  const order: Order = { orderId: id, shopType: shopTypeOf(tmall, { shopName }), items: spaItems(block) };
  const payment = block.querySelector('[class*="payment--"]');
  const paid =
    spaPrice(payment) ??
    moneyText(queryText(block, '[class*="priceReal"]')) ??
    moneyText(/实付款\s*(?::\s*)?(?:[￥¥]\s*)?([\d.,]+)/.exec(textOf(payment, 200))?.[1]);
  assign(order, {
    shopName,
    status: queryText(block, '[class*="shopInfoStatus"]'),
    createdAt: dateTimeOf(queryText(block, '[class*="shopInfoOrderTime"]')),
    amount: paid,
  });
  return withMissing(order, SPA_FIELDS);
}

export function listFromSpa(ctx: PageContext): StrategyOutcome {
  const blocks = Array.from(ctx.doc.querySelectorAll('[id^="shopOrderContainer_"]'));
  return collect(
    blocks,
    (block) => {
      const id = readId(block.id.slice('shopOrderContainer_'.length));
      const shown = orderIdFromLabel(textOf(block.querySelector('[class*="shopInfoOrderId"]'), 80));
      return { id, conflict: !!shown && shown !== id };
    },
    spaOrder,
  );
}

function reactItems(block: Element): OrderItem[] {
  const result: OrderItem[] = [];
  for (const row of Array.from(block.querySelectorAll('tr')).slice(0, 100)) {
    const link = Array.from(row.querySelectorAll('a[href*="item.htm"]')).find((a) => textOf(a, 300));
    const cells = row.querySelectorAll('td');
    if (!link || cells.length < 3) continue;
    const prices = textOf(cells[1], 100).match(/\d[\d,]*\.\d{2}/g);
    const entry = item(
      textOf(link, 300).replace(/\[交易快照\]/g, ''),
      textOf(cells[2], 20),
      prices?.[prices.length - 1],
    );
    if (entry) result.push(entry);
  }
  return result;
}

function reactOrder(block: Element, id: string): Order {
  const shopName = queryText(block, 'a[class*="seller-mod__name"]');
  const tmall =
    isTmallDetailLink(block.querySelector('a#viewDetail')?.getAttribute('href')) || linksToTmall(block);
  const order: Order = { orderId: id, shopType: shopTypeOf(tmall, { shopName }), items: reactItems(block) };
  const paid = Array.from(block.querySelectorAll('strong'))
    .map((s) => moneyText(textOf(s, 50)))
    .find(Boolean);
  assign(order, {
    shopName,
    createdAt: dateTimeOf(queryText(block, '[class*="create-time"]')),
    status: leafWord(leaves(block), STATUS_WORDS),
    amount: paid,
  });
  return withMissing(order, SPA_FIELDS);
}

export function listFromReactDom(ctx: PageContext): StrategyOutcome {
  const blocks = Array.from(ctx.doc.querySelectorAll('.js-order-container'));
  return collect(
    blocks,
    (block) => {
      const labelId = labelValue(leaves(block).slice(0, 40), ['订单号'], readId);
      const dataId = block.querySelector('div[data-id]')?.getAttribute('data-id') ?? undefined;
      const reactId = /\$order-(\d{11,20})(?!\d)/.exec(
        block.querySelector('[data-reactid*="$order-"]')?.getAttribute('data-reactid') ?? '',
      )?.[1];
      const ids = [labelId, dataId, reactId].filter(isOrderId);
      // The label is what the shopper sees; any other id source that disagrees voids the block.
      return { id: ids[0], conflict: ids.some((other) => other !== ids[0]) };
    },
    reactOrder,
  );
}

/**
 * Label-text cards: the mobile H5 lists (`otherwise` 'unknown': their links do not tell Tmall
 * from Taobao), and the last resort on desktop (where a Tmall order links to trade.tmall.com).
 */
export function listFromCards(otherwise: ShopType) {
  return (ctx: PageContext): StrategyOutcome => {
    const cards = orderCards(ctx.doc, MOBILE_ID_PARAMS);
    if (cards.length === 0)
      return { ok: false, reason: 'no-order-id', detail: 'no 订单号 label or order link' };
    const orders = cards.map((card) =>
      readCard(card, {
        statusWords: STATUS_WORDS,
        knownShopNames: SELF_OPERATED_NAMES,
        shopLink: shopLinkName,
        itemLinks: ITEM_LINKS,
        fields: SPA_FIELDS,
        shopType: (c, shopName) => shopTypeOf(linksToTmall(c.root), { shopName }, otherwise),
      }),
    );
    return { ok: true, orders };
  };
}
