// Numbers on a whole page: visible text (no script/style) plus tel: links whose number the text
// does not show ("<a href="tel:400…">立即拨打</a>"). Takes a DOM Document, so the content script
// and the scan CLI (linkedom) share it.
import { visibleText } from '../sites/extract/text';
import { findInTelHref } from './extract';
import { judged, judgeNumber, scanText } from './judge';
import type { JudgedNumber } from './types';

export interface PageNumbers {
  /** The visible text the offsets of `inText` refer to. */
  text: string;
  inText: JudgedNumber[];
  /** Numbers only a tel: link carries; offsets are into the link's number part. */
  inLinks: JudgedNumber[];
}

const MAX_LINKS = 500;
const CONTEXT_CHARS = 60;

/** Text of the link's earlier siblings (within its parent) and of the link itself. */
function textBefore(link: Element): string {
  const parts: string[] = [visibleText(link, CONTEXT_CHARS)];
  let size = parts[0]!.length;
  for (let node = link.previousSibling; node && size < CONTEXT_CHARS; node = node.previousSibling) {
    const text = visibleText(node, CONTEXT_CHARS);
    parts.unshift(text);
    size += text.length;
  }
  return parts.join(' ').slice(-CONTEXT_CHARS);
}

export function scanDocument(doc: Document): PageNumbers {
  const text = visibleText(doc.body ?? doc.documentElement);
  const inText = scanText(text);
  const seen = new Set(inText.map((n) => n.digits));
  const inLinks: JudgedNumber[] = [];
  const links = doc.querySelectorAll('a[href^="tel:" i]');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const link = links[i]!;
    // The words before the link, and its own text, say whose line it is ("淘宝售后专线 [立即拨打]").
    const before = textBefore(link);
    for (const found of findInTelHref(link.getAttribute('href') ?? '')) {
      if (seen.has(found.digits)) continue;
      seen.add(found.digits);
      const context = `${before} ${found.text}`;
      inLinks.push(judged(found, judgeNumber(found, context, before.length + 1)));
    }
  }
  return { text, inText, inLinks };
}
