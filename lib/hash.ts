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

/** WebCrypto has no incremental digest yet (w3c/webcrypto#73): a JS SHA-256 over the stream. */
async function streamSha256(blob: Blob, onProgress?: (done: number, total: number) => void): Promise<string> {
  const hash = sha256.create();
  const reader = blob.stream().getReader();
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    hash.update(chunk.value);
    done += chunk.value.byteLength;
    onProgress?.(done, blob.size);
  }
  return bytesToHex(hash.digest());
}
