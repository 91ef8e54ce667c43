// SHA-256 and SHA-512 of a file's bytes together (BagIt: the RFC's MUST/SHOULD algorithms). Files
// up to the engine's readWhole are read at once and hashed natively (WebCrypto); larger files
// stream through incremental hashes, so memory never holds more than one file, and never more
// than readWhole of a huge one. Which incremental hashes depends on where the code runs: the
// extension installs WASM ones (./digest-wasm), the verify CLI node's own (scripts/lib/
// node-digest.ts); the default, pure JS, works everywhere (the bundle's own index.html).
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { WEBCRYPTO_READ_WHOLE } from './limits';

/** The default engine's readWhole: screenshots and pages fit, so they hash fast; videos stream. */
export const READ_WHOLE = 8 * 1024 ** 2;

export interface Digests {
  sha256: string;
  sha512: string;
}

/** Incremental SHA-256 + SHA-512 of a file read in chunks. */
export interface StreamDigest {
  update(chunk: Uint8Array): void;
  digest(): Digests;
}

/** Digests and the zip's CRC-32 of an item hashed off the page's thread. */
export interface BlobHashes extends Digests {
  crc32: number;
}

/** Hashes whole Blobs elsewhere (workers); `hash` rejects where that is refused. */
export interface BlobHasher {
  /** `onBytes` gets each run of bytes hashed, once per byte, as it goes. */
  hash(blob: Blob, onBytes?: (bytes: number) => void): Promise<BlobHashes>;
  close(): void;
}

export interface DigestEngine {
  /** Largest file read whole and handed to `bytes`; larger ones go through `stream`. */
  readWhole: number;
  bytes(bytes: Uint8Array): Promise<Digests>;
  stream(): Promise<StreamDigest>;
  /** Where the engine can hash big items off the page's thread (the extension's workers). */
  blobHasher?(): BlobHasher | undefined;
}

/** Hashes bytes already in memory with WebCrypto (same results in node and every browser). */
export async function webCryptoDigests(bytes: Uint8Array): Promise<Digests> {
  const [a, b] = await Promise.all([
    crypto.subtle.digest('SHA-256', bytes as BufferSource),
    crypto.subtle.digest('SHA-512', bytes as BufferSource),
  ]);
  return { sha256: bytesToHex(new Uint8Array(a)), sha512: bytesToHex(new Uint8Array(b)) };
}

/** Pure-JS incremental hashes (@noble/hashes): slow (~50 MB/s for both) but run anywhere. */
export function jsStreamDigest(): StreamDigest {
  const a = sha256.create();
  const b = sha512.create();
  return {
    update(chunk) {
      a.update(chunk);
      b.update(chunk);
    },
    digest: () => ({ sha256: bytesToHex(a.digest()), sha512: bytesToHex(b.digest()) }),
  };
}

export const jsEngine: DigestEngine = {
  readWhole: READ_WHOLE,
  bytes: webCryptoDigests,
  stream: () => Promise.resolve(jsStreamDigest()),
};

/**
 * The bundle's own index.html: its CSP allows no WASM, so WebCrypto hashes every file up to
 * WEBCRYPTO_READ_WHOLE (a 100 MB video natively, not at the pure-JS hashes' ~50 MB/s) and only
 * larger ones stream through the pure-JS hashes.
 */
export const reportEngine: DigestEngine = { ...jsEngine, readWhole: WEBCRYPTO_READ_WHOLE };

let engine = jsEngine;

/** Chooses the hashes every later digest uses (the digests themselves never change). */
export function useDigestEngine(next: DigestEngine): void {
  engine = next;
}

/** The current engine's readWhole: export and the zip reader read files up to it at once. */
export const readWhole = (): number => engine.readWhole;

export const digestBytes = (bytes: Uint8Array): Promise<Digests> => engine.bytes(bytes);

export const digestStream = (): Promise<StreamDigest> => engine.stream();

/** Workers for big items where the engine has them (export closes them when it is done). */
export const openBlobHasher = (): BlobHasher | undefined => engine.blobHasher?.();

export async function digestBlob(blob: Blob): Promise<Digests> {
  if (blob.size <= engine.readWhole) return digestBytes(new Uint8Array(await blob.arrayBuffer()));
  const hash = await digestStream();
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return hash.digest();
    hash.update(value);
  }
}
