// Reads a zip from a Blob (a picked File in the browser, fs.openAsBlob in node) without loading
// it: the central directory first, every limit and name checked from it, then entries on
// demand. Stored entries are Blob slices of the archive (no copy); deflated ones are inflated
// in a stream that stops at the size the directory declared. fflate's own readers take the whole
// archive as one buffer and keep only the last of two entries with the same name, so the
// directory is parsed here and fflate does the inflating. Read as `unzip -t` would: each local
// header must agree with the directory, each entry's bytes with its CRC-32, and no byte of the
// archive may lie outside an entry, the directory or its end record (where data can hide).
import CRC32 from 'crc-32';
import { Inflate } from 'fflate';
import { digestBytes, digestStream, readWhole, type Digests } from './digest';
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
  /** CRC-32 of the inflated bytes, as the central directory records it. */
  crc32: number;
  /** General-purpose flags, as the central directory records them. */
  flags: number;
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
  /**
   * The entry's SHA-256 and SHA-512, its CRC-32 checked, hashed as it inflates: memory holds a
   * few MB of it at a time (whole only up to the digest engine's readWhole), whatever its size.
   */
  digest(entry: ZipEntry, signal?: AbortSignal): Promise<Digests>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const DESCRIPTOR = 0x08074b50;
/** Flag bit 3: CRC and sizes follow the data (streaming writers such as fflate's set it locally). */
const HAS_DESCRIPTOR = 8;
/** Unix file types in the high half of the external attributes (S_IFMT, S_IFREG, S_IFDIR). */
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
/** "Version made by" hosts whose attributes carry a Unix mode: Unix and macOS. */
const UNIX_HOSTS = new Set([3, 19]);
/** "Version needed to extract": 2.0 is deflate; anything newer asks for features read nowhere here. */
const MAX_VERSION_NEEDED = 20;
/** Bytes read from the archive at once, and pushed into the inflater at once: 16 kB inflates to
 * at most ~16 MB (deflate's ceiling is ~1032:1), typically far less, before the hashes take it. */
const READ_STEP = 1024 * 1024;
const PUSH_STEP = 16 * 1024;
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
    const host = dir.getUint8(p + 5);
    const needed = dir.getUint8(p + 6);
    const flags = dir.getUint16(p + 8, true);
    const method = dir.getUint16(p + 10, true);
    const crc32 = dir.getUint32(p + 16, true);
    const compressedSize = dir.getUint32(p + 20, true);
    const size = dir.getUint32(p + 24, true);
    const nameLength = dir.getUint16(p + 28, true);
    const extraLength = dir.getUint16(p + 30, true) + dir.getUint16(p + 32, true);
    const next = p + CENTRAL_MIN + nameLength + extraLength;
    const mode = UNIX_HOSTS.has(host) ? dir.getUint32(p + 38, true) >>> 16 : 0;
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
    // A symlink, device or pipe would be unpacked as something other than a file; a directory
    // mode must come with a directory name, and a directory holds no data.
    const type = mode & S_IFMT;
    const isDirectory = name.endsWith('/');
    if (
      (type !== 0 && type !== (isDirectory ? S_IFDIR : S_IFREG)) ||
      (isDirectory && (size > 0 || compressedSize > 0))
    ) {
      throw bundleError(
        'not-a-file',
        `“${name}”不是普通文件（符号链接、设备或带数据的目录）`,
        `"${name}" is not a regular file (a symlink, a device or a directory with data)`,
        [name],
      );
    }
    if (needed > MAX_VERSION_NEEDED) {
      throw bundleError(
        'unsupported-zip',
        `“${name}”需要更新的 zip 版本才能解开`,
        `"${name}" needs a newer zip version than 2.0 to extract`,
        [name],
      );
    }
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
    all.push({
      name,
      method,
      compressedSize,
      size,
      crc32,
      flags,
      localOffset,
      end: directoryAt,
      nameBytes: nameLength,
    });
  }
  if (p !== directory.length || directoryAt + directorySize !== endAt) {
    throw bundleError(
      'hidden-data',
      '压缩包的目录里或目录后面有不属于任何文件的数据',
      'The zip has data inside or after its directory that belongs to no entry',
    );
  }
  // Entries must not overlap (overlapping entries are how a small zip inflates many times over).
  const byOffset = [...all].sort((a, b) => a.localOffset - b.localOffset);
  if ((byOffset[0]?.localOffset ?? directoryAt) !== 0) {
    throw bundleError(
      'hidden-data',
      '压缩包开头有不属于任何文件的数据',
      'The zip starts with data that belongs to no entry',
    );
  }
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
  // A directory has no data to read later: its local header (and whatever follows it) now.
  for (const entry of all) if (entry.name.endsWith('/')) await entryData(blob, entry);
  const entries: ZipEntry[] = all
    .filter((entry) => !entry.name.endsWith('/'))
    .map(({ nameBytes: _bytes, ...entry }) => entry);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  return {
    entries,
    get: (name) => byName.get(name),
    open: (entry, signal) => openEntry(blob, entry, signal),
    digest: (entry, signal) => digestEntry(blob, entry, signal),
  };
}

const mismatch = (entry: ZipEntry) =>
  bundleError(
    'damaged',
    `“${entry.name}”的文件头与目录不符`,
    `"${entry.name}" does not match the zip directory`,
    [entry.name],
  );

/**
 * The entry's compressed bytes, once its local header agrees with the directory (name, method,
 * flags, CRC-32 and sizes, or the data descriptor after the data when the header defers them) and
 * the entry ends exactly where the next one (or the directory) begins.
 */
async function entryData(blob: Blob, entry: ZipEntry): Promise<Blob> {
  const header = await bytesOf(blob, entry.localOffset, entry.localOffset + LOCAL_MIN);
  const local = new DataView(header.buffer);
  if (header.length < LOCAL_MIN || local.getUint32(0, true) !== LOCAL) {
    throw bundleError('truncated', `“${entry.name}”已损坏`, `"${entry.name}" is damaged`, [entry.name]);
  }
  const nameLength = local.getUint16(26, true);
  const extraLength = local.getUint16(28, true);
  if (extraLength > MAX_EXTRA_BYTES) {
    throw bundleError(
      'unsupported-zip',
      `“${entry.name}”的附加字段太长`,
      `"${entry.name}" has an extra field that is too long`,
      [entry.name],
    );
  }
  const flags = local.getUint16(6, true);
  const deferred = (flags & HAS_DESCRIPTOR) !== 0;
  const recorded = [local.getUint32(14, true), local.getUint32(18, true), local.getUint32(22, true)];
  const expected = [entry.crc32, entry.compressedSize, entry.size];
  if (
    local.getUint8(4) > MAX_VERSION_NEEDED ||
    (flags & ~HAS_DESCRIPTOR) !== (entry.flags & ~HAS_DESCRIPTOR) ||
    local.getUint16(8, true) !== entry.method ||
    recorded.some((value, i) => value !== expected[i] && !(deferred && value === 0))
  ) {
    throw mismatch(entry);
  }
  const start = entry.localOffset + LOCAL_MIN + nameLength + extraLength;
  const localName = await bytesOf(blob, entry.localOffset + LOCAL_MIN, start - extraLength);
  let end = start + entry.compressedSize;
  if (new TextDecoder().decode(localName) !== entry.name || end > entry.end) throw mismatch(entry);
  if (deferred) {
    // The descriptor: an optional signature, then CRC-32 and both sizes.
    const tail = await bytesOf(blob, end, Math.min(end + 16, entry.end));
    const view = new DataView(tail.buffer);
    const at = tail.length >= 4 && view.getUint32(0, true) === DESCRIPTOR ? 4 : 0;
    if (tail.length < at + 12 || expected.some((value, i) => view.getUint32(at + 4 * i, true) !== value)) {
      throw mismatch(entry);
    }
    end += at + 12;
  }
  if (end !== entry.end) {
    throw bundleError(
      'hidden-data',
      `“${entry.name}”后面有不属于任何文件的数据`,
      `"${entry.name}" is followed by data that belongs to no entry`,
      [entry.name],
    );
  }
  return blob.slice(start, start + entry.compressedSize);
}

async function openEntry(blob: Blob, entry: ZipEntry, signal?: AbortSignal): Promise<Blob> {
  if (entry.method === 0) return entryData(blob, entry);
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  const flush = () => {
    if (pending.length > 0) parts.push(new Blob(pending as BlobPart[]));
    pending = [];
  };
  await streamEntry(
    blob,
    entry,
    (chunk) => {
      pending.push(chunk);
      if (pending.length >= 64) flush();
    },
    signal,
  );
  flush();
  return new Blob(parts);
}

async function digestEntry(blob: Blob, entry: ZipEntry, signal?: AbortSignal): Promise<Digests> {
  if (entry.size <= readWhole()) {
    const whole = new Uint8Array(entry.size);
    let at = 0;
    await streamEntry(
      blob,
      entry,
      (chunk) => {
        whole.set(chunk, at);
        at += chunk.length;
      },
      signal,
    );
    return digestBytes(whole);
  }
  const hash = await digestStream();
  await streamEntry(blob, entry, (chunk) => hash.update(chunk), signal);
  return hash.digest();
}

/**
 * Hands the entry's bytes to `take` piece by piece, never more than they declared, then checks
 * the size and the CRC-32. Stored data is read in READ_STEP pieces; deflated data is pushed into
 * the inflater in PUSH_STEP pieces so that no single output chunk is large.
 */
async function streamEntry(
  blob: Blob,
  entry: ZipEntry,
  take: (chunk: Uint8Array) => void,
  signal?: AbortSignal,
): Promise<void> {
  const data = await entryData(blob, entry);
  let out = 0;
  let crc = 0;
  const accept = (chunk: Uint8Array) => {
    out += chunk.length;
    if (out > entry.size) {
      throw bundleError(
        'zip-bomb',
        `“${entry.name}”解压后比声明的大，疑似压缩炸弹`,
        `"${entry.name}" inflates beyond its declared size: a zip bomb`,
        [entry.name],
      );
    }
    crc = CRC32.buf(chunk, crc);
    take(chunk);
  };
  let finished = entry.method === 0;
  const inflater = new Inflate((chunk, final) => {
    accept(chunk);
    if (final) finished = true;
  });
  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      inflater.push(chunk, final);
    } catch (error) {
      if (error instanceof Error && error.name === 'BundleError') throw error;
      throw bundleError('truncated', `“${entry.name}”无法解压`, `"${entry.name}" cannot be inflated`, [
        entry.name,
      ]);
    }
  };
  for (let at = 0; at < data.size; at += READ_STEP) {
    if (signal?.aborted) throw bundleError('cancelled', '已取消', 'Cancelled');
    const chunk = new Uint8Array(await data.slice(at, at + READ_STEP).arrayBuffer());
    if (entry.method === 0) {
      accept(chunk);
      continue;
    }
    const last = at + READ_STEP >= data.size;
    for (let i = 0; i < chunk.length; i += PUSH_STEP) {
      push(chunk.subarray(i, i + PUSH_STEP), last && i + PUSH_STEP >= chunk.length);
    }
  }
  // No deflated data at all is still a stream to end (fflate then says it is truncated).
  if (entry.method === 8 && data.size === 0) push(new Uint8Array(0), true);
  if (!finished || out !== entry.size) {
    throw bundleError(
      'truncated',
      `“${entry.name}”解压后大小不对`,
      `"${entry.name}" inflates to the wrong size`,
      [entry.name],
    );
  }
  if (crc >>> 0 !== entry.crc32) {
    throw bundleError(
      'damaged',
      `“${entry.name}”的校验值（CRC-32）不符：文件已损坏或被改动`,
      `"${entry.name}" fails its CRC-32 check: the file is damaged or was changed`,
      [entry.name],
    );
  }
}
