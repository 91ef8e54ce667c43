// Turns one run of digit groups into phone numbers. A number covers whole groups (or a piece of
// one long run-together group), its grouping must look like how that kind is printed, and
// digits that fit nothing are skipped group by group (dates, prices, list numbers).
import {
  areaCodeLength,
  isKnown,
  isLandline,
  isLocalPart,
  KNOWN_DIGITS,
  isMobile,
  isPublicShort,
  isService,
  isShort9x,
  isStrongNumber,
  kindOf,
  isAreaCode110,
  isCallOnly,
} from './patterns';
import type { Group, Run } from './runs';
import type { PhoneKind } from './types';

export interface Candidate {
  start: number;
  end: number;
  digits: string;
  kind: PhoneKind;
  /** Groups the number is made of: context checks look at their separators. */
  groupCount: number;
}

/** Longer single groups are order ids, trade numbers or run-together numbers (decompose). */
const LONG_GROUP = 12;
const MAX_DECOMPOSE = 48;

/** A 16-19 digit bank card or id printed in fours is never a phone number. */
function looksLikeCard(groups: Group[]): boolean {
  if (groups.length < 4) return false;
  const lens = groups.map((g) => g.digits.length);
  const total = lens.reduce((a, b) => a + b, 0);
  return total >= 16 && lens.slice(0, -1).every((l) => l === 4) && groups.every((g) => g.gap !== 'bridge');
}

/** How each kind is printed: "138 0013 8000", "400-1234-567", "4008 608 608", spaced digits. */
function groupingOk(kind: 'service' | 'mobile' | 'short', lens: number[]): boolean {
  if (lens.length === 1 || lens.every((l) => l <= 2)) return true;
  if (kind === 'short') return false;
  const key = lens.join(',');
  if (kind === 'mobile') return ['3,4,4', '3,8', '4,4,3', '7,4'].includes(key);
  return lens.length <= 4 && lens.every((l) => l >= 2) && lens[0]! >= 3;
}

/**
 * Split one long digit group into whole numbers, or null ("95102114001234567" → two). `failed`
 * remembers offsets from which no split exists, so an order id is rejected in linear work.
 */
function decompose(d: string, from: number, failed?: Set<number>): number[] | null {
  if (from === d.length) return [];
  if (failed?.has(from) || !NUMBER_STARTS.has(d.slice(from, from + 2))) return null;
  failed ??= new Set<number>();
  const lengths = new Set<number>();
  for (const k of knownPrefixes(d, from)) lengths.add(k);
  for (const n of [10, 11, 12]) if (isStrongNumber(d.slice(from, from + n))) lengths.add(n);
  for (const n of [...lengths].sort((a, b) => b - a)) {
    if (from + n > d.length) continue;
    const rest = decompose(d, from + n, failed);
    if (rest) return [n, ...rest];
  }
  failed.add(from);
  return null;
}

/**
 * The first two digits of every number decompose can cut: registry numbers, 400/800, mobiles,
 * landlines. Order ids ("4864…", "2025…") fail this at once instead of trying every length.
 */
const NUMBER_STARTS = new Set([
  ...KNOWN_DIGITS.map((d) => d.slice(0, 2)),
  '40',
  '80',
  ...'3456789'.split('').map((d) => `1${d}`),
  ...'0123456789'.split('').map((d) => `0${d}`),
]);

function* knownPrefixes(d: string, from: number): Generator<number> {
  for (let n = 5; n <= 12 && from + n <= d.length; n++) if (isKnown(d.slice(from, from + n))) yield n;
}

/** Short numbers print as one group; a registry number may also be split ("95 188"). */
function shortGroupingOk(d: string, lens: number[]): boolean {
  return groupingOk('short', lens) || (isKnown(d) && lens.length <= 3 && lens.every((l) => l >= 2));
}

/** Digits that can still grow into some number: stops hostile runs ("1 1 1 1 …") early. */
const GROWABLE = /^(?:1[3-9]\d{0,9}|1\d{0,3}|[48](?:0(?:0\d{0,7})?)?|0\d{0,11}|9(?:[56]\d{0,5})?)$/;
const mayGrow = (cat: string): boolean => GROWABLE.test(cat);

interface Match {
  last: number; // index of the last group used
  digits: string;
  kind: PhoneKind;
}

/** The number starting at group i, if any. `noTrunk`: after +86 the area code lacks its 0. */
function matchAt(groups: Group[], i: number, noTrunk: boolean): Match | null {
  let cat = '';
  const lens: number[] = [];
  let bridged = false;
  // The longest reading wins: "0571 95188" is one landline, not 0571 then 95188.
  let longest: Match | null = null;
  for (let j = i; j < groups.length && cat.length < 13; j++) {
    const g = groups[j]!;
    if (!noTrunk && cat.length > 0 && !mayGrow(cat)) break;
    if (j > i && g.gap === 'bridge') bridged = true;
    cat += g.digits;
    lens.push(g.digits.length);
    const d = noTrunk && !/^(1[3-9]|[48]00)/.test(cat) ? '0' + cat : cat;
    const kind = classify(d, lens, bridged, noTrunk);
    if (kind) longest = { last: j, digits: d, kind };
  }
  return longest;
}

function classify(d: string, lens: number[], bridged: boolean, noTrunk: boolean): PhoneKind | null {
  if (d.length < 3 || d.length === 4) return null; // no number is that short (hot path on hostile input)
  if (isService(d)) return groupingOk('service', lens) ? 'service-400-800' : null;
  if (isMobile(d)) return groupingOk('mobile', lens) ? 'mobile' : null;
  // Only 400/800, mobiles and "area code 到 local part" are rebuilt across words.
  if (bridged && !(lens.length <= 3 && lens[0] === areaCodeLength(d) && isLandline(d))) return null;
  if (d.length < 7 || isCallOnly(d)) {
    const short =
      isPublicShort(d) ||
      isShort9x(d) ||
      (isCallOnly(d) && lens.length === 1) ||
      (isKnown(d) && d.length >= 5);
    return short && shortGroupingOk(d, lens) ? kindOf(d) : null;
  }
  if (isShort9x(d)) return shortGroupingOk(d, lens) ? 'short-95-96' : null;
  // A registry line that extends a short number ("10086999", China Mobile's spam reports).
  if (d[0] === '1' && isKnown(d)) return shortGroupingOk(d, lens) ? kindOf(d) : null;
  const area = areaCodeLength(d);
  if (area === 0) return null;
  // "0760-110", "0311110": printed so by pages that warn about it; judged in judge.ts.
  if (isAreaCode110(d))
    return !noTrunk && (lens.length === 1 || (lens.length === 2 && lens[0] === area)) ? 'landline' : null;
  if (!isLocalPart(d.slice(area))) return null;
  // The area code is its own group ("0571-88158198", "+86 10 8888 6666") or glued to the rest.
  const areaPrinted = noTrunk ? area - 1 : area;
  const spaced = lens.every((l) => l <= 2);
  if (lens.length > 1 && lens[0] !== areaPrinted && !spaced) return null;
  if (lens.length > 3 && !lens.every((l) => l <= 2)) return null;
  return kindOf(d);
}

export function parseRun(run: Run): Candidate[] {
  let groups = run.groups;
  if (looksLikeCard(groups)) return [];
  // Country code: +86 / 0086, as its own group or glued to the number.
  const first = groups[0]!;
  // "86-755-84391000": a lone 86 group before an area code and a local part is the country code too.
  const bare86 = first.digits === '86' && groups.length >= 3 && groups[1]!.gap === 'sep';
  const cc = first.digits.startsWith('0086')
    ? 4
    : (run.plusAt >= 0 && first.digits.startsWith('86')) || bare86
      ? 2
      : 0;
  let total = 0;
  for (let g = 0; g < groups.length; g++) total += groups[g]!.digits.length;
  let ccStart = -1;
  let noTrunk = false;
  if (cc > 0 && total - cc >= 7) {
    // Copied: the country code is cut off the first group, and the run stays as it was.
    groups = groups.slice();
    ccStart = run.plusAt >= 0 ? run.plusAt : first.start;
    if (first.digits.length === cc) groups.shift();
    else groups[0] = { ...first, digits: first.digits.slice(cc), start: first.start + cc };
    noTrunk = !(groups[0]?.digits.startsWith('0') ?? true);
  }
  const out: Candidate[] = [];
  let i = 0;
  while (i < groups.length) {
    const g = groups[i]!;
    if (g.digits.length >= LONG_GROUP) {
      const pieces = g.digits.length <= MAX_DECOMPOSE ? decompose(g.digits, 0) : null;
      let off = 0;
      for (const n of pieces ?? []) {
        const digits = g.digits.slice(off, off + n);
        out.push({
          start: g.start + off,
          end: g.start + off + n,
          digits,
          kind: kindOf(digits),
          groupCount: 1,
        });
        off += n;
      }
      i++;
      continue;
    }
    const m = matchAt(groups, i, noTrunk && i === 0);
    if (!m) {
      i++;
      continue;
    }
    const start = i === 0 && ccStart >= 0 ? ccStart : g.start;
    out.push({ start, end: groups[m.last]!.end, digits: m.digits, kind: m.kind, groupCount: m.last - i + 1 });
    i = m.last + 1;
  }
  return out;
}
