// Exports a case (or the whole database) as a BagIt zip streamed into a Blob: evidence stored
// as is, each item re-hashed on the way out and compared with the hash logged at capture (a
// mismatch is exported as found and flagged, never silently blessed), then case.json, the
// drafts, the manifests and the report.
import { carriedFields } from './carried-fields';
import type { ChainCheck } from '../../lib/chain';
import { captureTimes } from '../../lib/capture-time';
import type { CallContent } from '../../lib/case-types';
import { extensionVersion } from '../../lib/extension-version';
import { readLog } from '../case-log';
import type { CaseRecord, EvidenceRecord, LogRecord, WeiquanDb } from '../db';
import { UNATTACHED_CASE } from '../evidence-repo';
import { findOrderSeen, orderKey } from '../orders-repo';
import { BAGIT_TXT, bagInfoText, manifestText } from './bagit';
import { BACKUP_JSON, CASE_JSON, DRAFT_FILES, NOTE_TXT, checkCase, type FileProblem } from './check';
import {
  digestBytes,
  digestStream,
  openBlobHasher,
  READ_WHOLE,
  readWhole,
  type BlobHasher,
  type BlobHashes,
  type Digests,
} from './digest';
import { MAX_JSON_BYTES } from './limits';
import { buildDrafts, redactor, type Complainant } from './drafts';
import { BundleError, bundleError } from './errors';
import { assertJsonFits, assertZipOpens, BackupRoom, docText, ordersThatFit, utf8Bytes } from './fit';
import { evidenceFileName, safePart } from './names';
import { evidenceNoteText } from './note';
import { reportHtml } from './report/template';
import { VERIFIER_SCRIPT } from './report/verifier-script.generated';
import {
  BACKUP_FORMAT,
  BackupDocSchema,
  CASE_FORMAT,
  CaseDocSchema,
  SCHEMA_VERSION,
  type BackupDoc,
  type CaseDoc,
  type EvidenceDoc,
} from './schema';
import { BlobZipWriter } from './zip-write';

export interface ExportProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface ExportOptions extends ExportProgress {
  complainant?: Complainant;
  /** Hide the shopper's own phone and address in the report and drafts. */
  redact?: boolean;
  now?: number;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  /**
   * What the export's own check of each case found (check.ts checkCase, as an import would run
   * it): items whose stored bytes no longer match their logged hash, a broken chain, data that
   * differs from the log. One per file; such a bundle is exported as found and will not import.
   */
  problems: Array<{ path: string; title: string; problem: FileProblem['problem'] | 'case-invalid' }>;
  /**
   * A backup's orders without a case left out to stay within what restore accepts (the list of
   * orders seen; never an order that has a case).
   */
  ordersLeftOut?: number;
}

/** Digests and size of every file written, by path: the manifests are built from these. */
type Written = Map<string, Digests & { size: number }>;

interface Run {
  zip: BlobZipWriter;
  /** Workers hashing big items, opened at the first one; gone once refused. */
  hasher?: BlobHasher | null;
  payload: Written;
  tags: Written;
  progress: (bytes: number) => void;
  signal?: AbortSignal;
  now: number;
}

const agent = () => `weiquan-helper/${extensionVersion()}`;

function cancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw bundleError('cancelled', '已取消导出', 'Export cancelled');
}

async function addText(run: Run, written: Written, path: string, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  written.set(path, { ...(await digestBytes(bytes)), size: bytes.length });
  run.zip.addBytes(path, bytes, run.now);
}

/**
 * A video's digests and CRC-32 from the hash workers, undefined where they are refused (then
 * this item and the rest are hashed on this thread, as before).
 */
async function hashOffThread(run: Run, blob: Blob): Promise<BlobHashes | undefined> {
  if (run.hasher === undefined) run.hasher = openBlobHasher() ?? null;
  if (!run.hasher) return undefined;
  try {
    return await run.hasher.hash(blob, run.progress);
  } catch {
    run.hasher.close();
    run.hasher = null;
    return undefined;
  }
}

/** One item into the zip: its bytes hashed (SHA-256 and SHA-512) as they are read. */
async function addEvidence(
  run: Run,
  path: string,
  item: EvidenceRecord,
): Promise<{ digests: Digests; bytes?: Uint8Array }> {
  cancelled(run.signal);
  const offThread = item.content.size > READ_WHOLE ? await hashOffThread(run, item.content) : undefined;
  if (offThread) {
    const { crc32, ...digests } = offThread;
    run.zip.addHashed(path, item.content, crc32, item.capturedAt);
    run.payload.set(path, { ...digests, size: item.content.size });
    return { digests };
  }
  if (item.content.size > readWhole()) {
    const hash = await digestStream();
    await run.zip.addStream(path, item.content, item.capturedAt, (chunk) => {
      hash.update(chunk);
      run.progress(chunk.length);
    });
    const digests = hash.digest();
    run.payload.set(path, { ...digests, size: item.content.size });
    return { digests };
  }
  const bytes = new Uint8Array(await item.content.arrayBuffer());
  const digests = await digestBytes(bytes);
  run.zip.addRead(path, item.content, bytes, item.capturedAt);
  run.payload.set(path, { ...digests, size: bytes.length });
  run.progress(bytes.length);
  return { digests, bytes };
}

interface CaseWritten {
  doc: CaseDoc;
  chain: ChainCheck;
  calls: Array<CallContent & { at: string }>;
  problems: ExportResult['problems'];
}

/** A case, its log, its items and its order as of one moment: one read transaction. */
/** An item as case.json and backup.json list it; `mismatch` when its bytes no longer hash to its record. */
function evidenceDoc(
  item: EvidenceRecord,
  meta: EvidenceDoc['meta'],
  path: string,
  mismatch: boolean,
): EvidenceDoc {
  return {
    ...carriedFields(item),
    meta,
    path,
    ...(mismatch && { exportProblem: 'hash-mismatch' as const }),
  };
}

async function readCase(db: WeiquanDb, caseId: number) {
  return db.transaction('r', [db.cases, db.log, db.evidence, db.orders], async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new Error(`no case ${caseId}`);
    const log = (await readLog(db, caseId)).map(({ id: _id, caseId: _case, ...entry }: LogRecord) => entry);
    const items = (await db.evidence.where('caseId').equals(caseId).toArray()).sort(
      (a, b) => a.capturedAt - b.capturedAt || (a.id ?? 0) - (b.id ?? 0),
    );
    const seen = await findOrderSeen(db, record.platform, record.orderId);
    return { record, log, items, seen };
  });
}

/** Beijing time of an item: from its metadata, or derived from capturedAt (items before v3). */
const shanghaiOf = (item: { capturedAt: number; meta?: { capturedAtShanghai?: string } }) =>
  item.meta?.capturedAtShanghai ?? captureTimes(item.capturedAt).capturedAtShanghai;

/** Writes one case's evidence under `dir` and returns its case.json document (not yet written). */
async function writeCase(
  run: Run,
  db: WeiquanDb,
  caseId: number,
  dir: string,
  room?: BackupRoom,
): Promise<CaseWritten> {
  // Read in one snapshot (a capture landing mid-export waits for the next export), hashed after.
  const { record, log, items, seen } = await readCase(db, caseId);
  // The head kept beside the chain is local bookkeeping: the chain itself travels in the log.
  const { id: _id, logCount: _count, logHead: _head, ...fields }: CaseRecord = record;
  const head = log.at(-1)?.hash ?? '0'.repeat(64);
  // Checked before a byte is written: a case that cannot be exported leaves nothing behind.
  const unexportable = CaseDocSchema.safeParse({
    format: CASE_FORMAT,
    version: SCHEMA_VERSION,
    exportedAt: new Date(run.now).toISOString(),
    exportedBy: agent(),
    case: fields,
    evidence: [],
    log,
    chainHead: head,
  });
  if (!unexportable.success) {
    const where = unexportable.error.issues[0]?.path.join('.') ?? '';
    throw bundleError(
      'case-invalid',
      `案件“${record.title}”无法导出：${where} 不符合格式（例如超过长度上限）`,
      `Case "${record.title}" cannot be exported: ${where} does not fit the format (e.g. over its length limit)`,
      [`${dir}case.json`],
    );
  }
  const pathOf = (index: number, item: Pick<EvidenceRecord, 'kind' | 'mimeType' | 'capturedAt' | 'meta'>) => {
    const meta = { ...(item.meta ?? {}), capturedAtShanghai: shanghaiOf(item) };
    return `${dir}evidence/${evidenceFileName(index, { ...item, meta }, record.orderId)}`;
  };
  // Its case.json as it will be, before any item is written: restore's limits, applied here.
  // The margin covers what is known only later (seen times, an item's export problem).
  const files = items.length + 1;
  const estimate =
    utf8Bytes(
      docText({
        ...unexportable.data,
        ...(seen && { order: { order: seen.order, url: seen.url, firstSeenAt: 0, lastSeenAt: 0 } }),
        evidence: items.map(({ content: _c, id: _i, caseId: _k, ...item }, index) => ({
          ...item,
          path: pathOf(index, item),
        })),
      }),
    ) +
    64 +
    40 * items.length;
  const refused = room
    ? room.refuses(estimate, files)
    : estimate > MAX_JSON_BYTES
      ? 'case.json too large'
      : undefined;
  if (refused) {
    throw bundleError(
      'case-invalid',
      `案件“${record.title}”无法导出：超过恢复时的上限（${refused}）`,
      `Case "${record.title}" cannot be exported: over what restore accepts (${refused})`,
      [`${dir}case.json`],
    );
  }
  room?.take(estimate, files);
  const evidence: EvidenceDoc[] = [];
  const calls: CaseWritten['calls'] = [];
  const digests = new Map<string, { sha256: string }>();
  for (const [index, item] of items.entries()) {
    // The metadata goes out exactly as stored: the log pins it by hash (metaSha256).
    const meta = (item.meta ?? {}) as EvidenceDoc['meta'];
    const at = shanghaiOf(item);
    const path = pathOf(index, item);
    const { digests: actual, bytes } = await addEvidence(run, path, item);
    digests.set(path, actual);
    const mismatch = actual.sha256 !== item.sha256;
    if (item.kind === 'call' && bytes && !mismatch) {
      try {
        calls.push({ ...(JSON.parse(new TextDecoder().decode(bytes)) as CallContent), at });
      } catch {
        // A call record that does not parse is still exported as evidence; it just adds no line to the drafts.
      }
    }
    evidence.push(evidenceDoc(item, meta, path, mismatch));
  }
  const base = {
    format: CASE_FORMAT,
    version: SCHEMA_VERSION,
    exportedAt: new Date(run.now).toISOString(),
    exportedBy: agent(),
    case: fields,
    evidence,
    log,
    chainHead: head,
  } as const;
  const withOrder = seen
    ? {
        ...base,
        order: {
          order: seen.order,
          url: seen.url,
          firstSeenAt: seen.firstSeenAt,
          lastSeenAt: seen.lastSeenAt,
        },
      }
    : base;
  // What we export must import: checked against the same schema the import uses. An order seen
  // before today's rules (and failing them) is left out rather than blocking the export.
  const parsed = CaseDocSchema.safeParse(withOrder);
  const doc = parsed.success ? parsed.data : CaseDocSchema.parse(base);
  // The import's own check, run now, so "N items match the log" in the report is a fact. The
  // recorded head is passed too: a chain shorter than the case record says shows here.
  const found: FileProblem[] = [];
  const expected =
    record.logCount !== undefined && record.logHead
      ? { count: record.logCount, head: record.logHead }
      : undefined;
  const chain = checkCase(doc, `${dir}case.json`, digests, found, expected);
  const titles = new Map(doc.evidence.map((e) => [e.path, e.title]));
  const problems: ExportResult['problems'] = [];
  for (const problem of found) {
    if (problems.some((p) => p.path === problem.path)) continue;
    // Stored bytes that no longer match the logged hash: named as the export has always named it.
    const code = problem.problem === 'differs-from-log' ? 'hash-mismatch' : problem.problem;
    problems.push({ path: problem.path, title: titles.get(problem.path) ?? record.title, problem: code });
  }
  return { doc, chain, calls, problems };
}

/** Items saved in no case yet (chats to be filed), under data/unattached/, as found. */
async function writeUnattached(run: Run, db: WeiquanDb): Promise<EvidenceDoc[]> {
  const items = await db.evidence.where('caseId').equals(UNATTACHED_CASE).sortBy('capturedAt');
  const docs: EvidenceDoc[] = [];
  for (const [index, item] of items.entries()) {
    const meta = (item.meta ?? {}) as EvidenceDoc['meta'];
    const named = { ...item, meta: { ...meta, capturedAtShanghai: shanghaiOf(item) } };
    const path = `data/unattached/${evidenceFileName(index, named, 'unattached')}`;
    const { digests } = await addEvidence(run, path, item);
    docs.push(evidenceDoc(item, meta, path, digests.sha256 !== item.sha256));
  }
  return docs;
}

async function finishBag(run: Run, description: string, identifier: string): Promise<void> {
  const list = (written: Written, algorithm: keyof Digests) =>
    [...written].map(([path, digests]) => ({ path, digest: digests[algorithm] }));
  let octets = 0;
  for (const { size } of run.payload.values()) octets += size;
  const info = bagInfoText({
    baggingDate: new Date(run.now).toISOString().slice(0, 10),
    payloadBytes: octets,
    payloadFiles: run.payload.size,
    description,
    identifier,
    agent: agent(),
  });
  await addText(run, run.tags, 'bag-info.txt', info);
  await addText(run, run.tags, 'manifest-sha256.txt', manifestText(list(run.payload, 'sha256')));
  await addText(run, run.tags, 'manifest-sha512.txt', manifestText(list(run.payload, 'sha512')));
  // The tag manifest covers every tag file written before it; it cannot list itself.
  run.zip.addBytes('tagmanifest-sha256.txt', manifestText(list(run.tags, 'sha256')), run.now);
}

/** Starts a bag: bagit.txt first, so `file` and archive listings show what this is. */
async function startRun(options: ExportProgress & { now?: number }, total: number): Promise<Run> {
  const now = options.now ?? Date.now();
  let done = 0;
  const run: Run = {
    zip: new BlobZipWriter(),
    payload: new Map(),
    tags: new Map(),
    now,
    signal: options.signal,
    progress(bytes) {
      done += bytes;
      options.onProgress?.(Math.min(done, total), total);
    },
  };
  await addText(run, run.tags, 'bagit.txt', BAGIT_TXT);
  return run;
}

/** Runs an export; its hash workers stop when it ends, finished or failed. */
async function exporting<T>(
  options: ExportProgress & { now?: number },
  total: number,
  write: (run: Run) => Promise<T>,
): Promise<T> {
  const run = await startRun(options, total);
  try {
    return await write(run);
  } finally {
    run.hasher?.close();
  }
}

async function bytesToExport(db: WeiquanDb, caseIds: number[]): Promise<number> {
  let total = 0;
  await db.evidence
    .where('caseId')
    .anyOf(caseIds)
    .each((item) => (total += item.content.size));
  return total;
}

const fileStamp = (now: number) =>
  new Date(now + 8 * 3600_000).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

export async function exportCase(
  db: WeiquanDb,
  caseId: number,
  options: ExportOptions = {},
): Promise<ExportResult> {
  return exporting(options, await bytesToExport(db, [caseId]), async (run) => {
    const written = await writeCase(run, db, caseId, 'data/');
    const { doc } = written;
    const complainant = options.complainant ?? {};
    const hide = options.redact ? redactor(complainant) : (text: string) => text;
    const seen = doc.order;
    const drafts = buildDrafts({
      platform: doc.case.platform,
      orderId: doc.case.orderId,
      problem: doc.case.problem,
      notes: doc.case.notes,
      order: seen?.order,
      orderUrl: seen?.url,
      complainant,
      calls: written.calls,
      chain: { entries: written.chain.entries, head: doc.chainHead },
      evidence: doc.evidence.map((e) => ({
        at: shanghaiOf(e),
        kind: e.kind,
        title: e.title,
        path: e.path,
        sha256: e.sha256,
      })),
    });
    const caseText = docText(doc);
    assertJsonFits(CASE_JSON, utf8Bytes(caseText));
    await addText(run, run.payload, CASE_JSON, caseText);
    const [callScript, complaint, summary] = DRAFT_FILES;
    await addText(run, run.payload, callScript, hide(drafts.callScript));
    await addText(run, run.payload, complaint, hide(drafts.complaint12315));
    await addText(run, run.payload, summary, hide(drafts.publicSummary));
    await addText(run, run.payload, NOTE_TXT, `${evidenceNoteText()}\n`);
    const fileName = `weiquan-${doc.case.platform}-${safePart(doc.case.orderId)}-${fileStamp(run.now)}.zip`;
    const html = reportHtml({
      doc,
      chain: written.chain,
      problems: written.problems.length,
      drafts,
      redact: hide,
      redacted: Boolean(options.redact && (complainant.phone || complainant.address)),
      verifierScript: VERIFIER_SCRIPT,
      fileName,
    });
    await addText(run, run.tags, 'index.html', html);
    await finishBag(
      run,
      `Evidence of ${doc.case.platform} order ${doc.case.orderId}`,
      `${doc.case.platform}:${doc.case.orderId}`,
    );
    const blob = run.zip.finish();
    await assertZipOpens(blob);
    return { blob, fileName, problems: written.problems };
  });
}

/** Every case with its evidence and log, the orders seen and the settings: a whole-database backup. */
export async function exportBackup(
  db: WeiquanDb,
  options: ExportProgress & { now?: number } = {},
): Promise<ExportResult> {
  const cases = await db.cases.orderBy('id').toArray();
  const ids = cases.map((c) => c.id!);
  return exporting(options, await bytesToExport(db, [...ids, UNATTACHED_CASE]), async (run) => {
    const problems: ExportResult['problems'] = [];
    const casePaths: string[] = [];
    const room = new BackupRoom();
    for (const [index, record] of cases.entries()) {
      const dir = `data/cases/${String(index + 1).padStart(4, '0')}-${record.platform}-${safePart(record.orderId)}/`;
      let written: CaseWritten;
      try {
        written = await writeCase(run, db, record.id!, dir, room);
      } catch (error) {
        // One case that cannot be exported is skipped and named; the rest of the backup goes on.
        if (!(error instanceof BundleError) || error.code !== 'case-invalid') throw error;
        problems.push({ path: `${dir}case.json`, title: record.title, problem: 'case-invalid' });
        continue;
      }
      problems.push(...written.problems);
      const caseText = docText(written.doc);
      assertJsonFits(`${dir}case.json`, utf8Bytes(caseText));
      await addText(run, run.payload, `${dir}case.json`, caseText);
      casePaths.push(`${dir}case.json`);
    }
    const unattached = await writeUnattached(run, db);
    const base = {
      format: BACKUP_FORMAT,
      version: SCHEMA_VERSION,
      exportedAt: new Date(run.now).toISOString(),
      exportedBy: agent(),
      cases: casePaths,
      orders: [],
      settings: await db.settings.toArray(),
      ...(unattached.length > 0 && { unattached }),
    };
    // The orders seen: those of the cases always, the rest as many as restore will accept.
    const withCase = new Set(cases.map((c) => orderKey(c.platform, c.orderId)));
    const budget = room.backupJsonBytes - utf8Bytes(docText(base));
    const { kept, leftOut } = ordersThatFit(await db.orders.toArray(), withCase, budget);
    const doc: BackupDoc = BackupDocSchema.parse({ ...base, orders: kept });
    const backupText = docText(doc);
    assertJsonFits(BACKUP_JSON, utf8Bytes(backupText));
    await addText(run, run.payload, BACKUP_JSON, backupText);
    await addText(run, run.payload, NOTE_TXT, `${evidenceNoteText()}\n`);
    await finishBag(run, `Weiquan Helper backup of ${cases.length} cases`, `backup:${fileStamp(run.now)}`);
    const blob = run.zip.finish();
    await assertZipOpens(blob);
    return {
      blob,
      fileName: `weiquan-backup-${fileStamp(run.now)}.zip`,
      problems,
      ...(leftOut > 0 && { ordersLeftOut: leftOut }),
    };
  });
}
