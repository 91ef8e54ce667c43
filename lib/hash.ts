import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Above this size a Blob is hashed chunk by chunk, never read whole into memory (2 GB videos). */
export const STREAM_HASH_THRESHOLD = 64 * 1024 * 1024;

/** Lower-case hex SHA-256 of the bytes (WebCrypto: same result in the browser and in node). */
export async function sha256Hex(
  data: Blob | ArrayBuffer | Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<string> {
  if (data instanceof Blob && data.size > STREAM_HASH_THRESHOLD) return streamSha256(data, onProgress);
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return bytesToHex(new Uint8Array(digest));
}

interface StreamHash {
  update(chunk: Uint8Array): void;
  hex(): string;
}

/** What lib/sha256-wasm.ts gives: hash-wasm's incremental SHA-256. */
type WasmSha256 = () => Promise<{ createSHA256: typeof import('./sha256-wasm').createSHA256 }>;
let loadWasmSha256: WasmSha256 | undefined;

/**
 * Pages where shoppers add their own files (the casebook: videos of any size) hash those over
 * the threshold with hash-wasm, loaded by `load` when first needed. The background never hashes
 * this much and does not call this, so its single-file build holds no WASM.
 */
export function useWasmSha256(load: WasmSha256): void {
  loadWasmSha256 = load;
}

/**
 * WebCrypto has no incremental digest yet (w3c/webcrypto#73): hash-wasm's SHA-256 (WASM, about
 * 2.9× @noble/hashes on a 100 MB video in Chromium) where a page installed it, else, or where a
 * CSP refuses WebAssembly, the pure-JS one.
 */
async function incrementalSha256(): Promise<StreamHash> {
  try {
    if (!loadWasmSha256) throw new Error('no WASM SHA-256 on this page');
    const { createSHA256 } = await loadWasmSha256();
    const wasm = await createSHA256();
    return { update: (chunk) => void wasm.update(chunk), hex: () => wasm.digest('hex') };
  } catch {
    const js = sha256.create();
    return { update: (chunk) => void js.update(chunk), hex: () => bytesToHex(js.digest()) };
  }
}

async function streamSha256(blob: Blob, onProgress?: (done: number, total: number) => void): Promise<string> {
  const hash = await incrementalSha256();
  const reader = blob.stream().getReader();
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    hash.update(chunk.value);
    done += chunk.value.byteLength;
    onProgress?.(done, blob.size);
  }
  return hash.hex();
}
