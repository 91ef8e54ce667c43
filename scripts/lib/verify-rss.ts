// Verify's time and peak memory (RSS of its own node process), and a bundle holding one 2 GB
// evidence entry to measure it on (#18 item 3: memory must stay a few MB whatever the entry size).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { nextEntry } from '../../lib/chain';
import { logEvidence } from '../../storage/case-log';
import type { EvidenceRecord } from '../../storage/db';
import { exportCase } from '../../storage/bundle/export';
import { openDb } from '../../storage/db';
import { rebag } from '../../tests/fixtures/bundles/raw-zip';
import { seedCase } from '../../tests/fixtures/bundles/seed';

export interface VerifyRun {
  exitCode: number;
  ms: number;
  rssMb: number;
  lines: string[];
}

export async function verifyInChild(file: string): Promise<VerifyRun> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/verify-rss-entry.ts', file],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout) as VerifyRun;
}

/** The seeded test case, exported: the small bundle both big-entry figures are set against. */
export async function smallBundle(): Promise<Uint8Array> {
  // Dexie takes the IndexedDB it finds when it loads; node has none, so it is handed one here.
  Object.assign(Dexie.dependencies, { indexedDB: new IDBFactory(), IDBKeyRange });
  const db = openDb('verify-rss-bench');
  const bytes = new Uint8Array(await (await exportCase(db, await seedCase(db))).blob.arrayBuffer());
  await db.delete();
  return bytes;
}

const MB = 1024 * 1024;

/**
 * Writes `file`: the small bundle plus one evidence item of `size` bytes (deflated about 60:1, or
 * stored), logged in the case's chain and listed in every manifest, so verify must read and hash
 * all of it and says OK.
 */
export async function writeBigEntryBundle(
  file: string,
  size: number,
  method: 'deflate' | 'store' = 'deflate',
): Promise<void> {
  const files = unzipSync(await smallBundle());
  const path = 'data/evidence/900_big-video.bin';
  const sha256 = createHash('sha256');
  const sha512 = createHash('sha512');
  const out = openSync(file, 'w');
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    writeSync(out, chunk);
  });
  // Each MB: 16 kB of random bytes, then zeros.
  const big = method === 'deflate' ? new ZipDeflate(path, { level: 1 }) : new ZipPassThrough(path);
  zip.add(big);
  const chunk = new Uint8Array(MB);
  for (let at = 0; at < size; at += MB) {
    chunk.fill(0);
    for (let i = 0; i < 16 * 1024; i += 65536)
      crypto.getRandomValues(chunk.subarray(i, Math.min(i + 65536, 16 * 1024)));
    const part = chunk.subarray(0, Math.min(MB, size - at));
    sha256.update(part);
    sha512.update(part);
    big.push(part.slice(), at + MB >= size);
  }
  const digest = { sha256: sha256.digest('hex'), sha512: sha512.digest('hex') };

  const doc = JSON.parse(new TextDecoder().decode(files['data/case.json'])) as {
    evidence: Array<Record<string, unknown> & { meta: unknown; capturedAt: number }>;
    log: Parameters<typeof nextEntry>[0][];
    chainHead: string;
  };
  const model = doc.evidence[0]!;
  const item = {
    ...model,
    uid: 'bench-big-entry',
    kind: 'file',
    path,
    title: 'big video',
    mimeType: 'video/mp4',
    size,
    sha256: digest.sha256,
  };
  // The exported item carries every field logEvidence reads (its meta as stored).
  const logged = logEvidence(item as unknown as EvidenceRecord);
  const entry = nextEntry(doc.log.at(-1), {
    at: model.capturedAt + 1,
    action: 'evidence-added',
    evidence: logged,
  });
  doc.evidence.push(item);
  doc.log.push(entry);
  doc.chainHead = entry.hash;
  files['data/case.json'] = new TextEncoder().encode(JSON.stringify(doc, null, 2));

  const bag = rebag(files, [{ path, size, ...digest }]);
  for (const [name, data] of Object.entries(bag)) {
    const small = new ZipPassThrough(name);
    zip.add(small);
    small.push(data, true);
  }
  zip.end();
  closeSync(out);
}
