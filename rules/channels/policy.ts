// The registry's two rules about numbers, without its data: modules that carry only number facts
// (content scripts) use them too.
import type { Confidence } from './types';

/**
 * Comparable form of a phone number: digits only, no +86/0086, no trunk 0. Pages print the same
 * landline as "0571-88158198" and "+86 571 8815 8198"; both must find the same record.
 */
export function phoneKey(raw: string): string {
  const digits = raw
    .trim()
    .replace(/^(\+|00)\s*86/, '')
    .replace(/\D/g, '');
  return digits.startsWith('0') ? digits.slice(1) : digits;
}

/** Display policy: only high-confidence channels may be labelled 官方 (official). */
export function mayShowAsOfficial(channel: { confidence: Confidence }): boolean {
  return channel.confidence === 'high';
}
