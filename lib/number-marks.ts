// Inline marks beside phone numbers on pages: a small badge after each number, in a shadow root
// (page CSS cannot restyle it) whose host takes no space in the layout, with the verdict on the
// host as data-weiquan-verdict. Text is only ever set with textContent, never as HTML.

import type { JudgedForMark, VerdictClass } from '../rules/phone';
import { MAX_NUMBERS_PER_TEXT } from './message-limits';
import type { Held, MarkGate } from './near-viewport';

export type VerdictName = VerdictClass;
/** Verdicts whose mark is a readable chip on the page, not a small icon. */
type WarningVerdict = 'unlisted' | 'suspicious';
const isWarning = (verdict: VerdictName): verdict is WarningVerdict =>
  verdict === 'unlisted' || verdict === 'suspicious';

/** One number found in a text, with its verdict: what `judge` returns for each (a numbers/judge reply). */
export type ScannedNumber = JudgedForMark;

export interface MarkOptions {
  lang: 'zh' | 'en';
  /**
   * Finds and judges the numbers in each text; offsets refer to that text. `spans` says where
   * each text's own node lies in it (after the context before it): the background lists for the
   * popup only the numbers there, with its own verdicts. Asynchronous: the content script asks
   * the background, so the finder and judge run off the page's main thread.
   */
  judge: (texts: string[], spans: Array<[number, number]>) => Promise<ScannedNumber[][]>;
  /** The verdict names (also the badge's accessible name), and the tooltip's words. */
  labels: {
    verdicts: Record<VerdictName, string>;
    dismiss: string;
    wrong: string;
    instead: string;
    /** The words a warning mark shows on the page itself (非官方 · 勿拨打). */
    chips: Record<WarningVerdict, string>;
  };
  onFeedback?: (number: ScannedNumber) => void;
  /**
   * Where judged numbers wait to be marked until they come near the viewport (viewportGate);
   * without one, or where it returns null, they are marked as soon as they are judged.
   */
  gate?: (onNear: (near: Held[]) => void) => MarkGate | null;
}

export const MARK_TAG = 'weiquan-mark';
const MARK_TAG_UPPER = MARK_TAG.toUpperCase();
/**
 * Where numbers are never marked: code, form fields, editable text, SVG, our own marks. One native
 * closest() per candidate node instead of a JS walk up the ancestors (or a TreeWalker filter,
 * which costs a native→JS call per node: limits-and-budgets B.3).
 */
const SKIPPED = `script,style,noscript,template,textarea,input,select,option,svg,${MARK_TAG},[contenteditable]:not([contenteditable="false" i])`;
/** Text before a node that still counts as its context ("淘宝客服电话：" in the element before). */
const CONTEXT_CHARS = 60;
/**
 * Only this much of one text node is scanned: a real page's paragraph is far shorter, and a
 * hostile megabyte of digits must not turn into one long task (5,000 pathological characters
 * take about 10 ms on a cold start). Numbers further into the same text node are not marked.
 */
export const MAX_NODE_CHARS = 5_000;
/** Times the same number is marked again in one element: a page that keeps re-rendering it wins. */
const MAX_REMARKS = 3;
/**
 * A mark's own look, set through CSSOM on the template mark and kept by every clone: nothing to
 * parse or adopt per mark, and a page's CSP allows it (it blocks inline <style>, not CSSOM).
 * Inline style on the host also outranks the page's own rules for our tag. Each property a page
 * rule could set on the host (`* { margin: 4px }`), or that the badge would inherit, is named
 * rather than reset with `all: initial`, which expands to every longhand: three times the cost
 * of each clone, and of styling each mark.
 */
const HOST_STYLE = `display: inline-block; position: relative; inset: auto; width: 0; height: 0; min-width: 0;
  min-height: 0; max-width: none; max-height: none; margin: 0; padding: 0; border: 0; float: none;
  vertical-align: baseline; transform: none; opacity: 1; overflow: visible; filter: none; contain: none;`;
const BADGE_STYLE = `position: absolute; left: 1px; bottom: 0.45em; width: 14px; height: 14px; box-sizing: border-box;
  margin: 0; padding: 0; font: bold 10px/12px sans-serif; text-align: center; text-indent: 0; text-transform: none;
  text-shadow: none; letter-spacing: normal; word-spacing: normal; white-space: nowrap; direction: ltr;
  writing-mode: horizontal-tb; -webkit-text-fill-color: currentcolor; border-radius: 7px; cursor: help;
  z-index: 2147483000; border: 1px solid;`;
/**
 * A warning is a chip a shopper cannot miss: it takes its own room after the number (the page's
 * line grows by its width) instead of an icon over the text.
 */
const CHIP_HOST_STYLE =
  HOST_STYLE.replace('width: 0; height: 0;', 'width: auto; height: auto;') + 'margin-left: 3px;';
const CHIP_STYLE = BADGE_STYLE.replace(
  'position: absolute; left: 1px; bottom: 0.45em; width: 14px; height: 14px;',
  'position: static; display: inline-block; width: auto; height: auto; padding: 0 5px;',
)
  .replace(
    'font: bold 10px/12px sans-serif;',
    "font: bold 12px/18px 'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif;",
  )
  .replace('border-radius: 7px;', 'border-radius: 4px;');
const VERDICT_STYLE: Record<VerdictName, string> = {
  official: 'color: #fff; background: #1a7f37; border-color: #1a7f37;',
  unconfirmed: 'color: #7d4e00; background: #fff8c5; border-color: #9a6700;',
  unlisted: 'color: #fff; background: #c2410c; border-color: #c2410c;',
  suspicious: 'color: #fff; background: #b91c1c; border-color: #7f1d1d;',
};
/** The tooltip's width, and the room it keeps from the window's edges (see keepInView). */
const TIP_WIDTH = 260;
const TIP_MARGIN = 8;
/** The tooltip's look: adopted into a mark's shadow root when its tooltip is first built. */
const TIP_STYLE = `
.tip strong { display: block; margin-bottom: 2px; }
.tip { all: initial; display: none; position: absolute; left: 0; top: 18px; box-sizing: border-box; width: ${TIP_WIDTH}px; max-width: calc(100vw - ${2 * TIP_MARGIN}px); padding: 8px; background: #fff; color: #1f2328;
  border: 1px solid #d0d7de; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.15); font: 12px/1.5 'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif; white-space: normal; }
.badge:hover + .tip, .tip:hover, .tip.focused, .tip.open { display: block; }
.tip.shut { display: none; }
.tip { z-index: 2147483647; }
.tip button:focus-visible, .badge:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.tip p { margin: 0 0 4px; }
.tip button { font: inherit; margin-right: 6px; cursor: pointer; }
`;

const DIGIT = '[0-9０-９]';
const NUMERAL = '[零〇一二三四五六七八九幺两]';
/**
 * Cheap test before the real finder, one native regex per text node. The shortest numbers the
 * finder reports are five digits (95188, 12315) or 110 beside words about calling; anything longer
 * has five digits with at most four other characters between each (a bridge like "400 转 123" or a
 * zero-width space is shorter). Chinese-numeral numbers are seven numerals or more. Most
 * digit-bearing text on a results page fails this ("第123条", "3小时前", "共25页").
 */
const MAY_HOLD_NUMBER = new RegExp(
  `(?:${DIGIT}[^0-9０-９]{0,4}){4}${DIGIT}|110|${NUMERAL}(?:[ -]?${NUMERAL}){6}`,
);
/**
 * Digits that are plainly something else, blanked before that test: order and trade numbers
 * (15+ digits), dates, times, prices, and counts the finder excludes anyway ("第12345条",
 * "12345次播放", "3小时前"), which fill order pages and results lists. The finder itself still sees
 * the whole text whenever anything else is left.
 */
const PLAINLY_NOT_PHONE =
  /\d{15,}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|[￥¥]\s?[\d,]+(?:\.\d+)?|第\s?\d+|\d+(?:条|次|小时|分钟|天前)/g;
/** Looks at the first MAX_NODE_CHARS characters, all that is judged of a text node. */
export function mayHoldNumber(text: string): boolean {
  const head = text.length > MAX_NODE_CHARS ? text.slice(0, MAX_NODE_CHARS) : text;
  return MAY_HOLD_NUMBER.test(head) && MAY_HOLD_NUMBER.test(head.replace(PLAINLY_NOT_PHONE, ' '));
}

const ICONS: Record<VerdictName, string> = {
  official: '✓',
  unconfirmed: '?',
  unlisted: '!',
  suspicious: '!',
};

let sharedSheet: CSSStyleSheet | null | undefined;
/** One parsed stylesheet for every tooltip where the browser allows it (cheaper than a <style> each). */
function styleInto(shadow: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(TIP_STYLE);
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
  style.textContent = TIP_STYLE;
  shadow.append(style);
}

/** The tooltip: why, the official route instead, dismiss, "this verdict is wrong". */
function buildTip(host: HTMLElement, found: ScannedNumber, options: MarkOptions): HTMLElement {
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.id = 'tip';
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
  wrong.addEventListener('click', (event) => {
    // The shopper's own click only: a page must not file "wrong verdict" notes in their name.
    if (!event.isTrusted) return;
    options.onFeedback?.(found);
    host.remove();
  });
  tip.append(dismiss, wrong);
  // After the buttons' own handlers: a click in the tooltip stays out of the page's handlers.
  tip.addEventListener('click', (event) => event.stopPropagation());
  return tip;
}

/**
 * One finished mark per verdict and wording (host, verdict, a clonable shadow root holding the
 * badge, their looks inline), cloned for each number: one native call instead of six.
 */
const markTemplates = new WeakMap<MarkOptions['labels'], Partial<Record<VerdictName, HTMLElement>>>();

function markFor(verdict: VerdictName, labels: MarkOptions['labels']): HTMLElement {
  let templates = markTemplates.get(labels);
  if (!templates) markTemplates.set(labels, (templates = {}));
  let template = templates[verdict];
  if (!template) {
    template = document.createElement(MARK_TAG);
    template.setAttribute('data-weiquan-verdict', verdict);
    // A warning says so in words; other verdicts are an icon that covers as little as it can.
    // The tooltip (reason, official route) is the badge's description once built (id "tip").
    const warning = isWarning(verdict);
    template.style.cssText = warning ? CHIP_HOST_STYLE : HOST_STYLE;
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.style.cssText = (warning ? CHIP_STYLE : BADGE_STYLE) + VERDICT_STYLE[verdict];
    badge.tabIndex = 0;
    badge.setAttribute('role', 'button');
    badge.setAttribute('aria-expanded', 'false');
    badge.setAttribute('aria-describedby', 'tip');
    badge.setAttribute(
      'aria-label',
      warning ? `${labels.chips[verdict]}：${labels.verdicts[verdict]}` : labels.verdicts[verdict],
    );
    badge.textContent = warning ? labels.chips[verdict] : ICONS[verdict];
    template.attachShadow({ mode: 'open', clonable: true }).append(badge);
    templates[verdict] = template;
  }
  return template.cloneNode(true) as HTMLElement;
}

/** What each mark opens into: its number, the wording it was made with, its tooltip once built. */
const markData = new WeakMap<Element, { found: ScannedNumber; options: MarkOptions; tip?: HTMLElement }>();
let listening = false;
/** Set while Esc hands focus back to a badge, so that focus does not reopen its tooltip. */
let shutting = false;

/**
 * One set of listeners for every mark, on the window in the capture phase: a mark costs no
 * listener or closure of its own (200 marks on a results page), and the badge's click is seen
 * before any page handler, so it never follows the result link the number sits in. The tooltip
 * is built the first time someone points at, focuses or clicks a badge: most are never opened.
 */
function listenForBadges(): void {
  if (listening) return;
  listening = true;
  const onMarkEvent = (event: Event) => {
    // The mark an event comes from: browsers retarget it to the host at the window, a DOM
    // without retargeting leaves it inside the shadow root. Every other event on the page ends
    // here, without building its path. A look-alike the page made has no data.
    const target = event.target;
    if (!(target instanceof Node)) return;
    const inside = target.getRootNode();
    const host = inside instanceof ShadowRoot ? inside.host : target;
    if (!(host instanceof Element) || host.tagName !== MARK_TAG_UPPER) return;
    const data = markData.get(host);
    if (!data) return;
    // Where the event began: inside our open shadow root, so the path shows the element itself.
    const origin = event.composedPath()[0];
    const root = host.shadowRoot;
    if (!(origin instanceof Element) || !root) return;
    // A click anywhere in a mark never follows the result link the number sits in.
    if (event.type === 'click') event.preventDefault();
    const badge = root.querySelector('.badge');
    if (!(badge instanceof HTMLElement)) return;
    const key = event.type === 'keydown' ? (event as KeyboardEvent).key : '';
    if (key === 'Escape' && data.tip) {
      // Esc closes the tooltip and gives focus back to the badge, from the badge or its buttons.
      data.tip.classList.remove('open', 'focused');
      data.tip.classList.add('shut');
      badge.setAttribute('aria-expanded', 'false');
      shutting = true;
      badge.focus();
      shutting = false;
      return;
    }
    if (event.type === 'focusout') {
      // Shown while focus is anywhere in the mark: a style rule on :focus would hide the tooltip
      // between the badge's blur and its button's focus, and Tab would fall out to the page.
      if ((event as FocusEvent).relatedTarget !== host) data.tip?.classList.remove('focused');
      return;
    }
    // The badge is a button: Enter and Space open it as a click does.
    const activate = event.type === 'click' || key === 'Enter' || key === ' ';
    if (origin !== badge || (event.type === 'keydown' && !activate)) return;
    if (!data.tip) {
      styleInto(root);
      data.tip = root.appendChild(buildTip(host as HTMLElement, data.found, data.options));
    }
    keepInView(data.tip, host);
    if (!shutting) data.tip.classList.remove('shut');
    if (event.type === 'focusin' && !shutting) data.tip.classList.add('focused');
    if (!activate) return;
    event.preventDefault();
    event.stopPropagation();
    badge.setAttribute('aria-expanded', String(data.tip.classList.toggle('open')));
  };
  for (const type of ['pointerover', 'focusin', 'focusout', 'click', 'keydown'])
    window.addEventListener(type, onMarkEvent, true);
}

/**
 * The tooltip hangs from its mark's left edge, so a number at the end of a line would push it past
 * the window's right edge: it moves left by what would overflow, never past the left edge. Measured
 * as it opens (one layout per opening, none while marking).
 */
function keepInView(tip: HTMLElement, host: Element): void {
  const room = document.documentElement.clientWidth;
  const width = Math.min(TIP_WIDTH, room - 2 * TIP_MARGIN);
  const { left } = host.getBoundingClientRect();
  const overflow = left + width - (room - TIP_MARGIN);
  tip.style.left = `${-Math.max(0, Math.min(overflow, left - TIP_MARGIN))}px`;
}

function buildMark(found: ScannedNumber, options: MarkOptions): HTMLElement {
  listenForBadges();
  const host = markFor(found.verdict, options.labels);
  host.setAttribute('data-weiquan-digits', found.digits);
  markData.set(host, { found, options });
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

/** Nodes read for context at most: a run of empty spans or a huge sibling stays a short read. */
const MAX_CONTEXT_NODES = 24;

/** The last `max` characters of an inline element's text, from its last text nodes only. */
function tailText(element: Element, max: number): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let text = '';
  let read = 0;
  for (
    let n = walker.lastChild();
    n && text.length < max && read < MAX_CONTEXT_NODES;
    n = walker.previousNode()
  ) {
    text = (n.nodeValue ?? '').slice(-max) + text;
    read++;
  }
  return text;
}

/**
 * The text just before `node` inside the same block, up to CONTEXT_CHARS, for claim words:
 * "淘宝客服电话：" in a <b> before the number counts; the previous search result does not.
 */
function precedingText(node: Text): string {
  let text = '';
  let current: Node | null = node;
  for (let read = 0; current && text.length < CONTEXT_CHARS && read < MAX_CONTEXT_NODES; read++) {
    while (current && !current.previousSibling) {
      current = current.parentNode;
      if (!current || (current.nodeType === 1 && BLOCKS.has((current as Element).tagName)))
        return text.slice(-CONTEXT_CHARS);
    }
    current = current?.previousSibling ?? null;
    if (!current || isMark(current)) continue;
    if (current.nodeType === 3) text = (current.nodeValue ?? '').slice(-CONTEXT_CHARS) + text;
    else if (current.nodeType === 1) {
      if (BLOCKS.has((current as Element).tagName)) break;
      text = tailText(current as Element, CONTEXT_CHARS) + text;
    }
  }
  return text.slice(-CONTEXT_CHARS);
}

/** What most text nodes hold: one shared empty result, not a new array for each. */
const NONE: readonly ScannedNumber[] = Object.freeze([]);

/** Which numbers were marked how often in an element (MAX_REMARKS). */
const remarks = new WeakMap<Element, Map<string, number>>();
/** The text each node had when it was last scanned: an unchanged node is not scanned again. */
const scanned = new WeakMap<Text, string>();

function mayMarkAgain(parent: Element, digits: string): boolean {
  let counts = remarks.get(parent);
  if (!counts) remarks.set(parent, (counts = new Map<string, number>()));
  const count = counts.get(digits) ?? 0;
  counts.set(digits, count + 1);
  return count < MAX_REMARKS;
}

/** One of our marks (any element with our tag: a page's look-alike too, which is never scanned). */
export const isMark = (node: Node | null): boolean =>
  node !== null && node.nodeType === 1 && (node as Element).tagName === MARK_TAG_UPPER;

/** A text node whose text may hold a number, with the context its numbers are judged in. */
export interface Candidate {
  node: Text;
  /** The node's text when it was read: marks go in only while the node still holds it. */
  whole: string;
  /** What is judged: the text before the node in its block, then the node's first MAX_NODE_CHARS. */
  text: string;
  /** Where the node's own text starts in `text`. */
  offset: number;
  /** Numbers must end by here in `text`: one cut off at MAX_NODE_CHARS would be judged on part of its digits. */
  limit: number;
}

/**
 * The text node as something to judge, or null: too short, no number-like text, unchanged since
 * it was last read (the pieces our own splits leave behind included), or in a skipped element.
 * `whole` is the node's text when the caller has read it already: each read is a call into the
 * DOM, and the walk makes thousands of them on a results page.
 */
export function candidateOf(node: Text, whole: string = node.nodeValue ?? ''): Candidate | null {
  // Shorter than 110, the shortest number: the line breaks between tags, most of a page's text nodes.
  if (whole.length < 3) return null;
  const head = whole.length > MAX_NODE_CHARS ? whole.slice(0, MAX_NODE_CHARS) : whole;
  // The prefilter first: most nodes end here, with no bookkeeping at all.
  if (!mayHoldNumber(head) || scanned.get(node) === whole) return null;
  scanned.set(node, whole);
  const parent = node.parentElement;
  if (!parent || parent.closest(SKIPPED)) return null;
  const prefix = precedingText(node);
  const limit = prefix.length + (head.length < whole.length ? head.length - 1 : head.length);
  return { node, whole, text: prefix + head, offset: prefix.length, limit };
}

/** A candidate whose judging failed is read again by the next walk over it. */
export function forgetCandidate(candidate: Candidate): void {
  if (scanned.get(candidate.node) === candidate.whole) scanned.delete(candidate.node);
}

/**
 * The judged numbers that lie in the candidate's own node (not in the context before it), with
 * offsets into that node; none when the node was changed or taken out since it was read (a change
 * is scanned on its own, a node put back is read again).
 */
export function numbersIn(candidate: Candidate, judged: ScannedNumber[]): readonly ScannedNumber[] {
  if (!stillAsRead(candidate) || judged.length === 0) return NONE;
  const found: ScannedNumber[] = [];
  for (let i = 0; i < judged.length; i++) {
    const number = judged[i]!;
    if (number.start < candidate.offset || number.end > candidate.limit) continue;
    // Offsets into this node; shifted in place, as judged results are fresh objects.
    number.start -= candidate.offset;
    number.end -= candidate.offset;
    if (found.push(number) >= MAX_NUMBERS_PER_TEXT) break;
  }
  return found;
}

/** The node is in the page and holds the text it was read with. */
function stillAsRead(candidate: Candidate): boolean {
  // Taken out of the page meanwhile: read again if it is put back.
  if (!candidate.node.isConnected) {
    forgetCandidate(candidate);
    return false;
  }
  return candidate.node.parentElement !== null && candidate.node.nodeValue === candidate.whole;
}

/**
 * Marks a candidate's numbers (from numbersIn): splits its node after each number and puts the
 * mark there. Nothing happens to a node changed or taken out since it was read, and a number
 * already followed by our mark is not marked again.
 */
export function markCandidate(
  candidate: Candidate,
  found: readonly ScannedNumber[],
  options: MarkOptions,
): void {
  if (found.length === 0 || !stillAsRead(candidate)) return;
  const { node } = candidate;
  const parent = node.parentElement!;
  // From the end, so earlier offsets stay valid while we split.
  for (let i = found.length - 1; i >= 0; i--) {
    const number = found[i]!;
    let after = node.nextSibling;
    if (number.end < node.length) {
      const tail = node.splitText(number.end);
      scanned.set(tail, tail.nodeValue ?? '');
      after = tail;
    }
    if (isMark(after) || !mayMarkAgain(parent, number.digits)) continue;
    parent.insertBefore(buildMark(number, options), after);
  }
  scanned.set(node, node.nodeValue ?? '');
}
