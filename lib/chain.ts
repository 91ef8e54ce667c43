// The case log: an append-only hash chain (Haber & Stornetta). Each entry folds in the previous
// entry's hash, so changing, inserting or removing any entry breaks every later link. Pure code:
// the same functions run in the extension, in `npm run verify` (node) and inside the bundle's
// offline index.html. Entry hashes use a synchronous SHA-256 so an entry can be appended inside
// one IndexedDB transaction (an await on WebCrypto there would let the transaction commit).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const CHAIN_GENESIS = '0'.repeat(64);

export type LogAction =
  'case-created' | 'case-updated' | 'evidence-added' | 'evidence-deleted' | 'order-recorded';

/** What a log entry says about an evidence item; `uid` is stable across export and import. */
export interface LogEvidence {
  uid: string;
  kind: string;
  sha256: string;
  size: number;
  title: string;
  capturedAt: number;
  url: string;
  mimeType: string;
  /** SHA-256 of the canonical JSON of the item's metadata (viewport, times, method…). */
  metaSha256: string;
}

/** Hex SHA-256 of a value's canonical JSON: how a log entry pins down the item's metadata. */
export function canonicalSha256(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}

/**
 * The fields of an order snapshot the chain binds (issue 18.1): what a clerk reads as the facts of
 * the order. Left out: the auto-confirm time (counted from a countdown at each reading, so it moves
 * on every visit) and the fields-not-read list; the page URL and seen times live beside the order.
 */
export const BOUND_ORDER_FIELDS = [
  'orderId',
  'sellerNick',
  'shopName',
  'shopType',
  'items',
  'amount',
  'createdAt',
  'status',
  'snapshotUrl',
] as const;

/**
 * Hex SHA-256 of the bound fields of an order snapshot: what an order-recorded entry logs. From
 * format 2 on (issue 27), the scheme and host of the page the facts were read from are hashed
 * with them (`source`, "https://h5.weidian.com"), so a clerk knows whether they came over plain http.
 */
export function orderSha256(
  order: Partial<Record<(typeof BOUND_ORDER_FIELDS)[number], unknown>>,
  source?: string,
): string {
  const bound: Record<string, unknown> = Object.fromEntries(
    BOUND_ORDER_FIELDS.map((field) => [field, order[field]]),
  );
  if (source !== undefined) bound.source = source;
  return canonicalSha256(bound);
}

/** The scheme and host of a page address ("https://h5.weidian.com"), or "" when it is not one. */
export function orderSource(url: string): string {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}`;
  } catch {
    return '';
  }
}

/** What an order-recorded entry logs: format 1 (no `v`) hashed the facts alone, 2 with their source. */
export interface LogOrder {
  sha256: string;
  v?: 2;
}

/** The entry for an order snapshot read from `url`, in the current format. */
export const logOrder = (order: Parameters<typeof orderSha256>[0], url: string): LogOrder => ({
  sha256: orderSha256(order, orderSource(url)),
  v: 2,
});

/** Whether the snapshot (read from `url`) is the one `logged` hashed, in the entry's own format. */
export function orderMatches(
  logged: LogOrder,
  order: Parameters<typeof orderSha256>[0],
  url: string,
): boolean {
  return logged.sha256 === (logged.v === 2 ? orderSha256(order, orderSource(url)) : orderSha256(order));
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
  /** The order snapshot shown with the case, by the SHA-256 of its bound fields (orderSha256). */
  order?: LogOrder;
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
  return canonicalSha256(rest);
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
  /**
   * bad-action: a link that is well formed but makes no sense — a chain not opened by
   * case-created, an item added twice, or a deletion of an item never added.
   * missing-entries: the chain ends before the head recorded elsewhere (its tail was cut).
   */
  problem: 'bad-hash' | 'bad-link' | 'bad-sequence' | 'bad-entry' | 'bad-action' | 'missing-entries';
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  head: string;
  problems: ChainProblem[];
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Recomputes every link. `entries` must be in the order they were written. A chain cannot show
 * that its own last entries were cut off: pass the head recorded elsewhere (the case record, a
 * complaint filed with the platform) as `expected` to check that too.
 */
export function verifyChain(
  entries: readonly LogEntry[],
  expected?: { count: number; head: string },
): ChainCheck {
  const problems: ChainProblem[] = [];
  let previous: LogEntry | undefined;
  const live = new Set<string>();
  entries.forEach((entry, index) => {
    const action = actionProblem(entry, index, live);
    if (action) problems.push({ seq: index, problem: action });
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
  const head = previous?.hash ?? CHAIN_GENESIS;
  if (expected && (expected.count !== entries.length || expected.head !== head)) {
    problems.push({ seq: entries.length, problem: 'missing-entries' });
  }
  return { ok: problems.length === 0, entries: entries.length, head, problems };
}

function actionProblem(entry: LogEntry, index: number, live: Set<string>): 'bad-action' | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  if ((index === 0) !== (entry.action === 'case-created')) return 'bad-action';
  const uid = entry.evidence?.uid;
  if (entry.action === 'evidence-added') {
    if (uid === undefined || live.has(uid)) return 'bad-action';
    live.add(uid);
  }
  if (entry.action === 'evidence-deleted') {
    if (uid === undefined || !live.delete(uid)) return 'bad-action';
  }
  if ((entry.action === 'order-recorded') !== (entry.order !== undefined)) return 'bad-action';
  return undefined;
}

/** The order snapshot the chain holds last, or undefined when it never recorded one. */
export function loggedOrder(entries: readonly LogEntry[]): LogOrder | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const order = entries[i]!.order;
    if (order) return order;
  }
  return undefined;
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
  /** record-changed: the item's bytes match, but its recorded facts (URL, title, type, metadata) do not. */
  problem?: 'missing' | 'hash-mismatch' | 'not-in-log' | 'record-changed';
}

/**
 * Compares the items present (with the SHA-256 recomputed from their bytes) with what the chain
 * says: every live item present with the logged hash, nothing present that the log does not know.
 */
export function checkItems(
  entries: readonly LogEntry[],
  present: ReadonlyArray<{ uid: string; title: string; actualSha256: string; facts?: LogEvidence }>,
): ItemCheck[] {
  const live = liveEvidence(entries);
  const seen = new Set<string>();
  const checks: ItemCheck[] = present.map((item) => {
    seen.add(item.uid);
    const logged = live.get(item.uid);
    if (!logged) return { uid: item.uid, title: item.title, problem: 'not-in-log' };
    if (logged.sha256 !== item.actualSha256)
      return { uid: item.uid, title: item.title, problem: 'hash-mismatch' };
    if (item.facts && canonicalJson(item.facts) !== canonicalJson(logged)) {
      return { uid: item.uid, title: item.title, problem: 'record-changed' };
    }
    return { uid: item.uid, title: item.title };
  });
  for (const [uid, logged] of live) {
    if (!seen.has(uid)) checks.push({ uid, title: logged.title, problem: 'missing' });
  }
  return checks;
}
