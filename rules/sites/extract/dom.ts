// Read-only DOM helpers for label-anchored reading (platform-pages.md §5.5): find the leaf whose
// text is a label such as 订单编号 / 实付款, then read the value next to it. Every walk is bounded
// so a hostile page (huge or deeply nested) cannot make detection slow.
import { moneyAfter } from './order';
import { normaliseText, visibleText } from './text';

/** How many elements a label search looks at, in document order. */
const MAX_SCANNED_ELEMENTS = 30_000;
/** Longest text we accept as a value next to a label. */
const MAX_VALUE_CHARS = 300;
/** How many leaves that carry a label we try before giving up. */
const MAX_LABEL_TRIES = 50;

/** Normalised, trimmed visible text of an element ('' for null). */
export function textOf(node: Node | null | undefined, maxChars?: number): string {
  return normaliseText(visibleText(node, maxChars)).trim();
}

/** Text of the first element matching `selector` inside `root`, or undefined when empty. */
export function queryText(root: ParentNode, selector: string): string | undefined {
  return textOf(root.querySelector(selector)) || undefined;
}

/** An element without element children and its (capped) text. */
export interface Leaf {
  el: Element;
  text: string;
}

/** Non-empty leaves in document order; at most MAX_SCANNED_ELEMENTS elements are looked at. */
export function leaves(root: ParentNode): Leaf[] {
  const all = root.querySelectorAll('*');
  const result: Leaf[] = [];
  const limit = Math.min(all.length, MAX_SCANNED_ELEMENTS);
  for (let i = 0; i < limit; i++) {
    const el = all[i]!;
    if (el.children.length > 0 || /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|TEXTAREA)$/i.test(el.tagName)) continue;
    const text = textOf(el, MAX_VALUE_CHARS + 40);
    if (text) result.push({ el, text });
  }
  return result;
}

/** A label at the start of a leaf, followed by a colon, white space or the end of the leaf. */
const labelPattern = (labels: readonly string[]) =>
  new RegExp(`^(?:${labels.join('|')})(?:\\s*:\\s*|\\s+|$)`);

/**
 * The value shown next to the first of `labels` that has one: in the same leaf after the label
 * ("下单时间：2025-…"), else in a following sibling element (`<td class="label">订单编号：</td><td>…`),
 * else in the parent's text after the label. `read` accepts (and may clean) a candidate value;
 * by default any non-empty text is accepted. Labels are plain words (no regex characters).
 */
export function labelValue(
  source: Leaf[],
  labels: readonly string[],
  read: (value: string) => string | undefined = (value) => value || undefined,
): string | undefined {
  const pattern = labelPattern(labels);
  let tries = 0;
  for (const { el, text } of source) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (++tries > MAX_LABEL_TRIES) return undefined;
    const rest = read(text.slice(match[0].length).trim());
    if (rest) return rest;
    // React splits "订单号" ":" "<id>" into sibling spans: skip separators.
    let sibling = el.nextElementSibling;
    for (let hop = 0; sibling && hop < 3; hop++, sibling = sibling.nextElementSibling) {
      const value = textOf(sibling, MAX_VALUE_CHARS + 1);
      if (value.length > MAX_VALUE_CHARS) break;
      const accepted = value && value !== ':' ? read(value.replace(/^:\s*/, '')) : undefined;
      if (accepted) return accepted;
    }
    const parent = el.parentElement;
    if (parent && parent.children.length <= 4) {
      const parentText = textOf(parent, MAX_VALUE_CHARS + text.length + 1);
      if (parentText.length <= MAX_VALUE_CHARS + text.length) {
        const accepted = read(parentText.replace(pattern, '').trim());
        if (accepted) return accepted;
      }
    }
  }
  return undefined;
}

/**
 * The amount shown with the first of `labels` that has one, read from the label's row (the
 * leaf, then its parent, then its grandparent) as a whole: prices are often split into spans
 * ("￥" "39" "." "90"), so reading the next sibling alone would give "39".
 */
export function labelMoney(source: Leaf[], labels: readonly string[]): string | undefined {
  const pattern = labelPattern(labels);
  let tries = 0;
  for (const { el, text } of source) {
    if (!pattern.test(text)) continue;
    if (++tries > MAX_LABEL_TRIES) return undefined;
    let row: Element | null = el;
    for (let level = 0; row && level < 3; level++, row = row.parentElement) {
      const rowText = textOf(row, MAX_VALUE_CHARS + 1);
      // A row cut at the cap could end inside the number.
      if (rowText.length > MAX_VALUE_CHARS) break;
      const amount = moneyAfter(rowText, labels);
      if (amount) return amount;
    }
  }
  return undefined;
}

/** First leaf whose whole text is one of `words` (status words such as 卖家已发货). */
export function leafWord(source: Leaf[], words: readonly string[]): string | undefined {
  for (const { text } of source) {
    if (text.length <= 12 && words.includes(text)) return text;
  }
  return undefined;
}

/** Order ids named by the query parameters of the links inside `root`, in document order. */
export function linkOrderIds(
  root: ParentNode,
  params: readonly string[],
  isId: (v: string) => boolean,
): Map<string, Element> {
  const found = new Map<string, Element>();
  const links = root.querySelectorAll('a[href]');
  const limit = Math.min(links.length, MAX_SCANNED_ELEMENTS);
  for (let i = 0; i < limit; i++) {
    const link = links[i]!;
    const query = (link.getAttribute('href') ?? '').split('#')[0]!.split('?')[1];
    if (!query) continue;
    for (const pair of query.split('&')) {
      const [name, value] = pair.split('=');
      if (name && value && params.includes(name) && isId(value) && !found.has(value)) found.set(value, link);
    }
  }
  return found;
}
