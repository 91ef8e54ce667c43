// Whether the browser will take more evidence: checked before a write, because with
// unlimitedStorage a full disk may not surface as a clean QuotaExceededError in every browser.
// A failed write still comes back as StorageFullError (storage/evidence-repo.ts).

/** Room for previews, IndexedDB bookkeeping and log entries beside the content itself. */
const HEADROOM = 1024 * 1024;

/** Bytes the browser will still let this extension store (Infinity when it does not say). */
export async function roomLeft(): Promise<number> {
  const { usage = 0, quota = Infinity } = await navigator.storage.estimate();
  return quota - usage;
}

export async function roomFor(bytes: number): Promise<boolean> {
  return bytes + HEADROOM <= (await roomLeft());
}
