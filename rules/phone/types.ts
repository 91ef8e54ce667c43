// Types of the phone rules. Pure types: content scripts import rules/phone, so nothing heavy here.
import type { Text } from '../channels/types';

export type { Text } from '../channels/types';

/**
 * What shape a number has. 'public-service' covers government and carrier short numbers
 * (12315, 12321, 12381, 96110, 110, 10086 …), also when printed behind an area code.
 */
export type PhoneKind =
  | 'service-400-800'
  | 'short-95-96'
  | 'public-service'
  | 'mobile'
  | 'landline'
  /** An odd length or shape after a phone label (it may be incomplete). */
  | 'unknown'
  /** The tail of a number whose head was cut off ("-843-2288"): never looked up, never official. */
  | 'incomplete'
  /** A number from abroad ("+853…", "00852…"): police reports print scam callers' numbers so. */
  | 'foreign';

export interface Found {
  /** The number as printed (from its first to its last digit, plus a leading + of +86). */
  text: string;
  /** Offsets into the input string: input.slice(start, end) === text. */
  start: number;
  end: number;
  /** Digits only, no +86/0086; landlines keep the leading 0 of their area code. */
  digits: string;
  kind: PhoneKind;
}

export type VerdictClass = 'official' | 'unconfirmed' | 'unlisted' | 'suspicious';

/** Warnings first: how lists order verdicts, and which wins when one number is judged twice. */
export const VERDICT_RANK: Record<VerdictClass, number> = {
  suspicious: 0,
  unlisted: 1,
  unconfirmed: 2,
  official: 3,
};

/** Who the page text presents a number as belonging to; '客服' = a generic service-line claim. */
export type ClaimId =
  | 'taobao'
  | 'tmall'
  | 'weidian'
  | 'alipay'
  | 'jd'
  | 'pinduoduo'
  | 'cainiao'
  | 'wechat-pay'
  | 'alibaba-cloud'
  | '客服';

export interface Verdict {
  verdict: VerdictClass;
  /** The registry owner's entity when the number is listed. */
  entity?: Text;
  claimedBy?: ClaimId;
  /** The company the page names when no claim rule has it ("唯品会客服电话…"). */
  claimedName?: string;
  /** Why, in plain words. Never calls a number a scam (CHANNELS.md display policy). */
  reasons: Text[];
  /** Where the real channel is, for anything that is not plainly official. */
  officialRoute?: Text;
}

export type JudgedNumber = Found & Verdict;
