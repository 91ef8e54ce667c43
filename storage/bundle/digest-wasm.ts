// The extension's hashing engine for export and import: items up to 128 MB (a phone's unboxing
// video) are read whole and hashed by WebCrypto, natively and off the page's thread; larger ones
// stream through hash-wasm's SHA-256 and SHA-512 (WASM, 2-3× the pure-JS hashes), so a 2 GB video
// never sits in memory. Where WebAssembly is refused (a CSP without 'wasm-unsafe-eval') the
// pure-JS hashes stream instead: the same digests, only slower.
import { createSHA256, createSHA512 } from 'hash-wasm';
import {
  jsStreamDigest,
  useDigestEngine,
  WEBCRYPTO_READ_WHOLE,
  webCryptoDigests,
  type DigestEngine,
  type StreamDigest,
} from './digest';

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

export const wasmEngine: DigestEngine = {
  readWhole: WEBCRYPTO_READ_WHOLE,
  bytes: webCryptoDigests,
  stream: () => wasmStreamDigest().catch(() => jsStreamDigest()),
};

export const useWasmDigests = (): void => useDigestEngine(wasmEngine);
