// The versioned JSON inside a bundle: data/case.json (one case) and data/backup.json (the whole
// database). Every import parses with these before anything else happens; a bump of `version`
// is a new schema, and an unknown version is refused rather than guessed at.
import * as z from 'zod/mini';
import { CASE_TEXT_LIMITS } from '../../lib/case-types';
import { OrderSchema } from '../../lib/messages';
import { MAX_BACKUP_ORDERS } from './limits';

z.config({ jitless: true });

export const CASE_FORMAT = 'weiquan-case';
export const BACKUP_FORMAT = 'weiquan-backup';
export const SCHEMA_VERSION = 1;

const text = (max: number) => z.string().check(z.maxLength(max));
const hex = (length: number) => z.string().check(z.regex(new RegExp(`^[0-9a-f]{${length}}$`)));
const time = z.number().check(z.gte(0), z.lte(8.64e15));
/** A path inside the bundle: under data/, no dot segments (the zip reader checks more). */
const bundlePath = z.string().check(z.regex(/^data\/(?!.*(^|\/)\.\.?(\/|$))[^\\]{1,400}$/));
/** The casebook's preview: a raster data: URL only (never SVG, which could carry script). */
const thumbnail = z
  .string()
  .check(z.maxLength(1024 * 1024), z.regex(/^data:image\/(webp|png|jpeg);base64,[A-Za-z0-9+/]+=*$/));
const platform = z.enum(['tmall', 'taobao', 'weidian']);

const logCase = z.strictObject({
  platform: text(20),
  orderId: text(64),
  title: text(CASE_TEXT_LIMITS.title),
  status: text(20),
  problem: z.optional(text(100)),
  notes: z.optional(text(CASE_TEXT_LIMITS.notes)),
});

const logEvidence = z.strictObject({
  uid: text(100),
  kind: text(40),
  sha256: hex(64),
  size: z.int().check(z.gte(0)),
  title: text(2000),
  capturedAt: time,
  url: text(8000),
  mimeType: text(200),
  metaSha256: hex(64),
});

/** Exactly the fields that were hashed: an extra or missing field would change the entry's hash. */
export const LogEntrySchema = z.strictObject({
  seq: z.int().check(z.gte(0)),
  at: time,
  action: z.enum(['case-created', 'case-updated', 'evidence-added', 'evidence-deleted', 'order-recorded']),
  case: z.optional(logCase),
  evidence: z.optional(logEvidence),
  /** v: 2 when the order's source (scheme and host) is hashed with it (lib/chain.ts logOrder). */
  order: z.optional(z.strictObject({ sha256: hex(64), v: z.optional(z.literal(2)) })),
  reason: z.optional(text(CASE_TEXT_LIMITS.reason)),
  prevHash: hex(64),
  hash: hex(64),
});

/**
 * The item's metadata exactly as stored: the log pins it (metaSha256), so nothing is added at
 * export. Items from before v3 may lack the two clocks; readers derive them from capturedAt.
 */
const meta = z.looseObject({
  capturedAtUtc: z.optional(text(40)),
  capturedAtShanghai: z.optional(text(40)),
  orderId: z.optional(text(64)),
  seller: z.optional(text(500)),
  extensionVersion: z.optional(text(40)),
  partial: z.optional(z.boolean()),
  fileName: z.optional(text(1000)),
});

export const EvidenceDocSchema = z.strictObject({
  uid: text(100),
  kind: z.enum(['screenshot', 'full-page', 'pane', 'chat', 'file', 'call', 'text']),
  url: text(8000),
  title: text(2000),
  capturedAt: time,
  mimeType: text(200),
  /** What the case log says the bytes hash to. */
  sha256: hex(64),
  size: z.int().check(z.gte(0)),
  meta,
  path: bundlePath,
  /** Not evidence: the casebook's preview, carried along so an import looks the same. */
  thumbnail: z.optional(thumbnail),
  /** Set when the stored bytes no longer matched sha256 at export: exported as found, flagged. */
  exportProblem: z.optional(z.literal('hash-mismatch')),
});

export const CaseDocSchema = z.strictObject({
  format: z.literal(CASE_FORMAT),
  version: z.literal(SCHEMA_VERSION),
  exportedAt: text(40),
  exportedBy: text(200),
  case: z.strictObject({
    platform,
    orderId: text(64),
    title: text(2000),
    status: z.enum(['open', 'resolved', 'abandoned']),
    problem: z.optional(text(100)),
    notes: z.optional(text(CASE_TEXT_LIMITS.notes)),
    createdAt: time,
    updatedAt: time,
  }),
  order: z.optional(
    z.strictObject({
      order: OrderSchema,
      url: text(8000),
      firstSeenAt: time,
      lastSeenAt: time,
    }),
  ),
  evidence: z.array(EvidenceDocSchema).check(z.maxLength(20_000)),
  log: z.array(LogEntrySchema).check(z.minLength(1), z.maxLength(200_000)),
  chainHead: hex(64),
});

export const BackupDocSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(SCHEMA_VERSION),
  exportedAt: text(40),
  exportedBy: text(200),
  /** Where each case's case.json is. */
  cases: z.array(bundlePath).check(z.maxLength(10_000)),
  orders: z
    .array(
      z.strictObject({
        key: text(100),
        platform,
        orderId: text(64),
        order: OrderSchema,
        url: text(8000),
        firstSeenAt: time,
        lastSeenAt: time,
      }),
    )
    .check(z.maxLength(MAX_BACKUP_ORDERS)),
  settings: z.array(z.strictObject({ key: text(200), value: z.unknown() })).check(z.maxLength(10_000)),
  /**
   * Items saved before being filed into a case (seller chats captured first, attached later):
   * no chain holds them yet, so each file is checked against the hash taken at capture.
   */
  unattached: z.optional(z.array(EvidenceDocSchema).check(z.maxLength(20_000))),
});

export type CaseDoc = z.infer<typeof CaseDocSchema>;
export type EvidenceDoc = z.infer<typeof EvidenceDocSchema>;
export type BackupDoc = z.infer<typeof BackupDocSchema>;

/** The format and version a JSON document claims, read before the full parse. */
export const HeaderSchema = z.looseObject({ format: z.string(), version: z.unknown() });
