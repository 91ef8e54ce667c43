// Finds phone numbers in page text the way Chinese pages print them: 400/800 in any grouping,
// 95/96 short numbers, public numbers, mobiles, landlines with area codes, +86/0086, full-width
// digits, spaced or word-split digits, numbers run together, Chinese numerals. Linear time: one
// pass cuts runs of digit groups (runs.ts), each run is parsed in bounded work (parse.ts).
import { isExcluded } from './context';
import { oddPrints } from './odd-prints';
import { parseRun } from './parse';
import { isCallOnly, isKnown, isMobile, isService, kindOf } from './patterns';
import { findRuns, normalise } from './runs';
import type { Found } from './types';

/**
 * Visible text of a real results or chat page is tens of kB; beyond 1 MB the input is hostile or
 * not a page, so only its start is scanned (work budget, limits-and-budgets B.2/A9).
 */
export const MAX_SCAN_CHARS = 1_000_000;
export const MAX_FOUND = 2_000;

const NUMERALS = '零〇一二三四五六七八九幺两';
const NUMERAL_VALUE: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
// X(?:S?X){6,11} with S and X disjoint: unambiguous, so linear.
const NUMERAL_RUN = new RegExp(`[${NUMERALS}](?:[ \\-]?[${NUMERALS}]){6,11}`, 'g');

/** "四零零八二二五二八" and the like: only complete 400/800, mobile or registry numbers count. */
function numeralNumbers(text: string, s: string): Found[] {
  const out: Found[] = [];
  for (const m of s.matchAll(NUMERAL_RUN)) {
    let digits = '';
    for (const ch of m[0]) digits += NUMERAL_VALUE[ch] ?? '';
    if (!(isService(digits) || isMobile(digits) || (isKnown(digits) && digits.length >= 7))) continue;
    const start = m.index;
    const end = start + m[0].length;
    out.push({ text: text.slice(start, end), start, end, digits, kind: kindOf(digits) });
  }
  return out;
}

export function findPhoneNumbers(text: string): Found[] {
  const s = normalise(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text);
  const out: Found[] = [];
  const runs = findRuns(s);
  // Index loops here and below: this runs per text node, mostly before the JIT has warmed up,
  // where for…of over an array costs an iterator object and a call per step.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    // Most runs in page text are a lone count, year or price: under five digits only 110/114 count.
    const lone = run.groups.length === 1 ? run.groups[0]!.digits : '';
    if (lone !== '' && lone.length < 5 && !isCallOnly(lone)) continue;
    const candidates = parseRun(run);
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k]!;
      if (isExcluded(s, c.start, c.end, c.digits)) continue;
      // "(0571)88158198": the opening bracket belongs to the printed number.
      const start = s[c.start - 1] === '(' && s.slice(c.start, c.end).includes(')') ? c.start - 1 : c.start;
      out.push({ text: text.slice(start, c.end), start, end: c.end, digits: c.digits, kind: c.kind });
    }
    if (candidates.length === 0) {
      const odd = oddPrints(s, run);
      for (let k = 0; k < odd.length; k++)
        out.push({ ...odd[k]!, text: text.slice(odd[k]!.start, odd[k]!.end) });
    }
    if (out.length >= MAX_FOUND) break;
  }
  // Runs come in text order; only numbers written in numerals need sorting in.
  if (s.length >= 7 && /[零〇一二三四五六七八九幺两]{3}/.test(s)) {
    out.push(...numeralNumbers(text, s));
    out.sort((a, b) => a.start - b.start);
  }
  return out.length > MAX_FOUND ? out.slice(0, MAX_FOUND) : out;
}

/**
 * The number in a tel: link ("tel:+86-571-95188", "tel:400%20123%204567;ext=8"). Offsets are
 * into the number part: the href after "tel:", percent-decoded, without parameters.
 */
export function findInTelHref(href: string): Found[] {
  const m = /^\s*tel:([^;,?]*)/i.exec(href);
  if (!m) return [];
  let value = m[1]!;
  try {
    value = decodeURIComponent(value);
  } catch {
    // Keep the raw text: a broken escape must not hide the number.
  }
  const found = findPhoneNumbers(value);
  if (found.length > 0) return found;
  const digits = value.replace(/^\s*(?:\+|00)86/, '').replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return [];
  const start = value.search(/\d/);
  let end = value.length;
  while (end > start && !/\d/.test(value[end - 1]!)) end--;
  return [{ text: value.slice(start, end), start, end, digits, kind: 'unknown' }];
}
