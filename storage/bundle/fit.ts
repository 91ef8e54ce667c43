// The export's side of the restore limits (limits.ts): a backup or bundle that import or restore
// would refuse is never written (issue 27). The same constants, the same zip reader: what the
// export checks is exactly what the import will check.
import type { OrderSeen } from '../db';
import { bundleError } from './errors';
import { MAX_BACKUP_ORDERS, MAX_ENTRIES, MAX_JSON_BYTES, MAX_TOTAL_JSON_BYTES } from './limits';
import { openZip } from './zip-read';

/** Bytes of a JSON text as written into the zip (UTF-8). */
export const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** case.json and backup.json as written: one space of indentation, a final newline. */
export const docText = (doc: unknown) => `${JSON.stringify(doc, null, 1)}\n`;

/** Entries a backup writes besides the cases: bagit.txt, bag-info, 3 manifests, backup.json, the note. */
const BACKUP_OWN_ENTRIES = 8;

/** What a backup may still add, as the cases are written one by one. */
export class BackupRoom {
  private json = 0;
  private entries = BACKUP_OWN_ENTRIES;

  /** Why a case of `jsonBytes` and `files` entries would not fit; undefined when it fits. */
  refuses(jsonBytes: number, files: number): string | undefined {
    if (jsonBytes > MAX_JSON_BYTES) return `case.json over ${MAX_JSON_BYTES} bytes`;
    if (this.json + jsonBytes > MAX_TOTAL_JSON_BYTES)
      return `the backup's JSON over ${MAX_TOTAL_JSON_BYTES} bytes`;
    if (this.entries + files > MAX_ENTRIES) return `more than ${MAX_ENTRIES} files`;
    return undefined;
  }

  take(jsonBytes: number, files: number): void {
    this.json += jsonBytes;
    this.entries += files;
  }

  /** Bytes backup.json may take: its own cap, and what the total JSON cap leaves. */
  get backupJsonBytes(): number {
    return Math.min(MAX_JSON_BYTES, MAX_TOTAL_JSON_BYTES - this.json);
  }
}

/**
 * The orders a backup lists: every order with a case (restore checks them against the cases),
 * then the others, most recently seen first, as many as fit `budget` bytes of backup.json and
 * the schema's count. The orders without a case are only what was seen on order pages.
 */
export function ordersThatFit(
  orders: readonly OrderSeen[],
  withCase: ReadonlySet<string>,
  budget: number,
): { kept: OrderSeen[]; leftOut: number } {
  const bound = orders.filter((o) => withCase.has(o.key));
  const others = orders.filter((o) => !withCase.has(o.key)).sort((a, b) => b.lastSeenAt - a.lastSeenAt);
  const kept = [...bound];
  // Each order as it appears in backup.json's list, indented two levels deeper than alone.
  let used = bound.reduce((sum, o) => sum + orderBytes(o), 0);
  for (const order of others) {
    const size = orderBytes(order);
    if (kept.length >= MAX_BACKUP_ORDERS || used + size > budget) break;
    kept.push(order);
    used += size;
  }
  return { kept, leftOut: orders.length - kept.length };
}

/** An order's bytes in backup.json: its indented JSON, with room for the deeper indentation. */
function orderBytes(order: OrderSeen): number {
  const text = JSON.stringify(order, null, 1);
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return utf8Bytes(text) + lines * 2 + 2;
}

/** Refuses, with the shopper's words, a written JSON document restore would refuse. */
export function assertJsonFits(path: string, bytes: number): void {
  if (bytes <= MAX_JSON_BYTES) return;
  throw bundleError(
    'export-too-large',
    `“${path}”超过 ${MAX_JSON_BYTES} 字节，恢复时会被拒绝，所以没有导出`,
    `"${path}" would exceed ${MAX_JSON_BYTES} bytes, which restore refuses: nothing was exported`,
    [path],
  );
}

/** Reads the finished zip's directory with the import's own reader: its limits, its errors. */
export async function assertZipOpens(blob: Blob): Promise<void> {
  await openZip(blob);
}
