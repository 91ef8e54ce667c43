// The one Dexie database. Tables are touched only by the repositories beside this file.
import { Dexie, type EntityTable } from 'dexie';
import { upgradeToChainedLog } from './upgrade-v3';
import { upgradeToBoundOrders } from './upgrade-v4';
import type { CaseRecord } from '../lib/case-types';
import type { LogEntry } from '../lib/chain';
import type { Order, Platform } from '../rules/types';

export type { CaseRecord };

/** An order the shopper has opened, keyed by platform and exact order id. */
export interface OrderSeen {
  key: string;
  platform: Platform;
  orderId: string;
  order: Order;
  url: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

export type EvidenceKind = 'screenshot' | 'full-page' | 'pane' | 'chat' | 'file' | 'call' | 'text';

/** Where and how an item was captured: what makes a screenshot credible later (limits §C). */
export interface EvidenceMeta {
  /** ISO 8601 UTC and the same instant in Beijing time, "2026-11-22 15:37:46 +08:00". */
  capturedAtUtc: string;
  capturedAtShanghai: string;
  orderId?: string;
  seller?: string;
  viewport?: { width: number; height: number };
  devicePixelRatio?: number;
  extensionVersion: string;
  /** Capture stopped early (cancelled, tab closed): what was taken is kept and says so. */
  partial?: boolean;
  /** One image of several when a page is too tall for one canvas. */
  part?: { group: string; index: number; count: number };
  fileName?: string;
  /** Page-supplied fields cut to fit (a page's title or URL can be arbitrarily long). */
  clipped?: string[];
  /** Method details: tiles, scroll positions, sticky elements hidden, messages collected... */
  method?: Record<string, unknown>;
}

export interface EvidenceRecord {
  id?: number;
  /** Stable across export and import; the case log refers to items by it. */
  uid: string;
  caseId: number;
  kind: EvidenceKind;
  url: string;
  title: string;
  capturedAt: number;
  mimeType: string;
  /** Lower-case hex SHA-256 of `content`, computed before the write. */
  sha256: string;
  size: number;
  content: Blob;
  /**
   * A small preview for the casebook as a data: URL; not evidence, not hashed. A string, not a
   * Blob: listing 200 items must not open 200 blob handles (casebook benchmark).
   */
  thumbnail?: string;
  meta: EvidenceMeta;
}

/** One link of a case's hash chain (lib/chain.ts), stored with its case's local id. */
export interface LogRecord extends LogEntry {
  id?: number;
  caseId: number;
}

/** A reminder due at a time; one alarm wakes the background for the earliest (jobs-repo.ts). */
export interface Job {
  id?: number;
  dueAt: number;
  kind: 'reminder';
  title: string;
  body: string;
  createdAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

export type WeiquanDb = Dexie & {
  orders: EntityTable<OrderSeen, 'key'>;
  cases: EntityTable<CaseRecord, 'id'>;
  evidence: EntityTable<EvidenceRecord, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  jobs: EntityTable<Job, 'id'>;
  log: EntityTable<LogRecord, 'id'>;
};

/** What holds an upgrade back: a connection, in another page or tab, still open at an older version. */
export interface UpgradeBlocked {
  name: string;
  oldVersion: number;
}
const blockedListeners = new Set<(blocked: UpgradeBlocked) => void>();

/**
 * Calls `listener` when opening waits for an older connection to close (issue 18.7), so the page
 * can say so instead of waiting silently. Our own connections never hold an upgrade back: Dexie
 * closes them on `versionchange` and opens again on next use. Returns the unsubscribe.
 */
export function onUpgradeBlocked(listener: (blocked: UpgradeBlocked) => void): () => void {
  blockedListeners.add(listener);
  return () => blockedListeners.delete(listener);
}

/**
 * Opens the database. Durability is strict for every transaction: evidence must be on disk
 * before the UI says "saved", and the few small writes of other tables cost little more.
 */
export function openDb(name = 'weiquan'): WeiquanDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as WeiquanDb;
  // Version history: add a new version() call for every schema change; never edit one that shipped.
  db.version(1).stores({
    orders: '&key, platform, orderId, lastSeenAt',
    cases: '++id, &[platform+orderId], status, updatedAt',
    evidence: '++id, caseId, kind, capturedAt',
    settings: '&key',
  });
  db.version(2).stores({ jobs: '++id, dueAt' });
  // v3: the hash-chained case log, and stable evidence uids it refers to. Items stored before
  // v3 get a uid and one chain per case, in capture order, so older cases verify too.
  db.version(3)
    .stores({ evidence: '++id, caseId, kind, capturedAt, &uid', log: '++id, &[caseId+seq], caseId' })
    .upgrade((tx) => upgradeToChainedLog(tx));
  // v4: the order snapshot shown with a case is logged in its chain; existing cases log theirs now.
  db.version(4)
    .stores({})
    .upgrade((tx) => upgradeToBoundOrders(tx));
  db.on('blocked', (event: IDBVersionChangeEvent) => {
    for (const listener of blockedListeners) listener({ name, oldVersion: event.oldVersion });
  });
  return db;
}

let shared: WeiquanDb | undefined;
/** The instance an extension context shares; created on first use so importing is free. */
export function db(): WeiquanDb {
  return (shared ??= openDb());
}
