// Writes a store-only zip into a Blob, one entry at a time, never holding the archive in memory.
// fflate's Zip emits headers and passes stored data through unchanged; headers are gathered into
// small Blobs, and each entry's data becomes the source Blob itself (the bytes fflate saw are
// the bytes of that Blob), so images go in as they are, without recompression or a second copy.
import CRC32 from 'crc-32';
import { Zip, ZipPassThrough } from 'fflate';
import { bundleError } from './errors';

/**
 * A stored entry whose CRC-32 is taken by crc-32 (slicing by 16 bytes, ~3x fflate's byte-at-a-
 * time loop): on a case of 100 MB videos the CRC was the largest cost left once the hashes went
 * native. The same fields fflate's own push sets (size, then crc with the final chunk).
 */
class StoredEntry extends ZipPassThrough {
  private running = 0;

  override push(chunk: Uint8Array, final?: boolean): void {
    this.running = CRC32.buf(chunk, this.running);
    this.size += chunk.length;
    if (final) this.crc = this.running;
    // fflate casts the same way in its own push (its process takes ArrayBuffer-backed bytes).
    this.process(chunk as Uint8Array<ArrayBuffer>, final ?? false);
  }

  /**
   * The whole entry at once, its CRC-32 taken elsewhere (a hash worker): fflate's Zip reads only
   * the length of a stored entry's data, to place what follows, so `standIn` has that length and
   * no bytes; the writer puts the Blob itself in its place.
   */
  pushHashed(standIn: Uint8Array, crc32: number): void {
    this.size = standIn.length;
    this.crc = crc32;
    this.process(standIn as Uint8Array<ArrayBuffer>, true);
  }
}

/** Our zips have no ZIP64 records: every offset must stay below 4 GiB. */
const ZIP32_LIMIT = 0xffffffff;
/** Small chunks (headers) are merged into one Blob part once this many bytes are waiting. */
const HEADER_BATCH = 256 * 1024;

export class BlobZipWriter {
  private readonly parts: Blob[] = [];
  private small: Uint8Array[] = [];
  private smallBytes = 0;
  private written = 0;
  /** The buffer being pushed now and the Blob it was read from. */
  private current?: { bytes: Uint8Array; blob: Blob };
  private failure?: Error;
  private finished = false;
  private readonly zip = new Zip((error, chunk, final) => {
    if (error) {
      this.failure = error;
      return;
    }
    this.written += chunk.length;
    if (this.written > ZIP32_LIMIT) {
      this.failure = bundleError(
        'export-too-large',
        '证据包超过 4 GB，无法导出',
        'The bundle would exceed 4 GB',
      );
      return;
    }
    if (this.current && chunk === this.current.bytes) {
      this.flushSmall();
      this.parts.push(this.current.blob);
    } else {
      this.small.push(chunk);
      this.smallBytes += chunk.length;
      if (this.smallBytes >= HEADER_BATCH) this.flushSmall();
    }
    if (final) this.finished = true;
  });

  /** Bytes of archive written so far. */
  get size(): number {
    return this.written;
  }

  /** Adds text or small bytes (tag files, JSON, drafts). */
  addBytes(name: string, bytes: Uint8Array | string, mtime: number): void {
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    const entry = new StoredEntry(name);
    entry.mtime = mtime;
    this.zip.add(entry);
    entry.push(data, true);
    this.check();
  }

  /**
   * Adds a Blob whose bytes the caller has already read (to hash them): fflate computes the
   * CRC from those bytes and the archive takes the Blob itself as the entry's data.
   */
  addRead(name: string, blob: Blob, bytes: Uint8Array, mtime: number): void {
    const entry = new StoredEntry(name);
    entry.mtime = mtime;
    this.zip.add(entry);
    this.current = { bytes, blob };
    try {
      entry.push(bytes, true);
    } finally {
      this.current = undefined;
    }
    this.check();
  }

  /** Adds a Blob whose CRC-32 was taken elsewhere: its bytes are never read on this thread. */
  addHashed(name: string, blob: Blob, crc32: number, mtime: number): void {
    const entry = new StoredEntry(name);
    entry.mtime = mtime;
    this.zip.add(entry);
    const standIn = { length: blob.size } as Uint8Array;
    this.current = { bytes: standIn, blob };
    try {
      entry.pushHashed(standIn, crc32);
    } finally {
      this.current = undefined;
    }
    this.check();
  }

  /** Adds a Blob too large to read at once: its chunks are copied into the archive as they come. */
  async addStream(
    name: string,
    blob: Blob,
    mtime: number,
    onChunk: (chunk: Uint8Array) => void,
  ): Promise<void> {
    const entry = new StoredEntry(name);
    entry.mtime = mtime;
    this.zip.add(entry);
    const reader = blob.stream().getReader();
    let previous: Uint8Array | undefined;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onChunk(value);
      if (previous) entry.push(previous, false);
      previous = value;
      this.check();
    }
    entry.push(previous ?? new Uint8Array(0), true);
    this.flushSmall();
    this.check();
  }

  finish(): Blob {
    this.zip.end();
    this.check();
    if (!this.finished) throw new Error('zip did not finish');
    this.flushSmall();
    return new Blob(this.parts, { type: 'application/zip' });
  }

  private flushSmall(): void {
    if (this.small.length === 0) return;
    this.parts.push(new Blob(this.small as BlobPart[]));
    this.small = [];
    this.smallBytes = 0;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
