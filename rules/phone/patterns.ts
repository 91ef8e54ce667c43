// Digit-level shapes of Chinese phone numbers. Everything here looks at digits only; where the
// digits sit in the text (labels, URLs, prices) is context.ts's job.
import { NUMBER_FACTS } from '../channels/number-facts';
import type { PhoneKind } from './types';

/**
 * Registry numbers, printed forms included. A run-together "95102114001234567" can only be cut
 * where a known number ends, so these drive the split (longest first).
 */
export const KNOWN_DIGITS: readonly string[] = [
  ...new Set(NUMBER_FACTS.numbers.flatMap((n) => n.digits)),
].sort((a, b) => b.length - a.length);

const KNOWN = new Set(KNOWN_DIGITS);

/**
 * Government and carrier short numbers. Only well-known ones: a bare 5-digit 123xx is otherwise
 * too easily a code or a count.
 */
const PUBLIC_SHORT = new Set([
  '12315',
  '12321',
  '12381',
  '12300',
  '12308',
  '12345',
  '12306',
  '12348',
  '12333',
  '12366',
  '12358',
  '12365',
  '12369',
  '12368',
  '12388',
  '12320',
  '12355',
  '12310',
  '96110',
  '10086',
  '10010',
  '10000',
]);

/** 110 is a number only near words about calling; extract.ts checks that. */
export const EMERGENCY = '110';

/**
 * Three-digit lines that are numbers only near words about calling (context.ts): the police's
 * 110, the ambulance's 120 ("“120”急救电话") and the directory's 114 ("通过114查询"); anywhere else
 * three digits are a count.
 */
export const isCallOnly = (d: string): boolean =>
  d === EMERGENCY || d === '120' || d === '114' || isNamedAbroad(d);

/**
 * Public lines outside the mainland that pages name as lines ("拨打165反诈骗专线", "报案热线993",
 * "Anti-Scam Helpline 18222"): Taiwan's anti-fraud line, Macau's police report line, Hong Kong's
 * anti-scam helpline. Numbers only near words about calling, like 110; never in the registry.
 */
const NAMED_ABROAD: ReadonlySet<string> = new Set(['165', '993', '18222']);
export const isNamedAbroad = (d: string): boolean => NAMED_ABROAD.has(d);

/** "0760-110", "0311110": 110 behind an area code, the display scam callers fake (judge.ts). */
export function isAreaCode110(d: string): boolean {
  const area = areaCodeLength(d);
  return area > 0 && d.length === area + 3 && d.endsWith(EMERGENCY);
}

// Each shape test checks the length first: the finder asks these of every prefix it grows, and
// most have the wrong length, which costs a comparison instead of a regex call.
export const isService = (d: string): boolean => d.length === 10 && /^[48]00\d{7}$/.test(d);
export const isMobile = (d: string): boolean => d.length === 11 && /^1[3-9]\d{9}$/.test(d);
export const isKnown = (d: string): boolean => KNOWN.has(d);
export const isPublicShort = (d: string): boolean => PUBLIC_SHORT.has(d);
/** 95xxx-95xxxxx and 96xxx-96xxxxx service numbers (national, no area code). */
export const isShort9x = (d: string): boolean =>
  d.length >= 5 && d.length <= 7 && d[0] === '9' && /^9[56]\d{3,5}$/.test(d);

/**
 * Length of the area code at the start of digits that begin with 0: 010 and 02x are three
 * digits, every other code four. Returns 0 when the digits cannot start a landline.
 */
export function areaCodeLength(d: string): number {
  if (d[0] !== '0') return 0;
  const second = d[1];
  if (second === '1') return d[2] === '0' ? 3 : 0;
  if (second === '2') return 3;
  return second !== undefined && second >= '3' && second <= '9' ? 4 : 0;
}

/** A local part after an area code: 7-8 digits not starting 0/1, or a short number (0571-95188). */
export function isLocalPart(local: string): boolean {
  return ((local.length === 7 || local.length === 8) && /^[2-9]\d{6,7}$/.test(local)) || isShortLocal(local);
}

/** Short numbers that are also printed behind an area code (96110 always is). */
export const isShortLocal = (d: string): boolean => isPublicShort(d) || isShort9x(d);

/** A whole landline: area code + local part. */
export function isLandline(d: string): boolean {
  const area = areaCodeLength(d);
  return area > 0 && isLocalPart(d.slice(area));
}

/** A number complete on its own, strong enough to split a run-together digit string. */
export function isStrongNumber(d: string): boolean {
  return (
    isKnown(d) || isService(d) || isMobile(d) || (isLandline(d) && !isShortLocal(d.slice(areaCodeLength(d))))
  );
}

export function kindOf(d: string): PhoneKind {
  if (isService(d)) return 'service-400-800';
  if (isMobile(d)) return 'mobile';
  if (isPublicShort(d) || isCallOnly(d)) return 'public-service';
  if (isShort9x(d)) return 'short-95-96';
  const area = areaCodeLength(d);
  if (area > 0) return isPublicShort(d.slice(area)) ? 'public-service' : 'landline';
  return 'unknown';
}
