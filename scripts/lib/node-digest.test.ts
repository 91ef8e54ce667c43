// Every hashing engine gives the same digests as node's one-shot createHash, however the bytes are
// chunked: the pure-JS default (the bundle's own page), WASM (the extension), node's (verify CLI).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jsEngine, type DigestEngine } from '../../storage/bundle/digest';
import { wasmEngine } from '../../storage/bundle/digest-wasm';
import { nodeEngine } from './node-digest';

const engines: Array<[string, DigestEngine]> = [
  ['pure JS', jsEngine],
  ['hash-wasm', wasmEngine],
  ['node:crypto', nodeEngine],
];

function randomBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, at + 65536));
  return bytes;
}

const expected = (bytes: Uint8Array) => ({
  sha256: createHash('sha256').update(bytes).digest('hex'),
  sha512: createHash('sha512').update(bytes).digest('hex'),
});

describe.each(engines)('%s digests', (_name, engine) => {
  it.each([0, 1, 63, 64, 127, 128, 129, 1_000_003])(
    '%i bytes whole and streamed in odd chunks',
    async (size) => {
      const bytes = randomBytes(size);
      expect(await engine.bytes(bytes)).toEqual(expected(bytes));
      const stream = await engine.stream();
      for (let at = 0; at < size; at += 65_537) stream.update(bytes.subarray(at, at + 65_537));
      expect(stream.digest()).toEqual(expected(bytes));
    },
  );

  it('streams are independent of one another', async () => {
    const [a, b] = [randomBytes(5000), randomBytes(7000)];
    const [first, second] = [await engine.stream(), await engine.stream()];
    first.update(a);
    second.update(b);
    expect([first.digest(), second.digest()]).toEqual([expected(a), expected(b)]);
  });
});
