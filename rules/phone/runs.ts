// Cuts text into "runs": digit groups joined by the separators people print inside phone numbers
// (space, -, ., brackets). One linear pass, no regex backtracking, bounded per run.
import { areaCodeLength } from './patterns';
import { foldTraditional } from './traditional';

/** Full-width digits/punctuation, odd dashes and spaces → ASCII, one UTF-16 unit for one. */
const ODD_CHARS =
  /[\uFF10-\uFF19\uFF0D\uFF0E\uFF08\uFF09\uFF0B\u2010-\u2015\u2212\uFE63\u3000\u00A0\u2002-\u200D\u2060\uFEFF\t]/g;

/** "4OO-…" / "8oo-…": letter O for zero, a common way past number filters. */
const LETTER_O_PREFIX = /(?<![A-Za-z0-9])([48])[Oo]{2}(?=[\s\-.转]{0,3}\d)/g;

export function normalise(text: string): string {
  return foldTraditional(text)
    .replace(ODD_CHARS, (ch) => {
      const code = ch.charCodeAt(0);
      if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
      if (ch === '\uFF0E') return '.';
      if (ch === '\uFF08') return '(';
      if (ch === '\uFF09') return ')';
      if (ch === '\uFF0B') return '+';
      if (code >= 0x2010 && code <= 0x2015) return '-';
      if (ch === '\u2212' || ch === '\uFE63' || ch === '\uFF0D') return '-';
      return ' '; // spaces, zero-width characters (used to dodge filters), tabs
    })
    .replace(LETTER_O_PREFIX, (_m, lead: string) => `${lead}00`);
}

export interface Group {
  digits: string;
  /** Offsets in the text. Digits of a group are contiguous. */
  start: number;
  end: number;
  /** How this group joins the previous one: printed separators, or a word bridging them. */
  gap: 'none' | 'sep' | 'bridge';
}

export interface Run {
  groups: Group[];
  /** Offset of a + printed just before the first digit (+86), or -1. */
  plusAt: number;
}

const SEPARATORS = new Set([' ', '-', '.', '(', ')']);
const MAX_SEP = 3; // "400 - 123"
const MAX_BRIDGE = 4; // "400转123", "400 加 123"
const MAX_GROUPS = 32; // bounds the work per run on hostile input
/**
 * A bridge never crosses a line, a sentence end, ASCII letters/digits, or a word that joins two
 * numbers of a list ("1860和1861", "1860/1861" are two retired lines, not 18601861).
 */
const NO_BRIDGE = /[\n\r。！？；;!?:：A-Za-z0-9和与及或、/]/;

export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * Words may stand between the groups of an obfuscated 400 or mobile number ("400转123转4567"),
 * but only while the digits so far are an incomplete 400/800/mobile prefix, or an area code.
 */
function mayBridge(digitsSoFar: string): boolean {
  // Only 400/800, mobiles and their +86 forms: most runs (years, counts) end here.
  const lead = digitsSoFar[0];
  if (lead !== '4' && lead !== '8' && lead !== '1' && lead !== '0') return false;
  const d = digitsSoFar.replace(/^(?:0086|86)(?=[14])/, '');
  return (
    (/^[48]00/.test(d) && d.length < 10) ||
    (/^1[3-9]/.test(d) && d.length < 11) ||
    // "021到53395288": an area code on its own, before the local part.
    (d[0] === '0' && d.length >= 3 && areaCodeLength(d) === d.length)
  );
}

/** Native searches for the two hot steps: the next digit group, and 1-3 separators before a digit. */
const DIGIT_GROUP = /\d+/g;
const DIGITS_HERE = /\d+/y;
const SEPARATORS_THEN_DIGIT = new RegExp(`[ \\-.()]{1,${MAX_SEP}}(?=\\d)`, 'y');

/** The digits starting at `pos`, where a digit is known to stand. */
function digitsAt(s: string, pos: number): string {
  DIGITS_HERE.lastIndex = pos;
  return DIGITS_HERE.exec(s)![0];
}

export function findRuns(s: string): Run[] {
  const runs: Run[] = [];
  const limit = s.length;
  let i = 0;
  while (i < limit) {
    DIGIT_GROUP.lastIndex = i;
    const m = DIGIT_GROUP.exec(s);
    if (!m) break;
    const plusAt =
      s[m.index - 1] === '+'
        ? m.index - 1
        : s[m.index - 1] === ' ' && s[m.index - 2] === '+'
          ? m.index - 2
          : -1;
    const run: Run = { groups: [], plusAt };
    let pos = m.index;
    let digits = m[0];
    let gap: Group['gap'] = 'none';
    let soFar = '';
    for (;;) {
      const end = pos + digits.length;
      run.groups.push({ digits, start: pos, end, gap });
      soFar = soFar.length < 16 ? soFar + digits : soFar;
      if (run.groups.length >= MAX_GROUPS) {
        i = end;
        break;
      }
      SEPARATORS_THEN_DIGIT.lastIndex = end;
      const sep = SEPARATORS_THEN_DIGIT.exec(s);
      if (sep) {
        gap = 'sep';
        pos = end + sep[0].length;
        digits = digitsAt(s, pos);
        continue;
      }
      if (mayBridge(soFar)) {
        let k = end;
        let words = 0;
        while (k < limit && k - end < MAX_BRIDGE && !isDigit(s[k]) && !NO_BRIDGE.test(s[k]!)) {
          if (!SEPARATORS.has(s[k]!)) words++;
          k++;
        }
        if (k > end && words <= 2 && isDigit(s[k])) {
          gap = 'bridge';
          pos = k;
          digits = digitsAt(s, pos);
          continue;
        }
      }
      i = end;
      break;
    }
    runs.push(run);
  }
  return runs;
}
