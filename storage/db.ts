// The one Dexie database. Tables are touched only by the repositories beside this file.
import { Dexie, type EntityTable } from 'dexie';
import type { CaseRecord } from '../lib/case-types';
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

export interface EvidenceRecord {
  id?: number;
  caseId: number;
  kind: 'screenshot' | 'full-page' | 'chat' | 'file' | 'call' | 'text';
  url: string;
  title: string;
  capturedAt: number;
  mimeType: string;
  /** Lower-case hex SHA-256 of `content`, computed before the write. */
  sha256: string;
  content: Blob;
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
};

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
  return db;
}

let shared: WeiquanDb | undefined;
/** The instance an extension context shares; created on first use so importing is free. */
export function db(): WeiquanDb {
  return (shared ??= openDb());
}
