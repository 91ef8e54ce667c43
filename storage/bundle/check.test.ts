// checkBag on sources other than a zip: a picked folder (with what file managers add to it), and
// a backup whose JSON is too large in total. Also the memory bounds of the zip source.
import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { rebag } from '../../tests/fixtures/bundles/raw-zip';
import { seedCase } from '../../tests/fixtures/bundles/seed';
import { openDb } from '../db';
import { checkBag, type BagSource } from './check';
import { digestBlob, READ_WHOLE } from './digest';
import { exportCase } from './export';
import { MAX_JSON_BYTES, MAX_TOTAL_JSON_BYTES } from './limits';
import { fileListSource, zipSource } from './sources';
import { openZip } from './zip-read';

let zipBytes: Uint8Array;
let good: Record<string, Uint8Array>;

beforeAll(async () => {
  const db = openDb('bundle-check-sources');
  const { blob } = await exportCase(db, await seedCase(db));
  zipBytes = new Uint8Array(await blob.arrayBuffer());
  good = unzipSync(zipBytes);
  await db.delete();
});

/** Files as a folder picker gives them: "<folder>/<path>" in webkitRelativePath. */
const picked = (files: Record<string, Uint8Array>) =>
  Object.entries(files).map(([path, bytes]) => {
    const file = new File([bytes as BlobPart], path.split('/').pop()!);
    Object.defineProperty(file, 'webkitRelativePath', { value: `bundle/${path}` });
    return file;
  });

describe('a re-check of an unzipped folder', () => {
  it('ignores .DS_Store, Thumbs.db and desktop.ini, and says which', async () => {
    const junk = new TextEncoder().encode('junk');
    const check = await checkBag(
      fileListSource(
        picked({
          ...good,
          '.DS_Store': junk,
          'data/evidence/Thumbs.db': junk,
          'data/desktop.ini': junk,
        }),
      ),
    );
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.ignored.sort()).toEqual(['.DS_Store', 'data/desktop.ini', 'data/evidence/Thumbs.db']);
  });

  it('still fails on any other added file', async () => {
    const check = await checkBag(
      fileListSource(picked({ ...good, 'data/evidence/notes.txt': new TextEncoder().encode('x') })),
    );
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => [p.path, p.problem])).toContainEqual([
      'data/evidence/notes.txt',
      'not-in-manifest',
    ]);
  });
});

describe('memory bounds', () => {
  it('reads at most 8 MB of one file at once', () => {
    expect(READ_WHOLE).toBe(8 * 1024 * 1024);
  });

  it('does not keep opened zip entries', async () => {
    const source = zipSource(await openZip(new Blob([zipBytes as BlobPart])));
    const first = source.blob('data/case.json');
    expect(source.blob('data/case.json')).not.toBe(first);
    expect(await (await first).text()).toContain('weiquan-case');
  });

  it('refuses a backup whose JSON is too large in total, before parsing any case', async () => {
    const enc = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    const cases = Array.from({ length: 10 }, (_, i) => `data/cases/${i}/case.json`);
    const files = rebag({
      'bagit.txt': good['bagit.txt']!,
      'bag-info.txt': good['bag-info.txt']!,
      'data/backup.json': enc({
        format: 'weiquan-backup',
        version: 1,
        exportedAt: '2026-11-22T00:00:00.000Z',
        exportedBy: 'test',
        cases,
        orders: [],
        settings: [],
      }),
      ...Object.fromEntries(cases.map((path) => [path, enc({})])),
    });
    // Each case.json just under its own limit; together over the budget.
    const each = MAX_JSON_BYTES - 1;
    expect(each * cases.length).toBeGreaterThan(MAX_TOTAL_JSON_BYTES);
    const source: BagSource = {
      paths: Object.keys(files),
      size: (path) => (cases.includes(path) ? each : files[path]!.length),
      blob: (path) => Promise.resolve(new Blob([files[path]! as BlobPart])),
      digest: (path) => digestBlob(new Blob([files[path]! as BlobPart])),
    };
    await expect(checkBag(source)).rejects.toMatchObject({
      code: 'json-too-large',
      message: expect.stringMatching(/too large in total/) as unknown,
    });
  });
});
