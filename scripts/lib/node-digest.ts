// The verify CLI's hashing engine: node's own SHA-256 and SHA-512 (OpenSSL, SHA-NI where the CPU
// has it), incremental, so every file streams (memory flat for a 2 GB entry) at native speed.
import { createHash } from 'node:crypto';
import type { DigestEngine, StreamDigest } from '../../storage/bundle/digest';

function nodeStreamDigest(): StreamDigest {
  const a = createHash('sha256');
  const b = createHash('sha512');
  return {
    update(chunk) {
      a.update(chunk);
      b.update(chunk);
    },
    digest: () => ({ sha256: a.digest('hex'), sha512: b.digest('hex') }),
  };
}

export const nodeEngine: DigestEngine = {
  readWhole: 0,
  bytes: (bytes) => {
    const hash = nodeStreamDigest();
    hash.update(bytes);
    return Promise.resolve(hash.digest());
  },
  stream: () => Promise.resolve(nodeStreamDigest()),
};
