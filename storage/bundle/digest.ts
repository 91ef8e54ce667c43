// SHA-256 and SHA-512 of a file's bytes together (BagIt: the RFC's MUST/SHOULD algorithms). Up to
// READ_WHOLE bytes are read at once and hashed natively; larger files stream through JS hashes,
// so memory never holds more than one file, and never more than READ_WHOLE of a huge one.
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * Files up to this size are read at once and hashed natively (one such buffer in memory at a
 * time): screenshots and pages fit, so they hash fast; videos stream, so memory stays a few MB.
 */
export const READ_WHOLE = 8 * 1024 ** 2;

export interface Digests {
  sha256: string;
  sha512: string;
}

/** Hashes bytes already in memory with WebCrypto (same results in node and every browser). */
export async function digestBytes(bytes: Uint8Array): Promise<Digests> {
  const [a, b] = await Promise.all([
    crypto.subtle.digest('SHA-256', bytes as BufferSource),
    crypto.subtle.digest('SHA-512', bytes as BufferSource),
  ]);
  return { sha256: bytesToHex(new Uint8Array(a)), sha512: bytesToHex(new Uint8Array(b)) };
}

/** Incremental hashes for a file read in chunks. */
export function digestStream(): { update(chunk: Uint8Array): void; digest(): Digests } {
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

export async function digestBlob(blob: Blob): Promise<Digests> {
  if (blob.size <= READ_WHOLE) return digestBytes(new Uint8Array(await blob.arrayBuffer()));
  const hash = digestStream();
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return hash.digest();
    hash.update(value);
  }
}
