// Where a bag's files come from: a zip (import, `npm run verify`, the report's zip picker) or a
// folder the shopper picked in the report (the unzipped bundle).
import type { BagSource } from './check';
import { bundleError } from './errors';
import { unsafeName, type ZipReader } from './zip-read';

/** A zip's entries; each entry is opened once and kept (stored entries are slices, no copy). */
export function zipSource(zip: ZipReader, signal?: AbortSignal): BagSource {
  const opened = new Map<string, Promise<Blob>>();
  return {
    paths: zip.entries.map((entry) => entry.name),
    size: (path) => zip.get(path)?.size ?? 0,
    blob(path) {
      const entry = zip.get(path);
      if (!entry) return Promise.reject(new Error(`no ${path} in the zip`));
      let blob = opened.get(path);
      if (!blob) opened.set(path, (blob = zip.open(entry, signal)));
      return blob;
    },
  };
}

/**
 * Files from a folder picker: paths relative to the picked folder ("bundle/data/x.png" →
 * "data/x.png"), with the same name rules as a zip.
 */
export function fileListSource(files: ReadonlyArray<File & { webkitRelativePath?: string }>): BagSource {
  const byPath = new Map<string, File>();
  for (const file of files) {
    const relative = file.webkitRelativePath || file.name;
    const path = relative.includes('/') ? relative.slice(relative.indexOf('/') + 1) : relative;
    const why = unsafeName(path);
    if (why)
      throw bundleError('unsafe-name', `不安全的文件名“${path}”`, `Unsafe file name "${path}" (${why})`, [
        path,
      ]);
    byPath.set(path, file);
  }
  return {
    paths: [...byPath.keys()],
    size: (path) => byPath.get(path)?.size ?? 0,
    blob: (path) => Promise.resolve(byPath.get(path) ?? new Blob([])),
  };
}
