// Issue 18.1: a bundle whose order details were rewritten (amount, shop) with every manifest
// recomputed must fail verify and be refused by import and restore; an order the chain never
// logged (a bundle from before v4) verifies, is said to be unbound, and is not imported.
import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nextEntry, orderSha256, type LogEntry } from '../../lib/chain';
import { rebag, zipOf } from '../../tests/fixtures/bundles/raw-zip';
import { seedCase } from '../../tests/fixtures/bundles/seed';
import { openDb, type WeiquanDb } from '../db';
import { checkBag } from './check';
import { exportBackup, exportCase } from './export';
import { importBundle, restoreBackup } from './import';
import { zipSource } from './sources';
import { openZip } from './zip-read';

type Doc = {
  order?: { order: { amount?: string; shopName?: string; autoConfirmBy?: string }; url: string };
  log: LogEntry[];
  chainHead: string;
};
let bundle: Record<string, Uint8Array>;
let backup: Record<string, Uint8Array>;
let target: WeiquanDb | undefined;
afterEach(async () => target?.delete());

beforeAll(async () => {
  const db = openDb('order-bound-source');
  await seedCase(db);
  bundle = unzipSync(new Uint8Array(await (await exportCase(db, 1)).blob.arrayBuffer()));
  backup = unzipSync(new Uint8Array(await (await exportBackup(db)).blob.arrayBuffer()));
  await db.delete();
});

const enc = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const read = <T>(files: Record<string, Uint8Array>, path: string) =>
  JSON.parse(new TextDecoder().decode(files[path])) as T;
const check = async (files: Record<string, Uint8Array>) =>
  checkBag(zipSource(await openZip(new Blob([zipOf(files) as BlobPart]))));
const forged = (change: (doc: Doc) => void) => {
  const doc = read<Doc>(bundle, 'data/case.json');
  change(doc);
  return rebag({ ...bundle, 'data/case.json': enc(doc) });
};

describe('the order details are bound to the chain', () => {
  it('the exported case logs its order and verifies (control)', async () => {
    const result = await check(bundle);
    expect(result.problems).toEqual([]);
    expect(result.cases[0]!.order).toBe('bound');
    expect(read<Doc>(bundle, 'data/case.json').log.map((e) => e.action)).toContain('order-recorded');
  });

  it('fails when the amount and the shop are rewritten, the manifests recomputed', async () => {
    const files = forged((doc) => {
      doc.order!.order.amount = '19999.00';
      doc.order!.order.shopName = '别的店';
    });
    const result = await check(files);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({
      path: 'data/case.json',
      problem: 'fields-differ-from-log',
      detail: 'order',
    });
    target = openDb('order-bound-import-1');
    await expect(importBundle(target, new Blob([zipOf(files) as BlobPart]))).rejects.toMatchObject({
      code: 'verify-failed',
    });
    expect(await target.orders.count()).toBe(0);
  });

  it('fails when the order is left out of case.json', async () => {
    const result = await check(forged((doc) => delete doc.order));
    expect(result.problems).toContainEqual({
      path: 'data/case.json',
      problem: 'fields-differ-from-log',
      detail: 'order (left out)',
    });
  });

  it('does not bind the auto-confirm time (it moves on every visit), and says so', async () => {
    const result = await check(forged((doc) => (doc.order!.order.autoConfirmBy = '2026-12-01 10:00')));
    expect(result.ok).toBe(true);
  });

  it("fails when a backup's list of orders holds other facts for a case's order", async () => {
    const doc = read<{ orders: Array<{ order: { amount?: string } }> }>(backup, 'data/backup.json');
    doc.orders[0]!.order.amount = '19999.00';
    const files = rebag({ ...backup, 'data/backup.json': enc(doc) });
    const result = await check(files);
    expect(result.problems).toContainEqual({
      path: 'data/backup.json',
      problem: 'fields-differ-from-log',
      detail: 'order tmall:4864583305858004803',
    });
    target = openDb('order-bound-restore');
    await expect(restoreBackup(target, new Blob([zipOf(files) as BlobPart]))).rejects.toMatchObject({
      code: 'verify-failed',
    });
  });

  it('an order the chain never logged (before v4) verifies as unbound and is not imported', async () => {
    // The chain as v3 wrote it: the same entries without the order-recorded one, linked afresh.
    const files = forged((doc) => {
      let last: LogEntry | undefined;
      doc.log = doc.log
        .filter((entry) => entry.action !== 'order-recorded')
        .map(({ seq: _s, prevHash: _p, hash: _h, ...body }) => (last = nextEntry(last, body)));
      doc.chainHead = last!.hash;
    });
    const result = await check(files);
    expect(result.problems).toEqual([]);
    expect(result.cases[0]!.order).toBe('unbound');
    target = openDb('order-bound-import-2');
    const imported = await importBundle(target, new Blob([zipOf(files) as BlobPart]));
    expect(imported.cases).toHaveLength(1);
    expect(await target.orders.count()).toBe(0);
  });

  it("binds the order page's scheme and host: an https source rewritten as http fails", async () => {
    expect(read<Doc>(bundle, 'data/case.json').log.find((e) => e.order)!.order).toMatchObject({ v: 2 });
    const http = await check(forged((doc) => (doc.order!.url = doc.order!.url.replace('https:', 'http:'))));
    expect(http.problems).toContainEqual({
      path: 'data/case.json',
      problem: 'fields-differ-from-log',
      detail: 'order',
    });
    const host = await check(
      forged((doc) => (doc.order!.url = doc.order!.url.replace('trade.tmall', 'evil'))),
    );
    expect(host.ok).toBe(false);
    // The rest of the address (path, query) is not bound: another visit may show the same order there.
    expect((await check(forged((doc) => (doc.order!.url += '&spm=a1')))).ok).toBe(true);
  });

  it('a bundle in the format before the source was hashed (no v) still verifies, and is still bound', async () => {
    // The chain as the previous release wrote it: order-recorded hashed the facts alone.
    const files = forged((doc) => {
      let last: LogEntry | undefined;
      doc.log = doc.log.map(({ seq: _s, prevHash: _p, hash: _h, ...body }) => {
        const v1 = body.order ? { ...body, order: { sha256: orderSha256(doc.order!.order) } } : body;
        return (last = nextEntry(last, v1));
      });
      doc.chainHead = last!.hash;
    });
    const result = await check(files);
    expect(result.problems).toEqual([]);
    expect(result.cases[0]!.order).toBe('bound');
    const changed = await check(
      rebag({
        ...files,
        'data/case.json': enc({
          ...read<Doc>(files, 'data/case.json'),
          order: {
            ...read<Doc>(files, 'data/case.json').order,
            order: { ...read<Doc>(files, 'data/case.json').order!.order, amount: '1.00' },
          },
        }),
      }),
    );
    expect(changed.ok).toBe(false);
  });
});
