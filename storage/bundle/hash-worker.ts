// A dedicated worker of the casebook (module, bundled by Vite from the extension's own files, so
// MV3's CSP allows it): hashes one share of each Blob it is sent, one Blob after another, and
// answers { id, result } or { id, error }, with { id, bytes } as it goes for the progress bar.
// Only the page that made it can post here; a malformed request is answered with an error.
import * as z from 'zod/mini';
import { hashShare } from './blob-hash';
import { HashRequest } from './hash-messages';

let queue = Promise.resolve();

async function answer({ id, blob, share }: z.infer<typeof HashRequest>): Promise<void> {
  try {
    const result = await hashShare(blob, share, (bytes) => postMessage({ id, bytes }));
    postMessage({ id, result });
  } catch (error) {
    postMessage({ id, error: String(error) });
  }
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const request = HashRequest.safeParse(event.data);
  if (!request.success) {
    postMessage({ id: (event.data as { id?: unknown } | null)?.id, error: 'bad request' });
    return;
  }
  queue = queue.then(() => answer(request.data));
};
