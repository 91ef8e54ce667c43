// Where a bag's files come from: a zip (import, `npm run verify`, the report's zip picker) or a
// folder the shopper picked in the report (the unzipped bundle).
import type { BagSource } from './check';
import { digestBlob } from './digest';
import { bundleError } from './errors';
import { unsafeName, type ZipReader } from './zip-read';

/**
 * A zip's entries, opened on each request and never kept: a stored entry is a slice of the
 * archive (no copy), and a deflated one is inflated again rather than held in memory.
 */
export function zipSource(zip: ZipReader, signal?: AbortSignal): BagSource {
  const entry = (path: string) => {
    const found = zip.get(path);
    if (!found) throw new Error(`no ${path} in the zip`);
    return found;
  };
  return {
    paths: zip.entries.map((e) => e.name),
    size: (path) => zip.get(path)?.size ?? 0,
    blob: async (path) => zip.open(entry(path), signal),
    digest: async (path) => zip.digest(entry(path), signal),
  };
}

/** What a file manager adds to any folder it shows: not part of the bag, skipped and said so. */
export const SYSTEM_FILES = /^(\.ds_store|thumbs\.db|desktop\.ini)$/i;

/**
 * Files from a folder picker: paths relative to the picked folder ("bundle/data/x.png" →
 * "data/x.png"), with the same name rules as a zip.
 */
export function fileListSource(files: ReadonlyArray<File & { webkitRelativePath?: string }>): BagSource {
  const byPath = new Map<string, File>();
  const ignored: string[] = [];
  for (const file of files) {
    const relative = file.webkitRelativePath || file.name;
    const path = relative.includes('/') ? relative.slice(relative.indexOf('/') + 1) : relative;
    if (SYSTEM_FILES.test(path.slice(path.lastIndexOf('/') + 1))) {
      ignored.push(path);
      continue;
    }
    const why = unsafeName(path);
    if (why)
      throw bundleError('unsafe-name', `不安全的文件名“${path}”`, `Unsafe file name "${path}" (${why})`, [
        path,
      ]);
    byPath.set(path, file);
  }
  return {
    paths: [...byPath.keys()],
    ignored,
    size: (path) => byPath.get(path)?.size ?? 0,
    blob: (path) => Promise.resolve(byPath.get(path) ?? new Blob([])),
    digest: (path) => digestBlob(byPath.get(path) ?? new Blob([])),
  };
}
