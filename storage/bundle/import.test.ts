// Hostile bundles: each is refused with a message naming the problem, and the database is
// exactly as it was (a case already there, untouched; nothing added).
import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawZip, rebag, zipOf } from '../../tests/fixtures/bundles/raw-zip';
import { seedCase } from '../../tests/fixtures/bundles/seed';
import { openDb, type WeiquanDb } from '../db';
import { ensureCase } from '../cases-repo';
import { exportCase } from './export';
import { importBundle } from './import';
import { BIG_INPUT } from '../../tests/support/time-limits';

let good: Record<string, Uint8Array>;
let target: WeiquanDb;
const snapshot = async (db: WeiquanDb) => ({
  cases: await db.cases.toArray(),
  log: await db.log.toArray(),
  evidence: (await db.evidence.toArray()).map(({ content: _c, ...rest }) => rest),
  orders: await db.orders.toArray(),
});
let before: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  const source = openDb('bundle-hostile-source');
  const { blob } = await exportCase(source, await seedCase(source));
  good = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  await source.delete();
  // The target already holds another case: it must come out of every refusal untouched.
  target = openDb('bundle-hostile-target');
  await ensureCase(target, 'taobao', '1234567890123456789', '别的案件', 1000);
  before = await snapshot(target);
});
afterAll(async () => target.delete());

const enc = (text: string) => new TextEncoder().encode(text);
const evidencePath = () => Object.keys(good).find((p) => p.includes('_screenshot_'))!;
const caseJson = () =>
  JSON.parse(new TextDecoder().decode(good['data/case.json'])) as Record<string, unknown> & {
    log: Array<Record<string, unknown>>;
  };
const withCase = (doc: unknown) => rebag({ ...good, 'data/case.json': enc(JSON.stringify(doc)) });

async function refused(bytes: Uint8Array, code: string, words: RegExp): Promise<void> {
  const error = (await importBundle(target, new Blob([bytes as BlobPart])).then(
    () => new Error('imported'),
    (e: unknown) => e,
  )) as { code?: string; text?: { zh: string; en: string } };
  expect(error.code).toBe(code);
  expect(error.text?.en).toMatch(words);
  expect(error.text?.zh.length).toBeGreaterThan(3);
  expect(await snapshot(target)).toEqual(before);
}

describe('hostile bundles are refused and nothing is written', () => {
  it('accepts the untouched bundle (control)', async () => {
    const db = openDb('bundle-hostile-control');
    await expect(importBundle(db, new Blob([zipOf(good) as BlobPart]))).resolves.toMatchObject({
      cases: [expect.anything()],
    });
    await db.delete();
  });

  it('not a zip', () => refused(enc('just some text, not a zip at all'), 'not-a-zip', /not a zip/));

  it('a truncated zip', () => {
    const whole = zipOf(good);
    return refused(whole.subarray(0, Math.floor(whole.length / 2)), 'truncated', /truncated/);
  });

  it('a zip bomb by ratio: 20 MB of zeros in a few kB', () =>
    refused(
      rawZip([
        ...Object.entries(good).map(([name, data]) => ({ name, data })),
        { name: 'data/zeros.bin', data: new Uint8Array(20 * 1024 * 1024), method: 8 },
      ]),
      'zip-bomb',
      /data\/zeros\.bin.*compression ratio/,
    ));

  it('a zip bomb that inflates past the size it declares', () =>
    // Listed in the manifests, so the check inflates it (an unlisted entry fails unread).
    refused(
      rawZip(
        Object.entries(rebag({ ...good, 'data/liar.bin': new Uint8Array(600_000).fill(7) })).map(
          ([name, data]) =>
            name === 'data/liar.bin'
              ? { name, data, method: 8 as const, declaredSize: 100_000 }
              : { name, data },
        ),
      ),
      'zip-bomb',
      /data\/liar\.bin.*beyond its declared size/,
    ));

  it('a huge declared size', () =>
    refused(
      rawZip([
        { name: 'bagit.txt', data: good['bagit.txt']! },
        { name: 'data/huge.bin', data: new Uint8Array(10), method: 8, declaredSize: 3 * 1024 ** 3 },
      ]),
      'too-large',
      /huge\.bin.*too large/,
    ));

  it('entries that overlap (one compressed body, many entries)', () =>
    refused(
      rawZip([
        { name: 'bagit.txt', data: good['bagit.txt']! },
        { name: 'data/a.bin', data: new Uint8Array(1000) },
        { name: 'data/b.bin', data: new Uint8Array(1000), sameOffsetAs: 'data/a.bin' },
      ]),
      'zip-bomb',
      /overlaps/,
    ));

  it('too many entries', BIG_INPUT, () =>
    refused(
      rawZip(
        Array.from({ length: 50_001 }, (_, i) => ({ name: `data/${i}`, data: new Uint8Array(0) })),
      ).subarray(0),
      'too-many-entries',
      /50001 entries/,
    ),
  );

  it.each([
    ['../evil.txt', /Unsafe file name "\.\.\/evil\.txt"/],
    ['data/../../evil.txt', /Unsafe file name/],
    ['/etc/passwd', /absolute path/],
    ['C:\\Windows\\evil.txt', /reserved character/],
    ['data//x.txt', /empty segment/],
    ['data/evidence/\u202Egnp.exe', /bidi control/],
    ['data/evidence/a\u2066b.png', /bidi control/],
    ['data/a\u0085b.txt', /control character/],
    ['data/a\u009bb.txt', /control character/],
    ['data/CON', /Windows device name/],
    ['data/nul.txt', /Windows device name/],
    ['data/evidence/Com1.png', /Windows device name/],
    ['data/lpt9', /Windows device name/],
    ['data/aux/x.png', /Windows device name/],
    ['data/x.png.', /ends in a dot or a space/],
    ['data/x.png ', /ends in a dot or a space/],
    ['data/dir./x.png', /ends in a dot or a space/],
  ])('an unsafe name: %s', (name, words) =>
    refused(
      rawZip([...Object.entries(good).map(([n, data]) => ({ name: n, data })), { name, data: enc('x') }]),
      'unsafe-name',
      words,
    ),
  );

  it('a duplicate name, also when only the letter case differs', async () => {
    const entries = Object.entries(good).map(([name, data]) => ({ name, data }));
    await refused(
      rawZip([...entries, { name: 'data/case.json', data: enc('{}') }]),
      'duplicate-name',
      /Duplicate file name "data\/case\.json"/,
    );
    await refused(
      rawZip([...entries, { name: 'DATA/CASE.JSON', data: enc('{}') }]),
      'duplicate-name',
      /DATA\/CASE\.JSON/,
    );
  });

  it('an extra field, a comment or a central directory larger than any real one', async () => {
    const entries = Object.entries(good).map(([name, data]) => ({ name, data }));
    await refused(
      rawZip([...entries, { name: 'data/x.txt', data: enc('x'), extra: new Uint8Array(2000) }]),
      'unsupported-zip',
      /data\/x\.txt" has an extra field or comment that is too long/,
    );
    await refused(
      rawZip(entries, { comment: new Uint8Array(5000) }),
      'unsupported-zip',
      /comment is too long/,
    );
    await refused(
      rawZip(entries, { padDirectory: entries.length * 2000 }),
      'unsupported-zip',
      /directory is abnormally large/,
    );
  });

  it('an encrypted entry', () =>
    refused(
      rawZip([
        ...Object.entries(good).map(([name, data]) => ({ name, data })),
        { name: 'data/secret', data: enc('x'), flags: 1 },
      ]),
      'unsupported-zip',
      /encrypted/,
    ));

  it('a missing evidence file', () => {
    const { [evidencePath()]: _gone, ...rest } = good;
    return refused(zipOf(rest), 'verify-failed', new RegExp(`${evidencePath()}: file is missing`));
  });

  it('a wrong hash (one byte of one image changed)', () => {
    const changed = new Uint8Array(good[evidencePath()]!);
    changed[100] = changed[100]! ^ 0xff;
    return refused(
      zipOf({ ...good, [evidencePath()]: changed }),
      'verify-failed',
      new RegExp(`${evidencePath()}: hash does not match`),
    );
  });

  it('evidence swapped and the manifests recomputed: the case log still catches it', () => {
    const changed = new Uint8Array(good[evidencePath()]!);
    changed[100] = changed[100]! ^ 0xff;
    return refused(
      zipOf(rebag({ ...good, [evidencePath()]: changed })),
      'verify-failed',
      /does not match the hash in the case log/,
    );
  });

  it('a broken chain (a log entry back-dated, manifests recomputed)', () => {
    const doc = caseJson();
    doc.log[1]!.at = 1;
    return refused(zipOf(withCase(doc)), 'verify-failed', /data\/case\.json: the hash chain is broken/);
  });

  it('an unknown schema version', () =>
    refused(zipOf(withCase({ ...caseJson(), version: 2 })), 'unknown-version', /schema version 2/));

  it('case.json that breaks its schema', () =>
    refused(
      zipOf(withCase({ ...caseJson(), evidence: [{ path: '../../x' }] })),
      'bad-json',
      /does not match its schema/,
    ));

  it('an oversized case.json', BIG_INPUT, () => {
    const doc = JSON.stringify(caseJson());
    return refused(
      zipOf(rebag({ ...good, 'data/case.json': enc(doc + ' '.repeat(33 * 1024 * 1024)) })),
      'json-too-large',
      /data\/case\.json" is too large/,
    );
  });

  it('case.json moved to another order (manifests recomputed): the log still names the case', async () => {
    const doc = caseJson() as ReturnType<typeof caseJson> & { case: { orderId: string; title: string } };
    await refused(
      zipOf(withCase({ ...doc, case: { ...doc.case, orderId: '9999999999999999999' } })),
      'verify-failed',
      /data\/case\.json: the data differs from what the case log recorded \(it was changed\) \(case: orderId\)/,
    );
    await refused(
      zipOf(withCase({ ...doc, case: { ...doc.case, title: '另一家店', notes: undefined } })),
      'verify-failed',
      /case: title, notes/,
    );
  });

  it('an item relabelled in case.json (manifests recomputed): its fields and metadata are bound to the log', async () => {
    const doc = caseJson() as ReturnType<typeof caseJson> & {
      evidence: Array<Record<string, unknown> & { meta: Record<string, unknown>; path: string }>;
    };
    const first = doc.evidence[0]!;
    doc.evidence[0] = {
      ...first,
      title: '别的页面',
      url: 'https://example.com/',
      capturedAt: 1,
      meta: { ...first.meta, viewport: { width: 1, height: 1 } },
    };
    doc.evidence[1] = { ...doc.evidence[1]!, mimeType: 'image/png', kind: 'screenshot' };
    await refused(
      zipOf(withCase(doc)),
      'verify-failed',
      new RegExp(
        `${first.path}: the data differs from what the case log recorded \\(it was changed\\) \\(title, capturedAt, url, meta\\)`,
      ),
    );
  });

  it('an extra payload file, even with the manifests recomputed', () =>
    refused(
      zipOf(rebag({ ...good, 'data/evidence/extra.png': enc('added later') })),
      'verify-failed',
      /data\/evidence\/extra\.png: an extra file the export did not write/,
    ));

  it('a listed item whose file was removed with the manifests recomputed', () => {
    const { [evidencePath()]: _gone, ...rest } = good;
    return refused(zipOf(rebag(rest)), 'verify-failed', new RegExp(`${evidencePath()}: file is missing`));
  });

  it('a listed item whose file was removed, and its log entries too: still missing', () => {
    // The forger drops the file, its case.json entry stays (so the report still shows it).
    const doc = caseJson() as ReturnType<typeof caseJson> & { evidence: Array<{ path: string }> };
    const { [evidencePath()]: _gone, ...rest } = good;
    return refused(
      zipOf(rebag({ ...rest, 'data/case.json': enc(JSON.stringify(doc)) })),
      'verify-failed',
      new RegExp(`${evidencePath()}: file is missing`),
    );
  });

  it('a file added to the bag', () =>
    refused(
      zipOf({ ...good, 'data/evidence/extra.png': enc('added later') }),
      'verify-failed',
      /extra\.png: not listed in the manifest/,
    ));
});

describe('a bundle that repeats itself', () => {
  it('refuses one evidence uid used twice (manifests recomputed)', async () => {
    const doc = JSON.parse(new TextDecoder().decode(good['data/case.json'])) as {
      evidence: Array<{ uid: string }>;
    };
    doc.evidence[1]!.uid = doc.evidence[0]!.uid;
    await refused(
      zipOf(rebag({ ...good, 'data/case.json': new TextEncoder().encode(JSON.stringify(doc)) })),
      'verify-failed',
      /case log/,
    );
  });
});
