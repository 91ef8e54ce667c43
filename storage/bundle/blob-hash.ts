// One share of an item's hashes, as a hash worker takes it (./hash-worker.ts): SHA-256 with the
// zip's CRC-32, or SHA-512. Two workers take the two shares of the same Blob at once, so a video's
// three checksums cost about the slower share rather than their sum.
//
// SHA-256 of an item up to WEBCRYPTO_READ_WHOLE (a phone's 100 MB video) is taken by WebCrypto over
// the item read whole: native SHA-256 (SHA-NI) in Chromium took 0.2 s for 100 MB in a worker, WASM
// 0.6–0.8 s, and was the slower share on a case of 100 MB videos. That is one copy of the item in
// one worker, as much as the page itself reads whole where workers are refused (./digest-wasm.ts).
// SHA-512 stays in WASM, in slices (WebCrypto's 0.3–0.4 s was little faster and would hold a
// second copy), and so does everything above that size: memory stays flat for a 2 GB video.
import { bytesToHex } from '@noble/hashes/utils.js';
import { createCRC32, createSHA256, createSHA512 } from 'hash-wasm';
import { WEBCRYPTO_READ_WHOLE } from './limits';

export type HashShare = 'sha256-crc32' | 'sha512';
export const HASH_SHARES: readonly HashShare[] = ['sha256-crc32', 'sha512'];

export interface ShareResult {
  hex: string;
  /** The zip's CRC-32 (signed, as crc-32 and fflate both give it), with SHA-256 only. */
  crc32?: number;
}

const SLICE = 8 * 1024 ** 2;

/** hash-wasm's CRC-32 (1.5× crc-32's JS) as the zip stores it: signed, as fflate gives it. */
async function zipCrc() {
  const crc = await createCRC32();
  return {
    update: (bytes: Uint8Array) => crc.update(bytes),
    value: () => Number.parseInt(crc.digest('hex'), 16) | 0,
  };
}

/** SHA-256 and CRC-32 of an item read whole: WebCrypto hashes while the CRC is taken. */
async function sha256AndCrcWhole(blob: Blob, onBytes?: (bytes: number) => void): Promise<ShareResult> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const sha256 = crypto.subtle.digest('SHA-256', bytes);
  const crc = await zipCrc();
  crc.update(bytes);
  const hex = bytesToHex(new Uint8Array(await sha256));
  onBytes?.(bytes.length);
  return { hex, crc32: crc.value() };
}

/**
 * `readWhole`: the largest item whose SHA-256 is taken whole by WebCrypto (tests lower it to
 * reach the sliced path with small items).
 */
export async function hashShare(
  blob: Blob,
  share: HashShare,
  onBytes?: (bytes: number) => void,
  readWhole = WEBCRYPTO_READ_WHOLE,
): Promise<ShareResult> {
  const withCrc = share === 'sha256-crc32';
  if (withCrc && blob.size <= readWhole && globalThis.crypto?.subtle) return sha256AndCrcWhole(blob, onBytes);
  const hash = withCrc ? await createSHA256() : await createSHA512();
  const crc = withCrc ? await zipCrc() : undefined;
  // The next slice is already being read while this one is hashed.
  const read = (at: number) => blob.slice(at, at + SLICE).arrayBuffer();
  let next = read(0);
  for (let at = 0; at < blob.size; at += SLICE) {
    const bytes = new Uint8Array(await next);
    if (at + SLICE < blob.size) next = read(at + SLICE);
    hash.update(bytes);
    crc?.update(bytes);
    onBytes?.(bytes.length);
  }
  return { hex: hash.digest('hex'), ...(crc && { crc32: crc.value() }) };
}
