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
