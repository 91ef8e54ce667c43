// Readable, safe file names inside a bundle: capture time (Beijing), kind and order id, numbered
// in capture order, so a folder listing reads as the timeline.

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'text/plain': 'txt',
  'application/json': 'json',
  'text/html': 'html',
  'multipart/related': 'mhtml',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
};

/** The extension for an item: from its type, else from its original file name, else "bin". */
export function extensionFor(mimeType: string, fileName?: string): string {
  const known = EXTENSIONS[mimeType.split(';')[0]!.trim().toLowerCase()];
  if (known) return known;
  const fromName = /\.([a-z0-9]{1,8})$/i.exec(fileName ?? '')?.[1];
  return fromName ? fromName.toLowerCase() : 'bin';
}

/** "2026-11-22_153746" from "2026-11-22 15:37:46 +08:00". */
const stamp = (shanghai: string) => shanghai.slice(0, 19).replace(' ', '_').replace(/:/g, '');

/**
 * Only letters, digits, dot, dash and underscore survive (order ids are digits already), and no
 * trailing dot (Windows drops it, and the zip reader refuses such names).
 */
export const safePart = (value: string) =>
  value
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .slice(0, 64)
    .replace(/\.+$/, '') || 'x';

export function evidenceFileName(
  index: number,
  item: { kind: string; mimeType: string; meta: { capturedAtShanghai: string; fileName?: string } },
  orderId: string,
): string {
  const number = String(index + 1).padStart(3, '0');
  const ext = extensionFor(item.mimeType, item.meta.fileName);
  return `${number}_${stamp(item.meta.capturedAtShanghai)}_${safePart(item.kind)}_${safePart(orderId)}.${ext}`;
}
