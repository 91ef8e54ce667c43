// The extension's hashing engine for export and import: hash-wasm's SHA-256 and SHA-512 (WASM).
// Items up to 128 MB (a phone's unboxing video) are read whole, larger ones stream, so a 2 GB video
// never sits in memory. WASM over bytes in memory beats WebCrypto in Chromium: Chromium runs
// subtle.digest on the page's own thread, and a 100 MB video took 2.5 s for both digests there
// against 1.1 s in WASM (same run). Where WebAssembly is refused (a CSP without
// 'wasm-unsafe-eval') WebCrypto hashes what is in memory and the pure-JS hashes stream: the same
// digests, only slower. Export hashes big items in two workers (./hash-workers.ts), off the page.
import { createSHA256, createSHA512 } from 'hash-wasm';
import {
  jsStreamDigest,
  useDigestEngine,
  webCryptoDigests,
  type DigestEngine,
  type Digests,
  type StreamDigest,
} from './digest';
import { startHashWorkers } from './hash-workers';
import { WEBCRYPTO_READ_WHOLE } from './limits';

async function wasmStreamDigest(): Promise<StreamDigest> {
  const [a, b] = await Promise.all([createSHA256(), createSHA512()]);
  return {
    update(chunk) {
      a.update(chunk);
      b.update(chunk);
    },
    digest: () => ({ sha256: a.digest('hex'), sha512: b.digest('hex') }),
  };
}

async function wasmBytesDigests(bytes: Uint8Array): Promise<Digests> {
  const hash = await wasmStreamDigest().catch(() => null);
  if (!hash) return webCryptoDigests(bytes);
  hash.update(bytes);
  return hash.digest();
}

export const wasmEngine: DigestEngine = {
  readWhole: WEBCRYPTO_READ_WHOLE,
  bytes: wasmBytesDigests,
  stream: () => wasmStreamDigest().catch(() => jsStreamDigest()),
  blobHasher: startHashWorkers,
};

export const useWasmDigests = (): void => useDigestEngine(wasmEngine);
