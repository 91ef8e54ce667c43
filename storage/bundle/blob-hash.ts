// One share of an item's hashes, as a hash worker takes it (./hash-worker.ts): SHA-256 with the
// zip's CRC-32, or SHA-512. Two workers take the two shares of the same Blob at once, so a video's
// three checksums cost about the slower share rather than their sum. The Blob is read in slices,
// the next one already being read while this one is hashed: memory stays flat for a 2 GB video.
import { createSHA256, createSHA512 } from 'hash-wasm';
import CRC32 from 'crc-32';

export type HashShare = 'sha256-crc32' | 'sha512';
export const HASH_SHARES: readonly HashShare[] = ['sha256-crc32', 'sha512'];

export interface ShareResult {
  hex: string;
  /** The zip's CRC-32 (signed, as crc-32 and fflate both give it), with SHA-256 only. */
  crc32?: number;
}

const SLICE = 8 * 1024 ** 2;

export async function hashShare(
  blob: Blob,
  share: HashShare,
  onBytes?: (bytes: number) => void,
): Promise<ShareResult> {
  const hash = share === 'sha512' ? await createSHA512() : await createSHA256();
  const withCrc = share === 'sha256-crc32';
  let crc = 0;
  const read = (at: number) => blob.slice(at, at + SLICE).arrayBuffer();
  let next = read(0);
  for (let at = 0; at < blob.size; at += SLICE) {
    const bytes = new Uint8Array(await next);
    if (at + SLICE < blob.size) next = read(at + SLICE);
    hash.update(bytes);
    if (withCrc) crc = CRC32.buf(bytes, crc);
    onBytes?.(bytes.length);
  }
  return { hex: hash.digest('hex'), ...(withCrc && { crc32: crc }) };
}
