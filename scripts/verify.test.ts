import 'fake-indexeddb/auto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { rebag, zipOf } from '../tests/fixtures/bundles/raw-zip';
import { seedCase } from '../tests/fixtures/bundles/seed';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { COMPILES_CODE } from '../tests/support/time-limits';
import { openDb } from '../storage/db';
import { updateCase } from '../storage/cases-repo';
import { exportBackup, exportCase } from '../storage/bundle/export';
import { CHAIN_GENESIS, entryHash, logOrder, type LogEntry } from '../lib/chain';
import { parseExpected, verifyBundle } from './verify';

let dir: string;
let good: Record<string, Uint8Array>;
let bundle: string;
let backup: string;
let cut: string;
let head: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verify-'));
  const db = openDb('verify-cli');
  const caseId = await seedCase(db);
  const { blob } = await exportCase(db, caseId);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  good = unzipSync(bytes);
  bundle = join(dir, 'bundle.zip');
  await writeFile(bundle, bytes);
  backup = join(dir, 'backup.zip');
  await writeFile(backup, new Uint8Array(await (await exportBackup(db)).blob.arrayBuffer()));
  // A tail cut as a forger would make it: the case closed last, that entry removed, case.json
  // put back as it was before, chainHead and every manifest recomputed.
  await updateCase(db, caseId, { status: 'resolved' }, Date.UTC(2026, 10, 21));
  const closed = unzipSync(new Uint8Array(await (await exportCase(db, caseId)).blob.arrayBuffer()));
  const doc = JSON.parse(new TextDecoder().decode(closed['data/case.json'])) as {
    case: Record<string, unknown>;
    log: Array<{ hash: string }>;
    chainHead: string;
  };
  head = `${doc.log.length}:${doc.chainHead}`;
  doc.log.pop();
  doc.chainHead = doc.log.at(-1)!.hash;
  doc.case.status = 'open';
  cut = join(dir, 'cut.zip');
  await writeFile(
    cut,
    zipOf(rebag({ ...closed, 'data/case.json': new TextEncoder().encode(JSON.stringify(doc)) })),
  );
  await db.delete();
});

const image = () => Object.keys(good).find((p) => p.includes('_screenshot_'))!;

describe('npm run verify', () => {
  it('exits 0 with a summary for an intact bundle and an intact backup', async () => {
    const outcome = await verifyBundle(bundle);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.lines[0]).toMatch(/^OK .*bundle\.zip: case tmall 4864583305858004803/);
    expect(outcome.lines.join('\n')).toMatch(/4 evidence items match their case log; 9 log entries/);
    // What it does not vouch for is said, every time.
    expect(outcome.lines.at(-1)).toBe(
      "  NOT BOUND to the chain (could be rewritten with the manifests recomputed): data/drafts/*, index.html, data/what-this-proves.txt, exportedAt, the order's page URL, seen times and auto-confirm time",
    );
    expect(outcome.json).toMatchObject({ cases: [{ order: 'bound' }] });
    expect((await verifyBundle(backup)).exitCode).toBe(0);
  });

  it('exits 1 naming the one file whose byte was flipped', async () => {
    const changed = new Uint8Array(good[image()]!);
    changed[5000] = changed[5000]! ^ 1;
    const file = join(dir, 'flipped.zip');
    await writeFile(file, zipOf({ ...good, [image()]: changed }));
    const outcome = await verifyBundle(file);
    expect(outcome.exitCode).toBe(1);
    const failing = outcome.lines.filter((l) => l.startsWith('FAIL '));
    expect(failing).toHaveLength(1);
    expect(failing[0]).toContain(`FAIL ${image()}: hash does not match the manifest`);
  });

  it('exits 1 naming each failing file, tag files included', async () => {
    const file = join(dir, 'two.zip');
    const html = new TextEncoder().encode('<p>replaced report</p>');
    const note = new Uint8Array(good['data/what-this-proves.txt']!);
    note[0] = note[0]! ^ 1;
    await writeFile(file, zipOf({ ...good, 'index.html': html, 'data/what-this-proves.txt': note }));
    const outcome = await verifyBundle(file);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines.filter((l) => l.startsWith('FAIL ')).map((l) => l.split(':')[0])).toEqual([
      'FAIL data/what-this-proves.txt',
      'FAIL index.html',
    ]);
  });

  it('cannot see a cut tail alone, but --expect with the head filed elsewhere does', async () => {
    expect((await verifyBundle(cut)).exitCode).toBe(0);
    const outcome = await verifyBundle(cut, parseExpected(head));
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines.join('\n')).toMatch(/FAIL data\/case\.json: the log is shorter than/);
    expect(outcome.json).toMatchObject({
      failed: [{ path: 'data/case.json', problems: ['missing-entries'] }],
    });
    const [count, hash] = head.split(':');
    expect((await verifyBundle(bundle)).lines.join('\n')).toContain(`chain head ${9}:`);
    expect(parseExpected(`${count}:${hash!.toUpperCase()}`)).toEqual({ count: Number(count), head: hash });
    expect(parseExpected('12:abc')).toBeUndefined();
  });

  it('says on every OK without --expect that a consistent bundle is not shown to be the one filed', async () => {
    // The attack: the order's shop rewritten, its order-recorded entry re-hashed and every later
    // entry re-linked, the manifests recomputed. The chain is whole again, so the bundle is OK.
    const doc = JSON.parse(new TextDecoder().decode(good['data/case.json'])) as {
      order: { order: Record<string, unknown>; url: string };
      log: LogEntry[];
      chainHead: string;
    };
    doc.order.order.shopName = '改写的店铺';
    let previous: LogEntry | undefined;
    doc.log = doc.log.map((entry) => {
      const { hash: _hash, ...body } = entry;
      const rewritten =
        entry.action === 'order-recorded'
          ? { ...body, order: logOrder(doc.order.order, doc.order.url) }
          : body;
      const linked = { ...rewritten, prevHash: previous ? previous.hash : CHAIN_GENESIS };
      previous = { ...linked, hash: entryHash(linked) };
      return previous;
    });
    doc.chainHead = previous!.hash;
    const rebuilt = join(dir, 'rebuilt.zip');
    const json = new TextEncoder().encode(JSON.stringify(doc));
    await writeFile(rebuilt, zipOf(rebag({ ...good, 'data/case.json': json })));
    const outcome = await verifyBundle(rebuilt);
    expect(outcome.exitCode).toBe(0);
    const text = outcome.lines.join('\n');
    expect(text).toContain(`chain head ${doc.log.length}:${doc.chainHead}`);
    expect(text).toMatch(/CONSISTENT, NOT SHOWN TO BE THE ONE FILED: without --expect/);
    expect(outcome.json).toMatchObject({ expectedHead: 'not-given' });
    // The head recorded when filing tells the two apart.
    const original = (await verifyBundle(bundle)).lines.find((l) => l.startsWith('  chain head '))!;
    const filed = parseExpected(/chain head (\S+)/.exec(original)![1]!);
    expect((await verifyBundle(rebuilt, filed)).exitCode).toBe(1);
    const matched = await verifyBundle(bundle, filed);
    expect(matched.lines.join('\n')).toContain('chain head MATCHES the expected');
    expect(matched.lines.join('\n')).not.toContain('NOT SHOWN');
    expect(matched.json).toMatchObject({ expectedHead: 'matched' });
  });

  it('exits 2 for a file that is not a bundle', async () => {
    const text = join(dir, 'notes.zip');
    await writeFile(text, 'hello');
    expect(await verifyBundle(text)).toMatchObject({
      exitCode: 2,
      lines: [expect.stringMatching(/not a zip/)],
    });
    const plainZip = join(dir, 'plain.zip');
    await writeFile(plainZip, zipOf({ 'a.txt': new TextEncoder().encode('a') }));
    expect(await verifyBundle(plainZip)).toMatchObject({
      exitCode: 2,
      lines: [expect.stringMatching(/not an evidence bundle/)],
    });
    expect((await verifyBundle(join(dir, 'absent.zip'))).exitCode).toBe(2);
  });

  it.each([
    [
      "an evidence item's metadata",
      (doc: Record<string, unknown>, deep: string) =>
        JSON.stringify(doc).replace('"meta":{', `"meta":{"x":${deep},`),
    ],
    [
      'the top of case.json',
      (doc: Record<string, unknown>, deep: string) => JSON.stringify(doc).replace(/^\{/, `{"x":${deep},`),
    ],
  ])('exits 2 with a message for deep nesting in %s', async (_where, nest) => {
    const doc = JSON.parse(new TextDecoder().decode(good['data/case.json'])) as Record<string, unknown>;
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const file = join(dir, `deep-${_where.length}.zip`);
    await writeFile(
      file,
      zipOf(rebag({ ...good, 'data/case.json': new TextEncoder().encode(nest(doc, deep)) })),
    );
    expect(await verifyBundle(file)).toMatchObject({
      exitCode: 2,
      lines: [expect.stringContaining('nests deeper than 64 levels')],
    });
  });

  it('sets the process exit code from the command line, run as the README says', COMPILES_CODE, async () => {
    const run = (...args: string[]) =>
      promisify(execFile)('npm', ['run', '-s', 'verify', '--', ...args], { cwd: process.cwd() }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    const ok = await run(bundle);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^OK /);
    const text = join(dir, 'cli-not.zip');
    await writeFile(text, 'hello');
    expect((await run(text)).code).toBe(2);
    expect((await run(cut, '--expect', head)).code).toBe(1);
  });
});
