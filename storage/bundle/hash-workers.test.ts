// Big items hashed off the page's thread: each share's hashes against node's own, and an export
// through the workers byte for byte the same as one hashed on the page, where workers are there,
// where the page cannot start them and where they fail to load. (tests/e2e/bundle.e2e.ts sees the
// real workers start in Chromium.)
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pngBytes, seedCase } from '../../tests/fixtures/bundles/seed';
import { addEvidence } from '../evidence-repo';
import { openDb, type WeiquanDb } from '../db';
import { hashShare, type HashShare } from './blob-hash';
import { jsEngine, useDigestEngine } from './digest';
import { wasmEngine } from './digest-wasm';
import { exportCase } from './export';

const MB = 1024 ** 2;
const NOW = Date.UTC(2026, 10, 22, 7, 0, 0);

/** A dedicated worker run in this thread: the real hashing, as hash-worker.ts answers it. */
class InProcessWorker {
  static shares: HashShare[] = [];
  static terminated = 0;
  onmessage?: (event: { data: unknown }) => void;
  onerror?: (event: { message: string; preventDefault(): void }) => void;
  onmessageerror?: () => void;
  postMessage({ id, blob, share }: { id: number; blob: Blob; share: HashShare }): void {
    InProcessWorker.shares.push(share);
    void hashShare(blob, share, (bytes) => this.onmessage?.({ data: { id, bytes } })).then((result) =>
      this.onmessage?.({ data: { id, result } }),
    );
  }
  terminate(): void {
    InProcessWorker.terminated++;
  }
}

/** A worker whose script the page may not load (a CSP refusing it): an error event, no answer. */
class RefusedWorker extends InProcessWorker {
  override postMessage(): void {
    setTimeout(() => this.onerror?.({ message: 'refused', preventDefault() {} }));
  }
}

/** A worker that answers with something other than digests: read as a failure, never as hashes. */
class GarbledWorker extends InProcessWorker {
  override postMessage({ id }: { id: number }): void {
    setTimeout(() => this.onmessage?.({ data: { id, result: { hex: '<img src=x>', crc32: 0 } } }));
  }
}

let db: WeiquanDb | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  useDigestEngine(jsEngine);
  InProcessWorker.shares = [];
  InProcessWorker.terminated = 0;
  await db?.delete();
});

async function caseWithVideo(): Promise<number> {
  db = openDb(`hash-workers-${Math.random()}`);
  const caseId = await seedCase(db);
  const video = new Blob([pngBytes(9 * MB + 3, 5) as BlobPart], { type: 'video/mp4' });
  await addEvidence(
    db,
    { caseId },
    {
      kind: 'file',
      url: '',
      title: 'unboxing.mp4',
      capturedAt: NOW - 1000,
      mimeType: 'video/mp4',
      content: video,
      meta: { fileName: 'unboxing.mp4' },
    },
    NOW - 1000,
  );
  return caseId;
}

const bundleBytes = async (caseId: number) => {
  const progress: number[] = [];
  const { blob, problems } = await exportCase(db!, caseId, {
    now: NOW,
    onProgress: (done, total) => progress.push(done / total),
  });
  expect(problems).toEqual([]);
  expect(progress.at(-1)).toBe(1);
  // Compared by digest: a failing toEqual on megabytes would take the diff forever.
  return createHash('sha256')
    .update(new Uint8Array(await blob.arrayBuffer()))
    .digest('hex');
};

describe('hash shares (what each worker computes)', () => {
  const bytes = pngBytes(17 * MB + 5, 3);
  const blob = new Blob([bytes as BlobPart]);
  const sha256AndCrc = { hex: createHash('sha256').update(bytes).digest('hex'), crc32: crc32(bytes) | 0 };

  it('gives node’s SHA-256 and the zip’s CRC-32 of an item read whole (WebCrypto), with progress to the end', async () => {
    let seen = 0;
    expect(await hashShare(blob, 'sha256-crc32', (n) => (seen += n))).toEqual(sha256AndCrc);
    expect(seen).toBe(bytes.length);
    expect(await hashShare(new Blob([]), 'sha256-crc32')).toEqual({
      hex: createHash('sha256').digest('hex'),
      crc32: 0,
    });
  });

  it('takes SHA-256 of an item up to the whole-read size natively (WebCrypto), above it in WASM', async () => {
    const native = vi.spyOn(crypto.subtle, 'digest');
    await hashShare(blob, 'sha256-crc32', undefined, 18 * MB);
    expect(native.mock.calls.map(([algorithm]) => algorithm)).toEqual(['SHA-256']);
    await hashShare(blob, 'sha256-crc32', undefined, 17 * MB);
    await hashShare(blob, 'sha512');
    expect(native).toHaveBeenCalledTimes(1);
  });

  it('gives the same over 8 MB slices above the whole-read size, and node’s SHA-512 in slices', async () => {
    let seen = 0;
    expect(await hashShare(blob, 'sha256-crc32', (n) => (seen += n), 16 * MB)).toEqual(sha256AndCrc);
    expect(seen).toBe(bytes.length);
    expect(await hashShare(blob, 'sha512')).toEqual({
      hex: createHash('sha512').update(bytes).digest('hex'),
    });
    expect(await hashShare(new Blob([]), 'sha256-crc32', undefined, -1)).toEqual({
      hex: createHash('sha256').digest('hex'),
      crc32: 0,
    });
  });

  it('never sends the zip a CRC-32 with its top bit as an unsigned number (fflate’s signed form)', async () => {
    // pngBytes(…, 3) of this size has a CRC-32 above 2^31: the form must match crc-32 and fflate.
    const crcs = await Promise.all(
      [0, 16 * MB].map((whole) => hashShare(blob, 'sha256-crc32', undefined, whole)),
    );
    for (const { crc32: value } of crcs) expect(value).toBe(crc32(bytes) | 0);
  });
});

describe('export with hash workers', () => {
  it('writes the same bundle whether the video is hashed in workers or on the page', async () => {
    const caseId = await caseWithVideo();
    useDigestEngine(wasmEngine);
    const onPage = await bundleBytes(caseId); // node has no Worker: hashed here
    vi.stubGlobal('Worker', InProcessWorker);
    const inWorkers = await bundleBytes(caseId);
    expect(InProcessWorker.shares.sort()).toEqual(['sha256-crc32', 'sha512']);
    expect(InProcessWorker.terminated).toBe(2);
    expect(inWorkers).toEqual(onPage);
  }, 60_000);

  it('hashes on the page where workers cannot start, fail to load or answer garbage: the same bundle', async () => {
    const caseId = await caseWithVideo();
    useDigestEngine(wasmEngine);
    const onPage = await bundleBytes(caseId);
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Refused to create a worker', 'SecurityError');
        }
      },
    );
    expect(await bundleBytes(caseId)).toEqual(onPage);
    vi.stubGlobal('Worker', RefusedWorker);
    expect(await bundleBytes(caseId)).toEqual(onPage);
    expect(RefusedWorker.terminated).toBe(2);
    vi.stubGlobal('Worker', GarbledWorker);
    expect(await bundleBytes(caseId)).toEqual(onPage);
  }, 60_000);
});
