// Hashes big items off the casebook's thread: one worker takes SHA-256 and the zip's CRC-32, the
// other SHA-512, both reading the same Blob at once (./blob-hash.ts). On a case of 3 × 100 MB
// videos the hashes ran one after the other on the page's thread before. Where workers are
// refused (no Worker, a worker that fails to load or to compile its WASM) `hash` rejects and
// export hashes on its own thread, as before: the same digests either way.
import { HASH_SHARES, type HashShare, type ShareResult } from './blob-hash';
import type { BlobHasher } from './digest';
import { HashReply } from './hash-messages';

interface Pending {
  resolve(result: ShareResult): void;
  reject(error: Error): void;
  onBytes?: (bytes: number) => void;
}

const spawn = () => new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module' });

function shareWorker(share: HashShare) {
  const worker = spawn();
  const pending = new Map<number, Pending>();
  let broken: Error | undefined;
  const failAll = (error: Error) => {
    broken = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(`hash worker failed: ${event.message}`));
  };
  worker.onmessageerror = () => failAll(new Error('hash worker reply unreadable'));
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const reply = HashReply.safeParse(event.data);
    if (!reply.success) return failAll(new Error('hash worker reply malformed'));
    const data = reply.data;
    const { id } = data;
    if (typeof id !== 'number') return failAll(new Error('hash worker refused a request'));
    const waiting = pending.get(id);
    if (!waiting) return;
    if ('bytes' in data) return waiting.onBytes?.(data.bytes);
    pending.delete(id);
    if ('result' in data) waiting.resolve(data.result);
    else waiting.reject(new Error(data.error));
  };
  let ids = 0;
  return {
    hash(blob: Blob, onBytes?: (bytes: number) => void): Promise<ShareResult> {
      if (broken) return Promise.reject(broken);
      const id = ++ids;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, onBytes });
        worker.postMessage({ id, blob, share });
      });
    },
    close() {
      worker.terminate();
      failAll(new Error('hash worker closed'));
    },
  };
}

/** Two hash workers, or undefined where this page cannot start workers at all. */
export function startHashWorkers(): BlobHasher | undefined {
  if (typeof Worker !== 'function') return undefined;
  const workers: Array<ReturnType<typeof shareWorker>> = [];
  try {
    for (const share of HASH_SHARES) workers.push(shareWorker(share));
  } catch {
    for (const worker of workers) worker.close();
    return undefined;
  }
  const [withCrc, sha512] = workers as [ReturnType<typeof shareWorker>, ReturnType<typeof shareWorker>];
  return {
    async hash(blob, onBytes) {
      const [a, b] = await Promise.all([withCrc.hash(blob, onBytes), sha512.hash(blob)]);
      if (a.crc32 === undefined) throw new Error('hash worker gave no CRC-32');
      return { sha256: a.hex, sha512: b.hex, crc32: a.crc32 };
    },
    close() {
      for (const worker of workers) worker.close();
    },
  };
}
