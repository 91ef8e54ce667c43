// The extension's engine where a page's CSP refuses WebAssembly: the same digests, by WebCrypto
// for bytes in memory and the pure-JS hashes for streams.
import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { wasmEngine } from './digest-wasm';

const refused = vi.hoisted(() =>
  vi.fn(() => Promise.reject(new Error("Refused to compile WebAssembly ('wasm-unsafe-eval')"))),
);
vi.mock('hash-wasm', () => ({ createSHA256: refused, createSHA512: refused }));

describe('the extension engine where WebAssembly is refused', () => {
  it('hashes bytes in memory with WebCrypto and streams through the pure-JS hashes', async () => {
    const bytes = new Uint8Array(70_001).map((_, i) => (i * 7) & 255);
    const expected = {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sha512: createHash('sha512').update(bytes).digest('hex'),
    };
    const native = vi.spyOn(crypto.subtle, 'digest');
    expect(await wasmEngine.bytes(bytes)).toEqual(expected);
    expect(refused).toHaveBeenCalled();
    expect(native).toHaveBeenCalledTimes(2);
    const stream = await wasmEngine.stream();
    stream.update(bytes);
    expect(stream.digest()).toEqual(expected);
  });
});
