// A dedicated worker of the casebook (module, bundled by Vite from the extension's own files, so
// MV3's CSP allows it): hashes one share of each Blob it is sent, one Blob after another, and
// answers { id, result } or { id, error }, with { id, bytes } as it goes for the progress bar.
// Only the page that made it can post here; a malformed request is answered with an error.
import { HASH_SHARES, hashShare, type HashShare } from './blob-hash';

interface Request {
  id: number;
  blob: Blob;
  share: HashShare;
}

const isRequest = (data: unknown): data is Request => {
  const request = data as Partial<Request> | null;
  return (
    typeof request?.id === 'number' &&
    request.blob instanceof Blob &&
    HASH_SHARES.includes(request.share as HashShare)
  );
};

let queue = Promise.resolve();

async function answer({ id, blob, share }: Request): Promise<void> {
  try {
    const result = await hashShare(blob, share, (bytes) => postMessage({ id, bytes }));
    postMessage({ id, result });
  } catch (error) {
    postMessage({ id, error: String(error) });
  }
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const { data } = event;
  if (!isRequest(data)) {
    postMessage({ id: (data as { id?: unknown } | null)?.id, error: 'bad request' });
    return;
  }
  queue = queue.then(() => answer(data));
};
