// Read models shared by storage (which builds them) and components (which show them).
import type { Platform } from '../rules/types';

/** What the shopper noted on a call, as stored in the call's evidence item. */
export interface CallContent {
  dialled: string;
  caseNumber: string;
  agentId: string;
  promisedBy: string;
  note: string;
}

export interface CallSummary {
  id: number;
  capturedAt: number;
  sha256: string;
  /** null when the stored content no longer parses (shown as damaged, not hidden). */
  answers: CallContent | null;
}

/**
 * Longest texts a case keeps: enforced when they are saved (with a message) and by the bundle
 * schema, so whatever was saved can always be exported.
 */
export const CASE_TEXT_LIMITS = { title: 2_000, notes: 20_000, reason: 20_000 } as const;

/** A text longer than its CASE_TEXT_LIMITS entry, refused before anything is written. */
export class TextTooLongError extends Error {
  constructor(
    readonly field: keyof typeof CASE_TEXT_LIMITS,
    readonly length: number,
  ) {
    super(`${field} is ${length} characters; at most ${CASE_TEXT_LIMITS[field]}`);
    this.name = 'TextTooLongError';
  }
}

/** Throws TextTooLongError for the first text over its limit. */
export function checkCaseTexts(texts: Partial<Record<keyof typeof CASE_TEXT_LIMITS, string>>): void {
  for (const [field, value] of Object.entries(texts) as Array<
    [keyof typeof CASE_TEXT_LIMITS, string | undefined]
  >)
    if (value !== undefined && value.length > CASE_TEXT_LIMITS[field])
      throw new TextTooLongError(field, value.length);
}

/** A dispute about one order (created on first capture or by hand). Stored as is in Dexie. */
export interface CaseRecord {
  id?: number;
  platform: Platform;
  orderId: string;
  title: string;
  status: 'open' | 'resolved' | 'abandoned';
  /** The problem picked in the guide (rules/routing problem id), if any. */
  problem?: string;
  notes?: string;
  /** The case log's length and last hash, written with each entry (tail-cut detection). */
  logCount?: number;
  logHead?: string;
  createdAt: number;
  updatedAt: number;
}

/** One item of a case's timeline (content is read only when the shopper opens it). */
export interface EvidenceSummary {
  id: number;
  uid: string;
  kind: string;
  title: string;
  url: string;
  capturedAt: number;
  capturedAtShanghai: string;
  mimeType: string;
  size: number;
  sha256: string;
  partial: boolean;
  part?: { group: string; index: number; count: number };
  fileName?: string;
  /** A data: URL (image/webp or jpeg), small enough to list hundreds without blob handles. */
  thumbnail?: string;
}

export interface CaseSummary extends CaseRecord {
  id: number;
  calls: CallSummary[];
  /** Every item, oldest first. */
  items: EvidenceSummary[];
}
