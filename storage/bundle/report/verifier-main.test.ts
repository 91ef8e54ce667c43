// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BIG_INPUT } from '../../../tests/support/time-limits';
import { digestBlob, jsEngine, READ_WHOLE, readWhole, useDigestEngine } from '../digest';
import { WEBCRYPTO_READ_WHOLE } from '../limits';

afterEach(() => {
  useDigestEngine(jsEngine);
  vi.restoreAllMocks();
});

describe("the report's re-check (index.html, no WASM there)", () => {
  it('hashes a 20 MB file whole with WebCrypto, not through the pure-JS hashes', BIG_INPUT, async () => {
    expect(readWhole()).toBe(READ_WHOLE);
    await import('./verifier-main');
    expect(readWhole()).toBe(WEBCRYPTO_READ_WHOLE);
    const bytes = new Uint8Array(20 * 1024 ** 2);
    for (let i = 0; i < bytes.length; i += 4099) bytes[i] = i & 255;
    const native = vi.spyOn(crypto.subtle, 'digest');
    const digests = await digestBlob(new Blob([bytes]));
    expect(native).toHaveBeenCalledTimes(2);
    expect(digests).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sha512: createHash('sha512').update(bytes).digest('hex'),
    });
  });
});
