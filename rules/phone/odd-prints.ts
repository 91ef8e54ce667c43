// Runs the number grammar (parse.ts) finds nothing in, read once more the way damaged or
// scam-report text prints numbers (issue 17):
// - two short numbers run together after lost punctuation ("公安机关11096110号码" is 110 + 96110);
// - the tail of a number whose head was cut off in a snippet ("客服电话-843-2288");
// - caller numbers as police reports print them, odd lengths and area code + mobile together
//   ("诈骗来电号码：075513800138000"), after a label that says it is a number;
// - numbers from abroad, with + or 00 and a country code other than 86 ("+85320923402").
import { isExcluded } from './context';
import { isCallOnly, isKnown, isPublicShort, kindOf } from './patterns';
import type { Run } from './runs';
import type { Found } from './types';

/** A label that makes an odd digit string worth reporting ("客服电话：4001-23456", "来电号码为"). */
const PHONE_LABEL =
  /(?:电话|热线|客服|拨打|致电|手机|联系方式|座机|专线|来电|号码|tel|phone)\s*(?:号码|号)?\s*(?:为|是)?\s*[:：]?\s*$/i;
/** Words about calling or numbers near a run-together pair: "拨打公安机关11096110号码". */
const CALL_NEAR_BEFORE = /拨打|致电|电话|热线|报警|联系|号码|打/;
const CALL_NEAR_AFTER = /^\s*(?:号码|电话|热线|报警|求助)/;
/** Around a foreign number printed with 00 instead of +: "接到“00852521896”来电". */
const CALLER_BEFORE = /接到|来电|电话|号码|拨打|致电|打来/;
const CALLER_AFTER = /^[\s"”」’']*(?:来电|打来|的来电|的电话|电话|号码)/;
const DATE_LIKE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$/;

/** "2026-01-22 1中国…": a run that opens with a year, a month and a day is a date, whatever follows. */
function opensWithDate(run: Run): boolean {
  const [year, month, day] = run.groups;
  if (year?.digits.length !== 4 || !month || !day || month.digits.length > 2 || day.digits.length > 2)
    return false;
  return DATE_LIKE.test(year.digits + month.digits.padStart(2, '0') + day.digits.padStart(2, '0'));
}

/** The run's first and last groups and all its digits. */
function spanOf(run: Run) {
  const first = run.groups[0]!;
  const last = run.groups[run.groups.length - 1]!;
  return { first, last, digits: run.groups.map((g) => g.digits).join('') };
}

/** Short numbers a run-together string may be cut into: registry, public shorts and 110. */
const isShortPart = (d: string): boolean =>
  isCallOnly(d) || isPublicShort(d) || (isKnown(d) && d.length <= 7);

/** Cuts `d` into short numbers, longest first at each step, or null. At most 3 pieces. */
function splitShort(d: string, from = 0, depth = 0): number[] | null {
  if (from === d.length) return [];
  if (depth === 3) return null;
  for (let n = Math.min(7, d.length - from); n >= 3; n--) {
    if (!isShortPart(d.slice(from, from + n))) continue;
    const rest = splitShort(d, from + n, depth + 1);
    if (rest) return [n, ...rest];
  }
  return null;
}

function runTogether(s: string, run: Run): Found[] {
  if (run.groups.length !== 1) return [];
  const { digits, start, end } = run.groups[0]!;
  if (digits.length < 6 || digits.length > 14) return [];
  const pieces = splitShort(digits);
  if (!pieces || pieces.length < 2) return [];
  const near =
    CALL_NEAR_BEFORE.test(s.slice(Math.max(0, start - 8), start)) ||
    CALL_NEAR_AFTER.test(s.slice(end, end + 4));
  if (!near || isExcluded(s, start, end, digits)) return [];
  const out: Found[] = [];
  let at = start;
  for (const n of pieces) {
    const part = digits.slice(at - start, at - start + n);
    out.push({ text: part, start: at, end: at + n, digits: part, kind: kindOf(part) });
    at += n;
  }
  return out;
}

/** "-843-2288": grouped digits right after a dash with no digit before it, too short to be whole. */
function cutHead(s: string, run: Run): Found | null {
  const head = run.groups[0]!.start;
  if (s[head - 1] !== '-' || /\d/.test(s[head - 2] ?? '')) return null;
  const { first, last, digits } = spanOf(run);
  if (digits.length < 6 || digits.length > 8) return null;
  const grouped = run.groups.length >= 2 && run.groups.every((g) => g.digits.length >= 3);
  const labelled = PHONE_LABEL.test(s.slice(Math.max(0, first.start - 11), first.start - 1));
  if (!grouped && !labelled) return null;
  if (isExcluded(s, first.start, last.end, digits)) return null;
  // The dash belongs to the printed number: it shows where the head was cut.
  return {
    text: s.slice(first.start - 1, last.end),
    start: first.start - 1,
    end: last.end,
    digits,
    kind: 'incomplete',
  };
}

/** A phone word right after a printed, grouped number: "提供了一个“089-888-089-991”的电话". */
const PHONE_AFTER = /^[\s"”」’']*的?(?:电话|热线|号码|手机号)/;

/**
 * 7-15 digits after a phone label, or grouped digits before a phone word: an odd length or a
 * run-together caller number, reported.
 */
function afterLabel(s: string, run: Run): Found | null {
  // Counted before joined: most runs without a candidate are order ids, years and prices.
  let count = 0;
  for (let g = 0; g < run.groups.length; g++) count += run.groups[g]!.digits.length;
  // 16-19 digits are bank cards, 18 an identity card: never reported as a phone.
  if (count < 7 || count > 15) return null;
  const { first, last, digits } = spanOf(run);
  if (DATE_LIKE.test(digits) || opensWithDate(run)) return null;
  const labelled =
    PHONE_LABEL.test(s.slice(Math.max(0, first.start - 10), first.start)) ||
    (run.groups.length >= 3 && PHONE_AFTER.test(s.slice(last.end, last.end + 6)));
  if (!labelled) return null;
  if (isExcluded(s, first.start, last.end, digits)) return null;
  return { text: s.slice(first.start, last.end), start: first.start, end: last.end, digits, kind: 'unknown' };
}

/**
 * A foreign number: "+85320923402" (country code not 86), or "00852521896" / "0026253612" near
 * words about a call. 9-15 digits after +, 8-15 after 00 (ITU numbers are at most 15); digits
 * as printed, since the page prints them so.
 */
function foreign(s: string, run: Run): Found | null {
  // Checked before the run's digits are joined: nearly every run here is an id, a date or a price.
  const head = run.groups[0]!;
  const plus = s[head.start - 1] === '+' && !/[A-Za-z0-9]/.test(s[head.start - 2] ?? '');
  if (!plus && !head.digits.startsWith('00')) return null;
  const { first, last, digits } = spanOf(run);
  const national = plus ? digits : digits.startsWith('00') ? digits.slice(2) : '';
  if (national.length < (plus ? 9 : 8) || national.length > 15 || national.startsWith('86')) return null;
  if (!plus) {
    const near =
      CALLER_BEFORE.test(s.slice(Math.max(0, first.start - 8), first.start)) ||
      CALLER_AFTER.test(s.slice(last.end, last.end + 6));
    if (!near) return null;
  }
  if (isExcluded(s, first.start, last.end, digits)) return null;
  const start = plus ? first.start - 1 : first.start;
  return { text: s.slice(start, last.end), start, end: last.end, digits, kind: 'foreign' };
}

/** Scam words a disguised line stands after ("伪装成00095588、40095588…类似工行95588的号码"). */
const DISGUISE_BEFORE = /伪装成|伪装为|假冒|冒充|仿冒/;
const JUNK_PREFIX = /^(?:0{1,3}|400|86)(?=9[56]\d{3,5}$)/;

/**
 * A registry short line behind a junk prefix, where a page says scammers disguise numbers so
 * ("伪装成00095588、40095588"): reported as printed, for the judge to read the scam words.
 */
function disguisedLine(s: string, run: Run): Found | null {
  if (run.groups.length !== 1) return null;
  const { digits, start, end } = run.groups[0]!;
  const prefix = JUNK_PREFIX.exec(digits);
  if (!prefix || !isKnown(digits.slice(prefix[0].length))) return null;
  if (!DISGUISE_BEFORE.test(s.slice(Math.max(0, start - 30), start))) return null;
  if (isExcluded(s, start, end, digits)) return null;
  // "+8695588": the country code before the bank's own line, the digits a reader sees are its.
  if (prefix[0] === '86' && s[start - 1] === '+') {
    const line = digits.slice(2);
    return { text: s.slice(start - 1, end), start: start - 1, end, digits: line, kind: kindOf(line) };
  }
  return { text: s.slice(start, end), start, end, digits, kind: 'unknown' };
}

/**
 * A Taiwan landline: a two-digit area code printed as its own group, in brackets or before a dash
 * ("(03)2550119", "03-286-5168", "(02)2745-8080"), then 7-8 digits. Mainland codes are 3-4 digits,
 * so no mainland number is printed so. Outside the mainland registry: reported as a foreign line.
 */
function taiwanLandline(s: string, run: Run): Found | null {
  const [code, ...rest] = run.groups;
  if (!code || code.digits.length !== 2 || !/^0[2-9]$/.test(code.digits) || rest.length === 0) return null;
  const bracketed = s[code.start - 1] === '(' && s[code.end] === ')';
  if (!bracketed && s[code.end] !== '-') return null;
  const local = rest.map((g) => g.digits).join('');
  if (local.length < 7 || local.length > 8 || local[0] === '0' || rest.some((g) => g.digits.length < 3))
    return null;
  const last = rest[rest.length - 1]!;
  if (isExcluded(s, code.start, last.end, code.digits + local)) return null;
  const start = bracketed ? code.start - 1 : code.start;
  return {
    text: s.slice(start, last.end),
    start,
    end: last.end,
    digits: code.digits + local,
    kind: 'foreign',
  };
}

/** A word for a phone line before a local number: "来电号码为", "拨打", "报警电话“+". */
const LOCAL_BEFORE = /(?:号码|电话|热线|拨打|致电|来电)(?:为|是)?[:：]?[“"「+\s]*$/;
/** …or after it: "87286708这一号码", "该号码", ",本是西城公安分局对外公布的报警电话". */
const LOCAL_AFTER =
  /^[”"」\s]*(?:(?:这一|这个|该|的)?(?:号码|电话)|[,，]?(?:本|原|就|也)?是[^。，,！？!?\n]{0,16}(?:电话|号码|热线))/;
/** A city or a public body named near it: whose local line the page means. */
const LOCAL_OWNER = /公安|警方|警察|派出所|政府|法院|银行|医院|[省市区县]|局|厅|中心/;

/**
 * An 8-digit local landline printed without its area code, where the page calls it a 电话 or 号码
 * and names a city or a public body near it ("来电号码:87286708 … 省公安厅没有87286708这个号码").
 * Guarded against what else 8 digits are: a date (20260101), an id or an amount (isExcluded), a
 * 0/1/9 start (trunk, mobile and short-line prefixes).
 */
function localLandline(s: string, run: Run): Found | null {
  if (run.groups.length !== 1) return null;
  const { digits, start, end } = run.groups[0]!;
  if (!/^[2-8]\d{7}$/.test(digits) || DATE_LIKE.test(digits)) return null;
  const before = s.slice(Math.max(0, start - 10), start);
  const after = s.slice(end, end + 24);
  if (!LOCAL_BEFORE.test(before) && !LOCAL_AFTER.test(after)) return null;
  if (!LOCAL_OWNER.test(s.slice(Math.max(0, start - 80), end + 80))) return null;
  if (isExcluded(s, start, end, digits)) return null;
  return { text: digits, start, end, digits, kind: 'landline' };
}

/** What a run with no regular number still holds, in text order. Offsets index `s`. */
export function oddPrints(s: string, run: Run): Found[] {
  const pair = runTogether(s, run);
  if (pair.length > 0) return pair;
  const cut =
    foreign(s, run) ??
    taiwanLandline(s, run) ??
    cutHead(s, run) ??
    disguisedLine(s, run) ??
    afterLabel(s, run) ??
    localLandline(s, run);
  return cut ? [cut] : [];
}
