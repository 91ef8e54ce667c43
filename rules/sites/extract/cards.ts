// Label-text reading of an order LIST whose DOM is not documented (mobile H5 lists, future
// redesigns): every order id shown after 订单号/订单编号, or named by a link parameter such as
// bizOrderId=, anchors a "card": the largest ancestor (a few levels up) that holds no other
// order's anchor. Each card is then read by its labels.
import type { Order, OrderItem, ShopType } from '../../types';
import { labelValue, leaves, leafWord, linkOrderIds, textOf, type Leaf } from './dom';
import { isOrderId } from './order-id';
import { assign, dateTimeOf, item, moneyAfter, priceIn, withMissing, type OrderField } from './order';

const MAX_CARDS = 200;
const CLIMB_LEVELS = 10;
const CARD_TEXT_CHARS = 6_000;

const ID_LABEL = /^订单(?:编号|号)\s*(?::\s*)?(\d{11,20})?(?!\d)/;

/** Ids written after an 订单号 label, in the same leaf or the next sibling leaves ("订单号" ":" "<id>"). */
function labelledIds(all: Leaf[], anchors: Map<string, Element[]>): void {
  for (const { el, text } of all) {
    const match = ID_LABEL.exec(text);
    if (!match) continue;
    let id = match[1];
    if (!id && text.length === match[0].length) {
      let sibling = el.nextElementSibling;
      for (let hop = 0; sibling && hop < 3 && !id; hop++, sibling = sibling.nextElementSibling) {
        const value = textOf(sibling, 40).replace(/^:\s*/, '');
        if (isOrderId(value)) id = value;
      }
    }
    if (id) addAnchor(anchors, id, el);
  }
}

/** At most a few anchors per id: enough to place its card, bounded on hostile pages. */
function addAnchor(anchors: Map<string, Element[]>, id: string, el: Element): void {
  const list = anchors.get(id);
  if (!list) anchors.set(id, [el]);
  else if (list.length < 8) list.push(el);
}

export interface OrderCard {
  id: string;
  root: Element;
}

export function orderCards(doc: Document, params: readonly string[]): OrderCard[] {
  const anchors = new Map<string, Element[]>();
  labelledIds(leaves(doc), anchors);
  for (const [id, link] of linkOrderIds(doc, params, isOrderId)) addAnchor(anchors, id, link);
  const ids = [...anchors.keys()].slice(0, MAX_CARDS);
  // Which order ids each nearby ancestor holds, to stop a card before it swallows a neighbour.
  const holds = new Map<Element, Set<string>>();
  for (const id of ids) {
    for (const anchor of anchors.get(id)!) {
      let node: Element | null = anchor;
      for (let level = 0; node && level <= CLIMB_LEVELS + 2; level++, node = node.parentElement) {
        holds.set(node, (holds.get(node) ?? new Set()).add(id));
      }
    }
  }
  return ids.map((id) => {
    let root = anchors.get(id)![0]!;
    for (let level = 0; level < CLIMB_LEVELS; level++) {
      const parent = root.parentElement;
      if (
        !parent ||
        /^(BODY|HTML)$/i.test(parent.tagName) ||
        [...(holds.get(parent) ?? [])].some((other) => other !== id)
      )
        break;
      root = parent;
    }
    return { id, root };
  });
}

/** Labels of the amount a card shows, longest first. */
const AMOUNT_LABELS = ['实付款', '实付', '合计', '订单总价', '总价'];
const LABELLED_TIME =
  /(?:创建时间|下单时间|成交时间)\s*(?::\s*)?(\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?)/;

export interface CardReading {
  statusWords: readonly string[];
  /** Shop names recognised from a bare leaf when no 店铺 label is shown (e.g. 天猫超市). */
  knownShopNames?: readonly string[];
  /** The shop a card links to, where no label names it (the link's text). */
  shopLink?(root: Element): string | undefined;
  /** Links to the items' pages; each with a title is one item of the order. */
  itemLinks?: string;
  fields: readonly OrderField[];
  shopType(card: OrderCard, shopName: string | undefined): ShopType;
}

/** A leaf that is only a day or a time of day: the order's date in a list header. */
const BARE_DATE = /^\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const QUANTITY = /^[x×]\s*(\d{1,6})$/i;
const MAX_ITEMS = 50;

/**
 * The items a card links to: the title is the link's text (without "[交易快照]"), the price and
 * quantity are read from the link's line, the nearest ancestor that shows a "￥" price.
 */
function cardItems(root: Element, selector: string): OrderItem[] {
  const result: OrderItem[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(root.querySelectorAll(selector)).slice(0, MAX_ITEMS * 4)) {
    const title = textOf(link, 300)
      .replace(/\[交易快照\]/g, '')
      .trim();
    if (!title || seen.has(title) || result.length >= MAX_ITEMS) continue;
    seen.add(title);
    let line: Element | null = link.parentElement;
    for (let level = 0; line && level < 4 && !/[￥¥]/.test(textOf(line, 600)); level++)
      line = line.parentElement;
    const lineText = line && line !== root ? textOf(line, 600) : '';
    const quantity = line ? leaves(line).find((leaf) => QUANTITY.test(leaf.text))?.text : undefined;
    const entry = item(title, quantity, priceIn(lineText.replace(textOf(link, 300), '')));
    if (entry) result.push(entry);
  }
  return result;
}

/** Reads what a card shows by its labels; absent fields are listed in `missing`. */
export function readCard(card: OrderCard, reading: CardReading): Order {
  const cardLeaves = leaves(card.root);
  const text = textOf(card.root, CARD_TEXT_CHARS);
  const shopName =
    labelValue(cardLeaves, ['店铺名称', '店铺', '卖家昵称', '卖家']) ??
    leafWord(cardLeaves, reading.knownShopNames ?? []) ??
    reading.shopLink?.(card.root);
  const order: Order = {
    orderId: card.id,
    shopType: reading.shopType(card, shopName),
    items: reading.itemLinks ? cardItems(card.root, reading.itemLinks) : [],
  };
  assign(order, {
    shopName,
    status: labelValue(cardLeaves, ['订单状态', '交易状态']) ?? leafWord(cardLeaves, reading.statusWords),
    amount: moneyAfter(text, AMOUNT_LABELS),
    createdAt: dateTimeOf(
      LABELLED_TIME.exec(text)?.[1] ?? cardLeaves.find((leaf) => BARE_DATE.test(leaf.text))?.text,
    ),
  });
  return withMissing(order, reading.fields);
}
