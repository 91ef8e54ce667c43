// Reads a zip from a Blob (a picked File in the browser, fs.openAsBlob in node) without loading
// it: the central directory first, every limit and name checked from it, then entries on
// demand. Stored entries are Blob slices of the archive (no copy); deflated ones are inflated
// in a stream that stops at the size the directory declared. fflate's own readers take the whole
// archive as one buffer and keep only the last of two entries with the same name, so the
// directory is parsed here and fflate does the inflating.
import { Inflate } from 'fflate';
import { bundleError } from './errors';
import {
  MAX_ENTRIES,
  MAX_ENTRY_BYTES,
  MAX_EXTRA_BYTES,
  MAX_NAME_BYTES,
  MAX_RATIO,
  MAX_TOTAL_BYTES,
  RATIO_FLOOR_BYTES,
} from './limits';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where the next entry (or the central directory) starts: this entry's data must end before. */
  end: number;
}

export interface ZipReader {
  /** Files only (directory entries are left out), in archive order. */
  entries: ZipEntry[];
  get(name: string): ZipEntry | undefined;
  /** The entry's bytes as a Blob, checked against its local header and declared size. */
  open(entry: ZipEntry, signal?: AbortSignal): Promise<Blob>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const EOCD_MIN = 22;
const CENTRAL_MIN = 46;
const LOCAL_MIN = 30;

const bytesOf = async (blob: Blob, start: number, end: number) =>
  new Uint8Array(await blob.slice(start, end).arrayBuffer());

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The end-of-central-directory record: searched in the last 64 kB + 22 bytes (its comment). */
async function findEnd(blob: Blob): Promise<{ view: DataView; at: number }> {
  const tailStart = Math.max(0, blob.size - (EOCD_MIN + 0xffff));
  const tail = await bytesOf(blob, tailStart, blob.size);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let i = tail.length - EOCD_MIN; i >= 0; i--) {
    if (view.getUint32(i, true) === EOCD && i + EOCD_MIN + view.getUint16(i + 20, true) === tail.length) {
      return { view: new DataView(tail.buffer, tail.byteOffset + i, EOCD_MIN), at: tailStart + i };
    }
  }
  const head = await bytesOf(blob, 0, 4);
  const startsLikeZip = head.length === 4 && new DataView(head.buffer).getUint32(0, true) === LOCAL;
  throw startsLikeZip
    ? bundleError(
        'truncated',
        '压缩包不完整（可能没有下载完）',
        'The zip is truncated (perhaps not fully downloaded)',
      )
    : bundleError('not-a-zip', '这不是 zip 压缩包', 'This is not a zip file');
}

/** Names Windows reserves for devices, with or without an extension ("NUL", "con.txt"). */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Bidi controls (they make "gpj.exe" read as "exe.jpg") and other invisible format marks. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Why a path inside the archive is unsafe to use as a file name anywhere, or null if it is fine. */
export function unsafeName(name: string): string | null {
  if (name.length === 0) return 'empty';
  if (new TextEncoder().encode(name).length > MAX_NAME_BYTES) return 'too long';
  // C0 and C1 controls, and what Windows reserves (a backslash or colon also smuggles in a path).
  if ([...name].some((c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f))) {
    return 'control character';
  }
  if (/[\\:*?"<>|]/.test(name)) return 'reserved character';
  if (BIDI.test(name)) return 'bidi control character';
  if (name.startsWith('/')) return 'absolute path';
  const parts = name.replace(/\/$/, '').split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..')) return 'relative or empty segment';
  if (parts.some((part) => DEVICE.test(part))) return 'Windows device name';
  if (parts.some((part) => /[. ]$/.test(part))) return 'ends in a dot or a space';
  return null;
}

export async function openZip(blob: Blob): Promise<ZipReader> {
  if (blob.size < EOCD_MIN) throw bundleError('not-a-zip', '这不是 zip 压缩包', 'This is not a zip file');
  const { view: end, at: endAt } = await findEnd(blob);
  if (end.getUint16(20, true) > MAX_EXTRA_BYTES) {
    throw bundleError('unsupported-zip', '压缩包的注释太长', 'The zip comment is too long');
  }
  const count = end.getUint16(10, true);
  const directorySize = end.getUint32(12, true);
  const directoryAt = end.getUint32(16, true);
  if (end.getUint16(4, true) !== 0 || end.getUint16(6, true) !== 0 || end.getUint16(8, true) !== count) {
    throw bundleError('unsupported-zip', '不支持分卷压缩包', 'Multi-part zips are not supported');
  }
  const locator = endAt >= 20 ? await bytesOf(blob, endAt - 20, endAt - 16) : new Uint8Array(0);
  if (
    count === 0xffff ||
    directoryAt === 0xffffffff ||
    (locator.length === 4 && new DataView(locator.buffer).getUint32(0, true) === ZIP64_LOCATOR)
  ) {
    throw bundleError('unsupported-zip', '不支持 ZIP64 格式', 'ZIP64 archives are not supported');
  }
  if (count > MAX_ENTRIES) {
    throw bundleError(
      'too-many-entries',
      `压缩包里有 ${count} 个文件，超过上限 ${MAX_ENTRIES}`,
      `The zip holds ${count} entries, more than the limit of ${MAX_ENTRIES}`,
    );
  }
  if (directoryAt + directorySize > endAt || directorySize < count * CENTRAL_MIN) {
    throw bundleError('truncated', '压缩包的目录已损坏或不完整', 'The zip directory is damaged or truncated');
  }
  // Each record is at most a header, a name and a little extra: a bigger directory is hostile.
  if (directorySize > count * (CENTRAL_MIN + MAX_NAME_BYTES + MAX_EXTRA_BYTES)) {
    throw bundleError('unsupported-zip', '压缩包的目录异常大', 'The zip directory is abnormally large');
  }
  const directory = await bytesOf(blob, directoryAt, directoryAt + directorySize);
  const dir = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const all: Array<ZipEntry & { nameBytes: number }> = [];
  const seen = new Map<string, string>();
  let total = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + CENTRAL_MIN > directory.length || dir.getUint32(p, true) !== CENTRAL) {
      throw bundleError('truncated', '压缩包的目录已损坏', 'The zip directory is damaged');
    }
    const flags = dir.getUint16(p + 8, true);
    const method = dir.getUint16(p + 10, true);
    const compressedSize = dir.getUint32(p + 20, true);
    const size = dir.getUint32(p + 24, true);
    const nameLength = dir.getUint16(p + 28, true);
    const extraLength = dir.getUint16(p + 30, true) + dir.getUint16(p + 32, true);
    const next = p + CENTRAL_MIN + nameLength + extraLength;
    const localOffset = dir.getUint32(p + 42, true);
    if (next > directory.length)
      throw bundleError('truncated', '压缩包的目录已损坏', 'The zip directory is damaged');
    let name: string;
    try {
      name = utf8.decode(directory.subarray(p + CENTRAL_MIN, p + CENTRAL_MIN + nameLength));
    } catch {
      throw bundleError(
        'unsafe-name',
        '压缩包里有无法识别的文件名',
        'The zip holds a file name that is not UTF-8',
      );
    }
    p = next;
    if (extraLength > MAX_EXTRA_BYTES) {
      throw bundleError(
        'unsupported-zip',
        `“${name}”的附加字段或注释太长`,
        `"${name}" has an extra field or comment that is too long`,
        [name],
      );
    }
    const why = unsafeName(name);
    if (why) {
      throw bundleError(
        'unsafe-name',
        `不安全的文件名“${name}”（${why}）`,
        `Unsafe file name "${name}" (${why})`,
        [name],
      );
    }
    // Case-insensitive: on Windows and macOS "A.png" and "a.png" are one file.
    const folded = name.normalize('NFC').toLowerCase();
    if (seen.has(folded)) {
      throw bundleError('duplicate-name', `文件名重复：“${name}”`, `Duplicate file name "${name}"`, [name]);
    }
    seen.set(folded, name);
    if (flags & 1) throw bundleError('unsupported-zip', `“${name}”已加密`, `"${name}" is encrypted`, [name]);
    if ((method !== 0 && method !== 8) || (method === 0 && compressedSize !== size)) {
      throw bundleError(
        'unsupported-zip',
        `“${name}”的压缩方式不支持`,
        `"${name}" uses an unsupported compression`,
        [name],
      );
    }
    if (size > MAX_ENTRY_BYTES || compressedSize > blob.size) {
      throw bundleError('too-large', `“${name}”太大`, `"${name}" is too large`, [name]);
    }
    if (method === 8 && size > RATIO_FLOOR_BYTES && size > compressedSize * MAX_RATIO) {
      throw bundleError(
        'zip-bomb',
        `“${name}”的压缩比异常（${Math.round(size / Math.max(1, compressedSize))}:1），疑似压缩炸弹`,
        `"${name}" has an abnormal compression ratio (${Math.round(size / Math.max(1, compressedSize))}:1): a zip bomb`,
        [name],
      );
    }
    total += size;
    if (total > MAX_TOTAL_BYTES) {
      throw bundleError('too-large', '压缩包解开后超过 4 GB', 'The zip would inflate to more than 4 GB');
    }
    all.push({ name, method, compressedSize, size, localOffset, end: directoryAt, nameBytes: nameLength });
  }
  // Entries must not overlap (overlapping entries are how a small zip inflates many times over).
  const byOffset = [...all].sort((a, b) => a.localOffset - b.localOffset);
  byOffset.forEach((entry, i) => {
    entry.end = byOffset[i + 1]?.localOffset ?? directoryAt;
    if (entry.localOffset + LOCAL_MIN + entry.nameBytes + entry.compressedSize > entry.end) {
      throw bundleError(
        'zip-bomb',
        `“${entry.name}”与其他文件重叠`,
        `"${entry.name}" overlaps another entry`,
        [entry.name],
      );
    }
  });
  const entries: ZipEntry[] = all
    .filter((entry) => !entry.name.endsWith('/'))
    .map(({ nameBytes: _bytes, ...entry }) => entry);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return {
    entries,
    get: (name) => byName.get(name),
    open: (entry, signal) => openEntry(blob, entry, signal),
  };
}

async function openEntry(blob: Blob, entry: ZipEntry, signal?: AbortSignal): Promise<Blob> {
  const header = await bytesOf(blob, entry.localOffset, entry.localOffset + LOCAL_MIN);
  const local = new DataView(header.buffer);
  if (header.length < LOCAL_MIN || local.getUint32(0, true) !== LOCAL) {
    throw bundleError('truncated', `“${entry.name}”已损坏`, `"${entry.name}" is damaged`, [entry.name]);
  }
  const nameLength = local.getUint16(26, true);
  if (local.getUint16(28, true) > MAX_EXTRA_BYTES) {
    throw bundleError(
      'unsupported-zip',
      `“${entry.name}”的附加字段太长`,
      `"${entry.name}" has an extra field that is too long`,
      [entry.name],
    );
  }
  const start = entry.localOffset + LOCAL_MIN + nameLength + local.getUint16(28, true);
  const localName = await bytesOf(
    blob,
    entry.localOffset + LOCAL_MIN,
    entry.localOffset + LOCAL_MIN + nameLength,
  );
  if (new TextDecoder().decode(localName) !== entry.name || start + entry.compressedSize > entry.end) {
    throw bundleError(
      'truncated',
      `“${entry.name}”的文件头与目录不符`,
      `"${entry.name}" does not match the zip directory`,
      [entry.name],
    );
  }
  const data = blob.slice(start, start + entry.compressedSize);
  return entry.method === 0 ? data : inflateCapped(data, entry, signal);
}

/** Inflates chunk by chunk and stops as soon as the output passes the declared size. */
async function inflateCapped(data: Blob, entry: ZipEntry, signal?: AbortSignal): Promise<Blob> {
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  let out = 0;
  let finished = false;
  const flush = () => {
    if (pending.length > 0) parts.push(new Blob(pending as BlobPart[]));
    pending = [];
  };
  const inflater = new Inflate((chunk, final) => {
    out += chunk.length;
    if (out > entry.size) {
      throw bundleError(
        'zip-bomb',
        `“${entry.name}”解压后比声明的大，疑似压缩炸弹`,
        `"${entry.name}" inflates beyond its declared size: a zip bomb`,
        [entry.name],
      );
    }
    pending.push(chunk);
    if (pending.length >= 64) flush();
    if (final) finished = true;
  });
  const step = 1024 * 1024;
  for (let at = 0; at < data.size; at += step) {
    if (signal?.aborted) throw bundleError('cancelled', '已取消', 'Cancelled');
    const chunk = new Uint8Array(await data.slice(at, at + step).arrayBuffer());
    try {
      inflater.push(chunk, at + step >= data.size);
    } catch (error) {
      if (error instanceof Error && error.name === 'BundleError') throw error;
      throw bundleError('truncated', `“${entry.name}”无法解压`, `"${entry.name}" cannot be inflated`, [
        entry.name,
      ]);
    }
  }
  if (data.size === 0) inflater.push(new Uint8Array(0), true);
  flush();
  if (!finished || out !== entry.size) {
    throw bundleError(
      'truncated',
      `“${entry.name}”解压后大小不对`,
      `"${entry.name}" inflates to the wrong size`,
      [entry.name],
    );
  }
  return new Blob(parts);
}
