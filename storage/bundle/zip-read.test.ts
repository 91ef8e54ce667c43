// The zip reader read as strictly as `unzip -t` (#18 item 4) and the check's order of work
// (#18 item 3): CRC-32 of every entry, local headers against the directory, no symlinks or
// other non-files, no data outside the entries and the directory; small files parsed before any
// large one is inflated, and only what a manifest lists is read at all.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawZip, rebag, type RawEntry } from '../../tests/fixtures/bundles/raw-zip';
import { seedCase } from '../../tests/fixtures/bundles/seed';
import { openDb } from '../db';
import { checkBag, type BagSource } from './check';
import { READ_WHOLE } from './digest';
import { exportCase } from './export';
import { zipSource } from './sources';
import { openZip } from './zip-read';

let exported: Uint8Array;
let good: Record<string, Uint8Array>;
let evidence: string;
const dir = mkdtempSync(join(tmpdir(), 'zip-read-'));

beforeAll(async () => {
  const db = openDb('zip-read-strict');
  exported = new Uint8Array(await (await exportCase(db, await seedCase(db))).blob.arrayBuffer());
  good = unzipSync(exported);
  evidence = Object.keys(good).find((p) => p.includes('_screenshot_'))!;
  await db.delete();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bag as raw entries, with changes to the named ones. */
const entries = (changes: Record<string, Partial<RawEntry>> = {}, files = good): RawEntry[] =>
  Object.entries(files).map(([name, data]) => ({ name, data, ...changes[name] }));

const check = async (bytes: Uint8Array) => checkBag(zipSource(await openZip(new Blob([bytes as BlobPart]))));

/** Why our reader refuses the zip, or 'ok' / 'failed' when it reads it and the check says so. */
async function ourVerdict(bytes: Uint8Array): Promise<string> {
  try {
    return (await check(bytes)).ok ? 'ok' : 'failed';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/** Info-ZIP's own test of every entry: true when it finds nothing wrong. */
function unzipPasses(bytes: Uint8Array): boolean {
  const file = join(dir, 'test.zip');
  writeFileSync(file, bytes);
  try {
    execFileSync('unzip', ['-tqq', file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a zip read as strictly as unzip -t', () => {
  it('reads our own export (fflate: data descriptors after each entry) and so does unzip', async () => {
    expect(await ourVerdict(exported)).toBe('ok');
    expect(unzipPasses(exported)).toBe(true);
  });

  const hostile: Array<[string, () => Uint8Array, string]> = [
    ['an entry whose CRC-32 is wrong', () => rawZip(entries({ [evidence]: { crc: 0x12345678 } })), 'damaged'],
    [
      'a data descriptor whose CRC-32 is wrong',
      () => rawZip(entries({ [evidence]: { descriptor: { crc: 1 } } })),
      'damaged',
    ],
    [
      'a local header with another size than the directory',
      () => rawZip(entries({ [evidence]: { local: { size: 5 } } })),
      'damaged',
    ],
    [
      'a local header with another method than the directory',
      () => rawZip(entries({ 'data/case.json': { method: 8, local: { method: 0 } } })),
      'damaged',
    ],
    [
      'a local header with other flags than the directory',
      () => rawZip(entries({ [evidence]: { local: { flags: 0x800 | 2 } } })),
      'damaged',
    ],
    [
      'a symlink entry',
      () =>
        rawZip([
          ...entries(),
          { name: 'data/link', data: new TextEncoder().encode('/etc/passwd'), unixMode: 0o120777 },
        ]),
      'not-a-file',
    ],
    [
      'a directory entry with data',
      () => rawZip([...entries(), { name: 'data/dir/', data: new Uint8Array(10) }]),
      'not-a-file',
    ],
    [
      'data before the first entry',
      () => rawZip(entries(), { prefix: new Uint8Array(64).fill(65) }),
      'hidden-data',
    ],
    [
      'data between two entries',
      () => rawZip(entries({ 'data/case.json': { trailing: new Uint8Array(100).fill(66) } })),
      'hidden-data',
    ],
    [
      'data between the directory and its end record',
      () => rawZip(entries(), { afterDirectory: new Uint8Array(32).fill(67) }),
      'hidden-data',
    ],
  ];
  for (const [what, make, code] of hostile) {
    it(`refuses ${what}`, async () => {
      expect(await ourVerdict(make())).toBe(code);
    });
  }

  it('never says OK where unzip -t fails: 400 single-byte changes to the headers of a real export', async () => {
    // Changed data fails its hashes anyway; changed headers (local, central, end record) are
    // where a reader that trusts too much says OK. A fixed-seed generator replays a failure.
    const zip = await openZip(new Blob([exported as BlobPart]));
    const directoryAt = Math.max(...zip.entries.map((e) => e.end));
    const headers = [
      ...zip.entries.flatMap((e) => Array.from({ length: 30 }, (_, i) => e.localOffset + i)),
      ...Array.from({ length: exported.length - directoryAt }, (_, i) => directoryAt + i),
    ];
    let seed = 18;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const disagreements: string[] = [];
    let unzipFailed = 0;
    for (let i = 0; i < 400; i++) {
      const bytes = exported.slice();
      const at = headers[next() % headers.length]!;
      bytes[at] = (bytes[at]! + 1 + (next() % 255)) % 256;
      const theirs = unzipPasses(bytes);
      if (!theirs) unzipFailed++;
      if (!theirs && (await ourVerdict(bytes)) === 'ok')
        disagreements.push(`byte ${at}: unzip fails, we say OK`);
    }
    expect(disagreements).toEqual([]);
    // The changes must reach what unzip checks, or the comparison shows nothing.
    expect(unzipFailed).toBeGreaterThan(40);
  }, 120_000);
});

describe('the order of work', () => {
  /** A source that counts what is hashed and read. */
  function counted(bytes: Uint8Array) {
    const read: string[] = [];
    return {
      read,
      source: async (): Promise<BagSource> => {
        const inner = zipSource(await openZip(new Blob([bytes as BlobPart])));
        return {
          ...inner,
          blob: (path) => (read.push(path), inner.blob(path)),
          digest: (path) => (read.push(`#${path}`), inner.digest(path)),
        };
      },
    };
  }

  it('refuses a case.json that does not match its schema before hashing any file', async () => {
    const doc = JSON.parse(new TextDecoder().decode(good['data/case.json'])) as Record<string, unknown>;
    const spy = counted(
      rawZip(
        entries(
          {},
          rebag({
            ...good,
            'data/case.json': new TextEncoder().encode(JSON.stringify({ ...doc, log: 'x' })),
          }),
        ),
      ),
    );
    await expect(checkBag(await spy.source())).rejects.toMatchObject({ code: 'bad-json' });
    expect(spy.read.filter((p) => p.startsWith('#') || p === evidence)).toEqual([]);
  });

  it('never reads a file that no manifest lists', async () => {
    const spy = counted(
      rawZip([...entries(), { name: 'data/evidence/added.bin', data: new Uint8Array(1000), method: 8 }]),
    );
    const result = await checkBag(await spy.source());
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({
      path: 'data/evidence/added.bin',
      problem: 'not-in-manifest',
      detail: 'manifest-sha256.txt',
    });
    expect(spy.read.filter((p) => p.includes('added.bin'))).toEqual([]);
  });

  it('hashes a deflated entry larger than READ_WHOLE as it inflates, with the right digests', async () => {
    // 24 MB that deflates about 10:1 (under the ratio limit): random bytes, then runs of zeros.
    const big = new Uint8Array(3 * READ_WHOLE);
    for (let at = 0; at < big.length; at += 4096) crypto.getRandomValues(big.subarray(at, at + 400));
    const zip = await openZip(
      new Blob([rawZip([{ name: 'data/big.bin', data: big, method: 8 }]) as BlobPart]),
    );
    const entry = zip.get('data/big.bin')!;
    expect(entry.compressedSize).toBeLessThan(big.length / 5);
    expect(await zip.digest(entry)).toEqual({
      sha256: createHash('sha256').update(big).digest('hex'),
      sha512: createHash('sha512').update(big).digest('hex'),
    });
    big[big.length - 1] = 1; // the same entry with its last byte changed after its CRC was taken
    const changed = rawZip([{ name: 'data/big.bin', data: big, method: 8, crc: entry.crc32 }]);
    const reread = await openZip(new Blob([changed as BlobPart]));
    await expect(reread.digest(reread.get('data/big.bin')!)).rejects.toMatchObject({ code: 'damaged' });
  }, 120_000);
});
