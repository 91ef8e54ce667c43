// Imports a case bundle, or restores a whole-database backup. Everything is checked before the
// one write transaction: the zip's limits and names (zip-read.ts), every hash, the manifests,
// the JSON schema and each chain (check.ts), and conflicts with what is already here. A bad
// bundle throws a BundleError naming the problem, and the database is unchanged.
//
// The imported chain is kept exactly (same entries, same hashes: that is what makes it
// evidence); only local ids are new. A case for an order that already has one here is refused,
// not copied: one case per order is a rule of the database (the [platform+orderId] index), and
// merging two chains would rewrite hashes. A backup skips cases already here with the same chain.
import { carriedFields } from './carried-fields';
import type { Platform } from '../../rules/types';
import type { CaseRecord, EvidenceRecord, LogRecord, WeiquanDb } from '../db';
import { logOrderSnapshot } from '../case-log';
import { StorageFullError, UNATTACHED_CASE, writeOrFail } from '../evidence-repo';
import { orderKey } from '../orders-repo';
import {
  checkBag,
  describeProblem,
  failedFiles,
  type BagCheck,
  type CaseChecked,
  type CheckOptions,
} from './check';
import { BundleError, bundleError } from './errors';
import type { BackupDoc, EvidenceDoc } from './schema';
import { zipSource } from './sources';
import { openZip } from './zip-read';

export interface ImportResult {
  cases: Array<{ caseId: number; platform: Platform; orderId: string; title: string; items: number }>;
  /** Cases of a backup that were already here, identical. */
  skipped: number;
  orders: number;
  settings: number;
  /** A backup's items saved in no case yet (chats to be filed), restored unattached. */
  unattached: number;
  /** The chat pages those items are from: the casebook's 待归档的聊天 rows they make. */
  unattachedChats: number;
}

interface Planned {
  checked: CaseChecked;
  contents: Map<string, Blob>;
}

/** Opens and fully checks a bundle; throws unless every file, hash and chain checks out. */
async function checkedBundle(
  blob: Blob,
  options: CheckOptions,
): Promise<{ check: BagCheck; open: (path: string) => Promise<Blob> }> {
  const source = zipSource(await openZip(blob), options.signal);
  const check = await checkBag(source, options);
  if (!check.ok) {
    const failed = [...failedFiles(check.problems)];
    const list = (lang: 'zh' | 'en') =>
      failed
        .slice(0, 5)
        .map(([path, problems]) => `${path}: ${describeProblem(problems[0]!)[lang]}`)
        .join('; ') + (failed.length > 5 ? ` (+${failed.length - 5})` : '');
    throw bundleError(
      'verify-failed',
      `证据包没有通过核对，未导入任何内容：${list('zh')}`,
      `The bundle failed its checks; nothing was imported: ${list('en')}`,
      failed.map(([path]) => path),
    );
  }
  return { check, open: (path) => source.blob(path) };
}

/** The local case for the same order, and whether it holds the same chain. */
async function conflictOf(db: WeiquanDb, checked: CaseChecked): Promise<'none' | 'identical' | 'different'> {
  const { platform, orderId } = checked.doc.case;
  const local = await db.cases.where({ platform, orderId }).first();
  if (!local) return 'none';
  const last = await db.log
    .where('[caseId+seq]')
    .between([local.id!, -Infinity], [local.id!, Infinity])
    .last();
  return last?.hash === checked.doc.chainHead ? 'identical' : 'different';
}

async function plan(
  db: WeiquanDb,
  cases: CaseChecked[],
  open: (path: string) => Promise<Blob>,
  skipIdentical: boolean,
) {
  const planned: Planned[] = [];
  let skipped = 0;
  const orders = new Set<string>();
  const uidsSeen = new Set<string>();
  for (const checked of cases) {
    // Within the bundle itself: one case per order, one item per uid.
    const key = orderKey(checked.doc.case.platform, checked.doc.case.orderId);
    let repeated: { uid: string } | undefined;
    for (const item of checked.doc.evidence) {
      if (uidsSeen.has(item.uid)) repeated ??= item;
      uidsSeen.add(item.uid);
    }
    if (orders.has(key) || repeated) {
      throw bundleError(
        'bad-json',
        `证据包里${repeated ? `证据 ${repeated.uid}` : `订单 ${key}`} 出现了两次`,
        `The bundle holds ${repeated ? `evidence ${repeated.uid}` : `order ${key}`} twice`,
        [checked.path],
      );
    }
    orders.add(key);
    const conflict = await conflictOf(db, checked);
    const { platform, orderId } = checked.doc.case;
    if (conflict === 'identical' && skipIdentical) {
      skipped++;
      continue;
    }
    if (conflict !== 'none') {
      throw bundleError(
        'case-exists',
        conflict === 'identical'
          ? `订单 ${orderId} 的案件已经在这里，内容完全相同，无需导入`
          : `这里已有订单 ${orderId} 的另一个案件；一个订单只能有一个案件，请先处理本地案件`,
        conflict === 'identical'
          ? `The case of order ${orderId} is already here, identical: nothing to import`
          : `A different case for ${platform} order ${orderId} already exists here; one order has one case`,
      );
    }
    const uids = checked.doc.evidence.map((e) => e.uid);
    const taken = await db.evidence.where('uid').anyOf(uids).first();
    if (taken) {
      throw bundleError(
        'case-exists',
        `证据“${taken.title}”已经在另一个案件里`,
        `Evidence "${taken.title}" already belongs to another case here`,
      );
    }
    // Blobs are resolved before the transaction: any other await inside it would end it.
    const contents = new Map<string, Blob>();
    for (const item of checked.doc.evidence) contents.set(item.uid, await open(item.path));
    planned.push({ checked, contents });
  }
  return { planned, skipped };
}

async function ensureRoom(planned: Planned[]): Promise<void> {
  const need = planned.reduce((sum, p) => sum + [...p.contents.values()].reduce((s, b) => s + b.size, 0), 0);
  const estimate = await globalThis.navigator?.storage?.estimate?.();
  if (estimate?.quota !== undefined && need > estimate.quota - (estimate.usage ?? 0)) {
    throw bundleError(
      'storage-full',
      '磁盘空间不足，无法导入',
      'Not enough storage left to import this bundle',
    );
  }
}

/** Writes the planned cases (and a backup's orders and settings) in one strict transaction. */
async function write(
  db: WeiquanDb,
  planned: Planned[],
  extra: Pick<BackupDoc, 'orders' | 'settings'> & { unattached?: Map<EvidenceDoc, Blob> },
): Promise<Omit<ImportResult, 'skipped'>> {
  try {
    return await writeOrFail(() =>
      db.transaction('rw', [db.cases, db.evidence, db.log, db.orders, db.settings], async () => {
        const cases: ImportResult['cases'] = [];
        for (const { checked, contents } of planned) {
          const { doc } = checked;
          // The head kept beside the chain, as appendLog keeps it (tail-cut detection from here on).
          const record: CaseRecord = {
            ...doc.case,
            logCount: doc.log.length,
            logHead: doc.log.at(-1)!.hash,
          };
          const caseId = (await db.cases.add(record)) as number;
          await db.log.bulkAdd(doc.log.map((entry): LogRecord => ({ ...entry, caseId })));
          await db.evidence.bulkAdd(
            doc.evidence.map((item): EvidenceRecord => ({
              ...carriedFields(item),
              caseId,
              content: contents.get(item.uid)!,
              meta: item.meta as EvidenceRecord['meta'],
            })),
          );
          const key = orderKey(doc.case.platform, doc.case.orderId);
          // An order the chain does not bind (a bundle from before v4) could be anything: left out.
          if (doc.order && checked.order === 'bound') {
            if (!(await db.orders.get(key))) {
              await db.orders.add({
                key,
                platform: doc.case.platform,
                orderId: doc.case.orderId,
                ...doc.order,
              });
            }
          }
          // The order as this browser has it now, logged if it is not what the chain recorded.
          const seen = await db.orders.get(key);
          if (seen) await logOrderSnapshot(db, caseId, seen.order, seen.url, Date.now());
          cases.push({
            caseId,
            platform: doc.case.platform,
            orderId: doc.case.orderId,
            title: doc.case.title,
            items: doc.evidence.length,
          });
        }
        const unbound = new Set(
          planned
            .filter(({ checked }) => checked.order === 'unbound')
            .map(({ checked: { doc } }) => orderKey(doc.case.platform, doc.case.orderId)),
        );
        let orders = 0;
        for (const order of extra.orders) {
          if (unbound.has(order.key) || (await db.orders.get(order.key))) continue;
          await db.orders.add(order);
          orders++;
        }
        let settings = 0;
        for (const setting of extra.settings) {
          if (await db.settings.get(setting.key)) continue;
          await db.settings.add(setting);
          settings++;
        }
        let unattached = 0;
        const chats = new Set<string>();
        for (const [item, content] of extra.unattached ?? []) {
          if (await db.evidence.where('uid').equals(item.uid).count()) continue;
          const { path: _path, exportProblem: _problem, ...fields } = item;
          await db.evidence.add({
            ...fields,
            caseId: UNATTACHED_CASE,
            content,
            meta: item.meta as EvidenceRecord['meta'],
          });
          unattached++;
          chats.add(item.url);
        }
        return { cases, orders, settings, unattached, unattachedChats: chats.size };
      }),
    );
  } catch (error) {
    if (error instanceof StorageFullError) {
      throw bundleError(
        'storage-full',
        '磁盘空间不足，无法导入',
        'Not enough storage left to import this bundle',
      );
    }
    throw error;
  }
}

/** Imports one exported case as a new local case with the same chain. */
export async function importBundle(
  db: WeiquanDb,
  blob: Blob,
  options: CheckOptions = {},
): Promise<ImportResult> {
  const { check, open } = await checkedBundle(blob, options);
  if (check.kind !== 'case') {
    throw bundleError(
      'wrong-kind',
      '这是整库备份，请用“从备份恢复”',
      'This is a whole-database backup: use “Restore from backup”',
    );
  }
  const { planned } = await plan(db, check.cases, open, false);
  await ensureRoom(planned);
  const written = await write(db, planned, { orders: [], settings: [] });
  return { ...written, skipped: 0 };
}

/** Restores a whole-database backup: every case not already here, the orders seen and the settings. */
export async function restoreBackup(
  db: WeiquanDb,
  blob: Blob,
  options: CheckOptions = {},
): Promise<ImportResult> {
  const { check, open } = await checkedBundle(blob, options);
  if (check.kind !== 'backup' || !check.backup) {
    throw bundleError(
      'wrong-kind',
      '这是单个案件的证据包，请用“导入证据包”',
      'This is a single-case bundle: use “Import bundle”',
    );
  }
  const { planned, skipped } = await plan(db, check.cases, open, true);
  await ensureRoom(planned);
  // Read before the write transaction: a transaction cannot wait on the zip.
  const unattached = new Map<EvidenceDoc, Blob>();
  for (const item of check.backup.unattached ?? []) unattached.set(item, await open(item.path));
  const written = await write(db, planned, { ...check.backup, unattached });
  return { ...written, skipped };
}

export { BundleError };
