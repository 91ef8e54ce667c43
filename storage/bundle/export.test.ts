import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { ADDRESS, ORDER_ID, PHONE, seedCase } from '../../tests/fixtures/bundles/seed';
import { CASE_TEXT_LIMITS, TextTooLongError } from '../../lib/case-types';
import { readLog, verifyCase } from '../case-log';
import { ensureCase, updateCase } from '../cases-repo';
import { deleteEvidence } from '../evidence-repo';
import { openDb, type WeiquanDb } from '../db';
import { checkBag } from './check';
import { exportBackup, exportCase } from './export';
import { importBundle, restoreBackup } from './import';
import { zipSource } from './sources';
import { openZip } from './zip-read';

let counter = 0;
const dbs: WeiquanDb[] = [];
function freshDb(): WeiquanDb {
  const db = openDb(`bundle-export-${++counter}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const files = async (blob: Blob) => unzipSync(new Uint8Array(await blob.arrayBuffer()));
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('case export', () => {
  it('writes a BagIt bag with readable names, case.json, drafts, the note and a report', async () => {
    const db = freshDb();
    const caseId = await seedCase(db);
    const progress: number[] = [];
    const result = await exportCase(db, caseId, {
      complainant: { name: '张三', phone: PHONE, address: ADDRESS },
      redact: true,
      onProgress: (done, total) => progress.push(done / total),
      now: Date.UTC(2026, 10, 22, 7, 0, 0),
    });
    expect(result.problems).toEqual([]);
    expect(result.fileName).toBe(`weiquan-tmall-${ORDER_ID}-20261122-150000.zip`);
    expect(progress.at(-1)).toBe(1);
    const zip = await files(result.blob);
    expect(Object.keys(zip).sort()).toEqual(
      [
        'bagit.txt',
        'bag-info.txt',
        'manifest-sha256.txt',
        'manifest-sha512.txt',
        'tagmanifest-sha256.txt',
        'index.html',
        'data/case.json',
        `data/evidence/001_2026-11-20_100002_screenshot_${ORDER_ID}.png`,
        `data/evidence/002_2026-11-20_100003_chat_${ORDER_ID}.txt`,
        `data/evidence/003_2026-11-20_100003_chat_${ORDER_ID}.json`,
        `data/evidence/004_2026-11-20_100004_call_${ORDER_ID}.json`,
        'data/drafts/call-script.txt',
        'data/drafts/12315-complaint.txt',
        'data/drafts/public-summary.txt',
        'data/what-this-proves.txt',
      ].sort(),
    );
    expect(text(zip['bagit.txt'])).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const payloadBytes = Object.entries(zip)
      .filter(([name]) => name.startsWith('data/'))
      .reduce((sum, [, bytes]) => sum + bytes.length, 0);
    expect(text(zip['bag-info.txt'])).toContain(`Payload-Oxum: ${payloadBytes}.9`);
    expect(text(zip['manifest-sha512.txt']).split('\n')[0]).toMatch(/^[0-9a-f]{128} {2}data\//);

    const doc = JSON.parse(text(zip['data/case.json'])) as {
      log: unknown[];
      evidence: Array<{ sha256: string }>;
    };
    expect(doc.log).toHaveLength(await readLog(db, caseId).then((l) => l.length));
    expect(doc.evidence).toHaveLength(4);

    const complaint = text(zip['data/drafts/12315-complaint.txt']);
    expect(complaint).toContain('被投诉方');
    expect(complaint).toContain('3dsway旗舰店');
    expect(complaint).toContain('维权编号 TM2025XXXX');
    expect(complaint).toContain('138****5678');
    expect(complaint).not.toContain(PHONE);
    expect(text(zip['data/drafts/public-summary.txt'])).not.toContain(ORDER_ID);
    expect(text(zip['data/drafts/call-script.txt'])).toContain(`我的订单号是 ${ORDER_ID}`);

    const html = text(zip['index.html']);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain(PHONE);
    expect(html).not.toContain('文三路 100 号');
    expect(html).toContain('data:image/png;base64,');
    expect(html).toContain(doc.evidence[0]!.sha256);
  });

  it('keeps the phone and address when the shopper does not ask to hide them', async () => {
    const db = freshDb();
    const result = await exportCase(db, await seedCase(db), {
      complainant: { phone: PHONE, address: ADDRESS },
    });
    const zip = await files(result.blob);
    expect(text(zip['data/drafts/12315-complaint.txt'])).toContain(PHONE);
    expect(text(zip['index.html'])).toContain(ADDRESS);
  });

  it('stores evidence without recompression: the entry bytes are the stored bytes', async () => {
    const db = freshDb();
    const caseId = await seedCase(db);
    const result = await exportCase(db, caseId);
    const zip = await openZip(result.blob);
    expect(zip.entries.every((entry) => entry.method === 0)).toBe(true);
    const stored = (await db.evidence.where('caseId').equals(caseId).first())!;
    const entry = zip.entries.find((e) => e.name.includes('_screenshot_'))!;
    const bytes = new Uint8Array(await (await zip.open(entry)).arrayBuffer());
    expect(bytes).toEqual(new Uint8Array(await stored.content.arrayBuffer()));
  });

  it('says so when a stored item no longer matches its logged hash, and verify names it', async () => {
    const db = freshDb();
    const caseId = await seedCase(db);
    const item = (await db.evidence.where('caseId').equals(caseId).first())!;
    await db.evidence.update(item.id, { content: new Blob(['tampered']) });
    const result = await exportCase(db, caseId);
    expect(result.problems).toEqual([
      expect.objectContaining({ title: '订单详情', problem: 'hash-mismatch' }),
    ]);
    const check = await checkBag(zipSource(await openZip(result.blob)));
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => p.path)).toContain(result.problems[0]!.path);
  });

  it('puts the chain head (count and last hash) in the drafts and the report, to be recorded when filing', async () => {
    const db = freshDb();
    const caseId = await seedCase(db);
    const zip = await files((await exportCase(db, caseId)).blob);
    const log = await readLog(db, caseId);
    const head = `${log.length}:${log.at(-1)!.hash}`;
    expect(text(zip['data/drafts/12315-complaint.txt'])).toContain(head);
    expect(text(zip['data/drafts/12315-complaint.txt']).split('\n').slice(0, 8).join('\n')).toContain(head);
    expect(text(zip['data/drafts/call-script.txt'])).toContain(head);
    const html = text(zip['index.html']);
    expect(html).toMatch(new RegExp(`data-testid="chain-head-box"[\\s\\S]*${head}`));
    expect(html).toContain('Record this line with the platform / 12315 when you file');
    // The note no longer claims that removing any entry breaks the chain.
    const note = text(zip['data/what-this-proves.txt']);
    expect(note).toContain('removing one from the middle');
    expect(note).toContain('Cutting entries off the end of the log does not break the chain');
  });

  it('checks at export what an import would: a cut tail, an item changed behind the log', async () => {
    const db = freshDb();
    const caseId = await seedCase(db);
    const clean = await exportCase(db, caseId);
    expect(clean.problems).toEqual([]);
    expect(text((await files(clean.blob))['index.html'])).toContain('items match the log');

    // An item relabelled without a log entry: the export says so and the report does not bless it.
    const item = (await db.evidence.where('caseId').equals(caseId).first())!;
    await db.evidence.update(item.id, { title: '改过的标题' });
    const relabelled = await exportCase(db, caseId);
    expect(relabelled.problems).toEqual([
      expect.objectContaining({ title: '改过的标题', problem: 'fields-differ-from-log' }),
    ]);
    const html = text((await files(relabelled.blob))['index.html']);
    expect(html).toContain('Problems found at export');
    expect(html).not.toContain('items match the log');
    await db.evidence.update(item.id, { title: item.title });

    // The last log entry deleted: the chain itself is intact, the head kept beside it is not.
    const last = (await readLog(db, caseId)).at(-1)!;
    await db.log.delete(last.id);
    const cut = await exportCase(db, caseId);
    expect(cut.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'data/case.json', problem: 'missing-entries' }),
      ]),
    );
  });

  it('stops when cancelled', async () => {
    const db = freshDb();
    const caseId = await seedCase(db);
    const controller = new AbortController();
    controller.abort();
    await expect(exportCase(db, caseId, { signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
  });
});

describe('import', () => {
  it('restores an exported case on another database with the same chain and items', async () => {
    const source = freshDb();
    const caseId = await seedCase(source);
    const { blob } = await exportCase(source, caseId);
    const target = freshDb();
    const result = await importBundle(target, blob);
    expect(result.cases).toEqual([
      expect.objectContaining({ orderId: ORDER_ID, title: '3dsway旗舰店', items: 4 }),
    ]);
    const newId = result.cases[0]!.caseId;
    const strip = <T extends { id?: number; caseId: number }>(rows: T[]) =>
      rows.map(({ id: _id, caseId: _c, ...rest }) => rest);
    expect(strip(await readLog(target, newId))).toEqual(strip(await readLog(source, caseId)));
    const before = await source.evidence.where('caseId').equals(caseId).sortBy('capturedAt');
    const after = await target.evidence.where('caseId').equals(newId).sortBy('capturedAt');
    expect(after.map((e) => [e.uid, e.sha256, e.title, e.thumbnail, e.meta])).toEqual(
      before.map((e) => [e.uid, e.sha256, e.title, e.thumbnail, e.meta]),
    );
    expect(await after[0]!.content.arrayBuffer()).toEqual(await before[0]!.content.arrayBuffer());
    expect((await target.cases.get(newId))?.problem).toBe('counterfeit');
    // The head kept beside the chain, as appendLog keeps it: a later cut of the tail shows.
    const log = await readLog(target, newId);
    expect(await target.cases.get(newId)).toMatchObject({ logCount: log.length, logHead: log.at(-1)!.hash });
    expect((await verifyCase(target, newId)).ok).toBe(true);
    await target.log.delete(log.at(-1)!.id);
    expect((await verifyCase(target, newId)).chain.problems).toContainEqual(
      expect.objectContaining({ problem: 'missing-entries' }),
    );
    expect(await target.orders.get(`tmall:${ORDER_ID}`)).toBeDefined();
  });

  it('refuses a second import of the same case, and a case whose order already has another one', async () => {
    const source = freshDb();
    const { blob } = await exportCase(source, await seedCase(source));
    const target = freshDb();
    await importBundle(target, blob);
    await expect(importBundle(target, blob)).rejects.toMatchObject({
      code: 'case-exists',
      message: expect.stringContaining('identical') as unknown,
    });
    const other = freshDb();
    await seedCase(other, Date.UTC(2026, 10, 1));
    await expect(importBundle(other, blob)).rejects.toMatchObject({
      code: 'case-exists',
      message: expect.stringContaining('different case') as unknown,
    });
    expect(await other.cases.count()).toBe(1);
  });

  it('backs up and restores the whole database, skipping identical cases', async () => {
    const source = freshDb();
    await seedCase(source);
    await source.settings.put({ key: 'marks', value: { sites: ['example.com'] } });
    const backup = await exportBackup(source);
    await expect(importBundle(freshDb(), backup.blob)).rejects.toMatchObject({ code: 'wrong-kind' });
    const target = freshDb();
    const restored = await restoreBackup(target, backup.blob);
    expect(restored).toMatchObject({ skipped: 0, settings: 1 });
    expect(restored.cases).toHaveLength(1);
    expect((await target.cases.get(restored.cases[0]!.caseId))?.logCount).toBe(
      (await readLog(source, (await source.cases.toCollection().first())!.id!)).length,
    );
    expect(await target.settings.get('marks')).toEqual({ key: 'marks', value: { sites: ['example.com'] } });
    expect(await restoreBackup(target, backup.blob)).toMatchObject({ cases: [], skipped: 1 });
  });

  it('skips and names a case that cannot be exported; the rest of the backup verifies and restores', async () => {
    const source = freshDb();
    await seedCase(source);
    // Saved before the limits were enforced: a note longer than the format allows.
    const legacy = await ensureCase(source, 'taobao', '5190628833407007316', '橙子数码配件');
    await source.cases.update(legacy.id, { notes: 'x'.repeat(CASE_TEXT_LIMITS.notes + 1) });
    await expect(exportCase(source, legacy.id)).rejects.toMatchObject({ code: 'case-invalid' });
    const backup = await exportBackup(source);
    expect(backup.problems).toEqual([
      expect.objectContaining({ title: '橙子数码配件', problem: 'case-invalid' }),
    ]);
    const check = await checkBag(zipSource(await openZip(backup.blob)));
    expect(check.ok).toBe(true);
    expect(check.cases).toHaveLength(1);
    expect((await restoreBackup(freshDb(), backup.blob)).cases).toHaveLength(1);
  });
});

describe('text limits when saving', () => {
  it('refuses an over-long note or deletion reason, and writes nothing', async () => {
    const db = freshDb();
    const caseId = await seedCase(db);
    const before = await readLog(db, caseId);
    const long = 'x'.repeat(CASE_TEXT_LIMITS.notes + 1);
    await expect(updateCase(db, caseId, { notes: long })).rejects.toBeInstanceOf(TextTooLongError);
    const item = await db.evidence.where({ caseId }).first();
    await expect(deleteEvidence(db, item!.id!, long)).rejects.toMatchObject({ field: 'reason' });
    expect(await readLog(db, caseId)).toEqual(before);
    expect(await db.evidence.get(item!.id)).toBeDefined();
    // At the limit it saves, and the case still exports.
    await updateCase(db, caseId, { notes: 'x'.repeat(CASE_TEXT_LIMITS.notes) });
    await expect(exportCase(db, caseId)).resolves.toMatchObject({ problems: [] });
  });
});
