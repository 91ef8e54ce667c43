// Inline marks beside phone numbers on pages: a small badge after each number, in a shadow root
// (page CSS cannot restyle it) whose host takes no space in the layout, with the verdict on the
// host as data-weiquan-verdict. Text is only ever set with textContent, never as HTML.

export type VerdictName = 'official' | 'unconfirmed' | 'unlisted' | 'suspicious';

export interface Bilingual {
  zh: string;
  en: string;
}

/** One number found in a text, with its verdict: what `scan` returns for each. */
export interface ScannedNumber {
  start: number;
  end: number;
  text: string;
  digits: string;
  verdict: VerdictName;
  reasons: Bilingual[];
  officialRoute?: Bilingual | undefined;
}

export interface MarkOptions {
  lang: 'zh' | 'en';
  /** Finds and judges numbers in a text; offsets refer to that text. */
  scan: (text: string) => ScannedNumber[];
  /** The verdict names (also the badge's accessible name), and the tooltip's words. */
  labels: { verdicts: Record<VerdictName, string>; dismiss: string; wrong: string; instead: string };
  onFeedback?: (number: ScannedNumber) => void;
}

export const MARK_TAG = 'weiquan-mark';
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION']);
/** Text before a node that still counts as its context ("淘宝客服电话：" in the element before). */
const CONTEXT_CHARS = 60;

const STYLE = `
:host { all: initial; display: inline-block; position: relative; width: 0; height: 0; vertical-align: baseline; }
.badge { position: absolute; left: 1px; bottom: 0.45em; width: 14px; height: 14px; box-sizing: border-box;
  font: bold 10px/12px sans-serif; text-align: center; border-radius: 7px; cursor: help; z-index: 2147483000; border: 1px solid; }
.official { color: #fff; background: #1a7f37; border-color: #1a7f37; }
.unconfirmed { color: #7d4e00; background: #fff8c5; border-color: #9a6700; }
.unlisted { color: #fff; background: #c2410c; border-color: #c2410c; }
.suspicious { color: #fff; background: #b91c1c; border-color: #7f1d1d; }
.tip strong { display: block; margin-bottom: 2px; }
.tip { display: none; position: absolute; left: 0; top: 18px; width: 260px; padding: 8px; background: #fff; color: #1f2328;
  border: 1px solid #d0d7de; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.15); font: 12px/1.5 'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif; white-space: normal; }
.badge:hover + .tip, .badge:focus + .tip, .tip:hover, .tip.open { display: block; }
.tip p { margin: 0 0 4px; }
.tip button { font: inherit; margin-right: 6px; cursor: pointer; }
`;

/**
 * Cheap test before the real finder: three digits within a few characters of each other (ASCII or
 * full-width, spaced or dashed), or three Chinese numerals in a row. Text without that cannot hold
 * a phone number, and on a results page most digit-bearing text is like that ("第2页", "3小时前").
 */
const MAY_HOLD_NUMBER = /(?:[0-9０-９][^0-9０-９]{0,3}){2}[0-9０-９]|[零〇一二三四五六七八九幺两]{3}/;
/**
 * Digits that are plainly something else, blanked before that test: order and trade numbers
 * (15+ digits), dates, times and prices, which fill order pages and dated search results. The
 * finder itself still sees the whole text whenever anything else is left.
 */
const PLAINLY_NOT_PHONE =
  /\d{15,}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|[￥¥]\s?[\d,]+(?:\.\d+)?/g;
export const mayHoldNumber = (text: string) =>
  MAY_HOLD_NUMBER.test(text) && MAY_HOLD_NUMBER.test(text.replace(PLAINLY_NOT_PHONE, ' '));

function isSkipped(element: Element | null): boolean {
  for (let el = element; el; el = el.parentElement) {
    if (SKIPPED.has(el.tagName) || el.tagName === MARK_TAG.toUpperCase()) return true;
    // The attribute, not isContentEditable: that property forces a style recalculation, and after
    // each inserted mark that made marking cost a full-page recalc per number.
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
  }
  return false;
}

const ICONS: Record<VerdictName, string> = {
  official: '✓',
  unconfirmed: '?',
  unlisted: '!',
  suspicious: '!',
};

let sharedSheet: CSSStyleSheet | null | undefined;
/** One parsed stylesheet for every mark where the browser allows it (far cheaper than a <style> each). */
function styleInto(shadow: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLE);
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet) {
    try {
      shadow.adoptedStyleSheets = [sharedSheet];
      return;
    } catch {
      // Some content-script worlds cannot adopt a sheet made in them: fall back below.
    }
  }
  const style = document.createElement('style');
  style.textContent = STYLE;
  shadow.append(style);
}

/** The tooltip: why, the official route instead, dismiss, "this verdict is wrong". */
function buildTip(host: HTMLElement, found: ScannedNumber, options: MarkOptions): HTMLElement {
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  const heading = document.createElement('strong');
  heading.textContent = `${found.text} · ${options.labels.verdicts[found.verdict]}`;
  tip.append(heading);
  const lines = found.reasons.map((reason) => reason[options.lang]);
  if (found.officialRoute) lines.push(`${options.labels.instead}${found.officialRoute[options.lang]}`);
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    tip.append(p);
  }
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = options.labels.dismiss;
  dismiss.addEventListener('click', () => host.remove());
  const wrong = document.createElement('button');
  wrong.type = 'button';
  wrong.textContent = options.labels.wrong;
  wrong.addEventListener('click', () => {
    options.onFeedback?.(found);
    host.remove();
  });
  tip.append(dismiss, wrong);
  return tip;
}

function buildMark(found: ScannedNumber, options: MarkOptions): HTMLElement {
  const host = document.createElement(MARK_TAG);
  host.setAttribute('data-weiquan-verdict', found.verdict);
  host.setAttribute('data-weiquan-digits', found.digits);
  const shadow = host.attachShadow({ mode: 'open' });
  styleInto(shadow);
  // An icon only, so the badge covers as little of the page as possible; its name says the verdict.
  const badge = document.createElement('span');
  badge.className = `badge ${found.verdict}`;
  badge.tabIndex = 0;
  badge.setAttribute('role', 'img');
  badge.setAttribute('aria-label', options.labels.verdicts[found.verdict]);
  badge.title = options.labels.verdicts[found.verdict];
  badge.textContent = ICONS[found.verdict];
  // The tooltip is built the first time someone points at, focuses or clicks the badge: most
  // marks are never opened, and building 200 tooltips up front would cost the page load.
  let tip: HTMLElement | undefined;
  const ensureTip = () => (tip ??= shadow.appendChild(buildTip(host, found, options)));
  badge.addEventListener('pointerenter', ensureTip);
  badge.addEventListener('focus', ensureTip);
  badge.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    ensureTip().classList.toggle('open');
  });
  shadow.append(badge);
  return host;
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'TD',
  'TH',
  'TR',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'BODY',
]);

/**
 * The text just before `node` inside the same block, up to CONTEXT_CHARS, for claim words:
 * "淘宝客服电话：" in a <b> before the number counts; the previous search result does not.
 */
function precedingText(node: Text): string {
  let text = '';
  let current: Node | null = node;
  while (current && text.length < CONTEXT_CHARS) {
    while (current && !current.previousSibling) {
      current = current.parentNode;
      if (!current || (current instanceof Element && BLOCKS.has(current.tagName)))
        return text.slice(-CONTEXT_CHARS);
    }
    current = current?.previousSibling ?? null;
    if (current instanceof Element && BLOCKS.has(current.tagName)) break;
    if (current && !(current instanceof Element && current.tagName === MARK_TAG.toUpperCase())) {
      text = (current.textContent ?? '') + text;
    }
  }
  return text.slice(-CONTEXT_CHARS);
}

/**
 * Marks the numbers in one text node. Splits the node after each number and puts the mark
 * there; returns what it marked. Never marks a number twice: a number already followed by our
 * mark is skipped.
 */
export function markTextNode(node: Text, options: MarkOptions): ScannedNumber[] {
  const text = node.nodeValue ?? '';
  if (!mayHoldNumber(text) || isSkipped(node.parentElement)) return [];
  const prefix = precedingText(node);
  const found = options
    .scan(prefix + text)
    .filter((n) => n.start >= prefix.length)
    .map((n) => ({ ...n, start: n.start - prefix.length, end: n.end - prefix.length }));
  // From the end, so earlier offsets stay valid while we split.
  for (const number of [...found].reverse()) {
    const tail = number.end < text.length ? node.splitText(number.end) : null;
    const next = tail ?? node.nextSibling;
    if (next instanceof Element && next.tagName === MARK_TAG.toUpperCase()) continue;
    node.parentNode?.insertBefore(buildMark(number, options), tail ?? node.nextSibling);
  }
  return found;
}

/** Every text node under `root` worth scanning, skipping our marks, inputs and editable text. */
export function textNodesUnder(root: Node): Text[] {
  if (root.nodeType === Node.TEXT_NODE) return [root as Text];
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Filtering in the loop, not in a TreeWalker filter: a JS filter costs 7-9x (limits-and-budgets B.3).
    if (mayHoldNumber(node.nodeValue ?? '')) nodes.push(node as Text);
  }
  return nodes;
}
