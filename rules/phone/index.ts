// Public API of the phone rules: find numbers, judge them, spot scam red flags. Pure code over
// the channel registry; safe for content scripts (no zod, no storage).
export { findInTelHref, findPhoneNumbers, MAX_FOUND, MAX_SCAN_CHARS } from './extract';
export { judgeForMarks, judgeNumber, scanText, type JudgedForMark } from './judge';
export { claimLabel, CLAIM_RULES } from './claims';
export { findRedFlags, type RedFlagHit, type RedFlagResult, type RedFlagCategory } from './red-flags';
export type { ClaimId, Found, JudgedNumber, PhoneKind, Verdict, VerdictClass } from './types';
export { scanDocument, type PageNumbers } from './page';
