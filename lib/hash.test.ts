import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BIG_INPUT } from '../tests/support/time-limits';
import { sha256Hex, STREAM_HASH_THRESHOLD, useWasmSha256 } from './hash';

/** A Blob just over the streaming threshold, with bytes that differ across its chunks. */
function bigBlob(): { blob: Blob; expected: string } {
  const bytes = new Uint8Array(STREAM_HASH_THRESHOLD + 12_345);
  for (let i = 0; i < bytes.length; i += 997) bytes[i] = (i * 31) & 255;
  return { blob: new Blob([bytes]), expected: createHash('sha256').update(bytes).digest('hex') };
}

afterEach(() => {
  vi.resetModules();
});

describe('sha256Hex of a Blob over the streaming threshold', () => {
  it(
    'streams it through WASM to the same digest as node, reporting progress to the end',
    BIG_INPUT,
    async () => {
      const load = vi.fn(() => import('./sha256-wasm'));
      useWasmSha256(load);
      const { blob, expected } = bigBlob();
      const progress: number[] = [];
      expect(await sha256Hex(blob, (done) => progress.push(done))).toBe(expected);
      expect(progress.at(-1)).toBe(blob.size);
      expect(load).toHaveBeenCalledOnce();
    },
  );

  it(
    'streams it through the pure-JS hash where no page installed WASM (the background)',
    BIG_INPUT,
    async () => {
      const { sha256Hex: backgroundHash } = await import('./hash');
      const { blob, expected } = bigBlob();
      expect(await backgroundHash(blob)).toBe(expected);
    },
  );

  it('falls back to the pure-JS hash, same digest, where WebAssembly is refused', BIG_INPUT, async () => {
    const refused = vi.fn(() =>
      Promise.reject(new Error("Refused to compile WebAssembly ('wasm-unsafe-eval')")),
    );
    const { sha256Hex: hashWithoutWasm, useWasmSha256: install } = await import('./hash');
    install(() => Promise.resolve({ createSHA256: refused }));
    const { blob, expected } = bigBlob();
    expect(await hashWithoutWasm(blob)).toBe(expected);
    expect(refused).toHaveBeenCalled();
  });
});
