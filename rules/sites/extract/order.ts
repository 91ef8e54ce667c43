// Building Order objects the same way on every site: what is missing, URL cross-checks,
// tolerant readers for money / quantity / time values of unknown shape.
import type { Order, OrderItem } from '../../types';
import type { StrategyOutcome } from '../types';
import { arr, obj, str, type Json } from './json-path';
import { moneyText, orderIdFromUrl } from './order-id';

export type OrderField = 'sellerNick' | 'shopName' | 'amount' | 'createdAt' | 'status';

/** What a detail page is expected to show (the Tmall rule's original list). */
export const DETAIL_FIELDS: readonly OrderField[] = ['sellerNick', 'amount', 'createdAt', 'status'];

/**
 * Lists the fields, among those this layout is expected to show, that the rule could not read,
 * so the popup can say so instead of showing blanks.
 */
export function withMissing(order: Order, fields: readonly OrderField[] = DETAIL_FIELDS): Order {
  const missing: string[] = fields.filter((key) => !order[key]);
  if (order.items.length === 0) missing.push('items');
  return missing.length > 0 ? { ...order, missing } : order;
}

/** `final` failure when the URL names another order than the page shows (§5.1). */
export function urlMismatch(url: URL, params: readonly string[], pageId: string): StrategyOutcome | null {
  const urlId = orderIdFromUrl(url, params);
  if (urlId && urlId !== pageId) {
    return { ok: false, reason: 'order-id-mismatch', detail: `URL ${urlId} ≠ page ${pageId}`, final: true };
  }
  return null;
}

/** Copies the defined, non-empty string fields onto the order. */
export function assign(order: Order, fields: Partial<Record<OrderField, string | undefined>>): Order {
  for (const [key, value] of Object.entries(fields) as Array<[OrderField, string | undefined]>) {
    const trimmed = value?.trim();
    if (trimmed) order[key] = trimmed;
  }
  return order;
}

/** Money from a JSON value of unknown shape: "￥180.00", 180, {value|text|realTotal}, [first]. */
export function moneyOf(value: Json, depth = 0): string | undefined {
  if (typeof value === 'string') return moneyText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value.toFixed(2) : undefined;
  if (depth > 3) return undefined;
  if (Array.isArray(value)) return moneyOf(value[0], depth + 1);
  const record = obj(value);
  return record
    ? moneyOf(record.value ?? record.text ?? record.realTotal ?? record.money, depth + 1)
    : undefined;
}

/** The first "￥…" amount in page text; prices split into spans ("￥ 159 . 00") are joined first. */
export function priceIn(text: string | undefined): string | undefined {
  return moneyText(/[￥¥](\d[\d,]*(?:\.\d{1,2})?)(?![\d.,])/.exec(text?.replace(/\s+/g, '') ?? '')?.[1]);
}

/** After the label: a colon, a "(含运费 ￥6.00)" aside, the currency sign, then the whole number. */
const AMOUNT_AFTER_LABEL = String.raw`:?(?:[（(]含运费[^)）]{0,20}[)）])?[￥¥]?(\d[\d,]*(?:\.\d{1,2})?)(?![\d.,])`;

/**
 * The amount right after the first of `labels` (plain words) in page text. White space is
 * dropped first, so a price split into spans ("实付款 ￥ 39 . 90") reads whole, and a number
 * followed by more digits is never cut short: a wrong amount is worse than none.
 */
export function moneyAfter(text: string | undefined, labels: readonly string[]): string | undefined {
  if (!text) return undefined;
  const match = new RegExp(`(?:${labels.join('|')})${AMOUNT_AFTER_LABEL}`).exec(text.replace(/\s+/g, ''));
  return moneyText(match?.[1]);
}

/** A positive whole quantity from "2", 2 or "x2". */
export function quantityOf(value: Json): number | undefined {
  const text = typeof value === 'number' ? String(value) : str(value)?.replace(/^\s*[x×]\s*/i, '');
  const quantity = text !== undefined && /^\s*\d{1,6}\s*$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(quantity) && quantity > 0 ? quantity : undefined;
}

/** An item, or null without a title. */
export function item(title: string | undefined, quantity?: Json, price?: Json): OrderItem | null {
  const clean = title?.trim();
  if (!clean) return null;
  const result: OrderItem = { title: clean };
  const count = quantityOf(quantity);
  if (count !== undefined) result.quantity = count;
  const money = moneyOf(price);
  if (money !== undefined) result.price = money;
  return result;
}

export function items(list: Json[], read: (entry: Json) => OrderItem | null): OrderItem[] {
  return arr(list)
    .map(read)
    .filter((entry): entry is OrderItem => entry !== null);
}

const DATE_TIME = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const pad = (n: string | number) => String(n).padStart(2, '0');

/**
 * "YYYY-MM-DD HH:MM:SS" (or "YYYY-MM-DD" when the page shows the day only) from page text,
 * or from epoch seconds / milliseconds, read as Asia/Shanghai.
 */
export function dateTimeOf(value: Json): string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{10}(\d{3})?$/.test(value.trim()))) {
    const n = Number(value);
    const ms = n < 1e11 ? n * 1000 : n;
    if (!Number.isFinite(ms) || ms < 9e11 || ms > 5e12) return undefined;
    const d = new Date(ms + 8 * 3600 * 1000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const day = `${y}-${pad(mo!)}-${pad(d!)}`;
  return h === undefined ? day : `${day} ${pad(h)}:${mi}:${pad(s ?? '00')}`;
}

/** An absolute http(s) link on one of `hosts` (or their sub-domains), else undefined. */
export function safeLink(href: string | undefined, base: URL, hosts: readonly string[]): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    const allowed = hosts.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
    return (url.protocol === 'https:' || url.protocol === 'http:') && allowed ? url.href : undefined;
  } catch {
    return undefined;
  }
}
