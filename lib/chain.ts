// The case log: an append-only hash chain (Haber & Stornetta). Each entry folds in the previous
// entry's hash, so changing, inserting or removing any entry breaks every later link. Pure code:
// the same functions run in the extension, in `npm run verify` (node) and inside the bundle's
// offline index.html. Entry hashes use a synchronous SHA-256 so an entry can be appended inside
// one IndexedDB transaction (an await on WebCrypto there would let the transaction commit).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const CHAIN_GENESIS = '0'.repeat(64);

export type LogAction = 'case-created' | 'case-updated' | 'evidence-added' | 'evidence-deleted';

/** What a log entry says about an evidence item; `uid` is stable across export and import. */
export interface LogEvidence {
  uid: string;
  kind: string;
  sha256: string;
  size: number;
  title: string;
  capturedAt: number;
}

/** The case fields a log entry records (ids are local to one browser, so never logged). */
export interface LogCase {
  platform: string;
  orderId: string;
  title: string;
  status: string;
  problem?: string;
  notes?: string;
}

export interface LogBody {
  /** 0 for the first entry of a case, then +1 each entry. */
  seq: number;
  /** Milliseconds since the epoch (UTC). */
  at: number;
  action: LogAction;
  case?: LogCase;
  evidence?: LogEvidence;
  /** Why an item was deleted (the shopper's words), or what changed. */
  reason?: string;
  prevHash: string;
}

export interface LogEntry extends LogBody {
  hash: string;
}

/** JSON with object keys sorted at every level and undefined members left out (RFC 8785 for our data). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of an entry: SHA-256 of the canonical JSON of everything but `hash` itself. */
export function entryHash(body: LogBody): string {
  const { hash: _ignored, ...rest } = body as LogEntry;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))));
}

/** Links a new entry to the chain's last one. */
export function nextEntry(previous: LogEntry | undefined, body: Omit<LogBody, 'seq' | 'prevHash'>): LogEntry {
  const linked: LogBody = {
    ...body,
    seq: previous ? previous.seq + 1 : 0,
    prevHash: previous ? previous.hash : CHAIN_GENESIS,
  };
  return { ...linked, hash: entryHash(linked) };
}

export interface ChainProblem {
  seq: number;
  problem: 'bad-hash' | 'bad-link' | 'bad-sequence' | 'bad-entry';
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  head: string;
  problems: ChainProblem[];
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Recomputes every link. `entries` must be in the order they were written. */
export function verifyChain(entries: readonly LogEntry[]): ChainCheck {
  const problems: ChainProblem[] = [];
  let previous: LogEntry | undefined;
  entries.forEach((entry, index) => {
    if (typeof entry !== 'object' || entry === null || !HEX64.test(String(entry.hash))) {
      problems.push({ seq: index, problem: 'bad-entry' });
    } else {
      if (entry.seq !== index) problems.push({ seq: index, problem: 'bad-sequence' });
      if (entry.prevHash !== (previous ? previous.hash : CHAIN_GENESIS)) {
        problems.push({ seq: index, problem: 'bad-link' });
      }
      if (entryHash(entry) !== entry.hash) problems.push({ seq: index, problem: 'bad-hash' });
    }
    previous = entry;
  });
  return {
    ok: problems.length === 0,
    entries: entries.length,
    head: previous?.hash ?? CHAIN_GENESIS,
    problems,
  };
}

/** The evidence a chain says should exist now: added and not deleted since, by uid. */
export function liveEvidence(entries: readonly LogEntry[]): Map<string, LogEvidence> {
  const live = new Map<string, LogEvidence>();
  for (const entry of entries) {
    if (!entry.evidence) continue;
    if (entry.action === 'evidence-added') live.set(entry.evidence.uid, entry.evidence);
    if (entry.action === 'evidence-deleted') live.delete(entry.evidence.uid);
  }
  return live;
}

export interface ItemCheck {
  uid: string;
  title: string;
  problem?: 'missing' | 'hash-mismatch' | 'not-in-log';
}

/**
 * Compares the items present (with the SHA-256 recomputed from their bytes) with what the chain
 * says: every live item present with the logged hash, nothing present that the log does not know.
 */
export function checkItems(
  entries: readonly LogEntry[],
  present: ReadonlyArray<{ uid: string; title: string; actualSha256: string }>,
): ItemCheck[] {
  const live = liveEvidence(entries);
  const seen = new Set<string>();
  const checks: ItemCheck[] = present.map((item) => {
    seen.add(item.uid);
    const logged = live.get(item.uid);
    if (!logged) return { uid: item.uid, title: item.title, problem: 'not-in-log' };
    if (logged.sha256 !== item.actualSha256)
      return { uid: item.uid, title: item.title, problem: 'hash-mismatch' };
    return { uid: item.uid, title: item.title };
  });
  for (const [uid, logged] of live) {
    if (!seen.has(uid)) checks.push({ uid, title: logged.title, problem: 'missing' });
  }
  return checks;
}
