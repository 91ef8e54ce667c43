/** Preview width in CSS pixels ×2 for sharp thumbnails on high-DPI screens. */
const THUMB_WIDTH = 192;

/**
 * A small WebP preview of an image for the casebook timeline, or undefined when the browser
 * cannot decode it (a corrupt photo still gets stored; it just has no preview).
 */
export async function makeThumbnail(image: Blob): Promise<Blob | undefined> {
  try {
    const bitmap = await createImageBitmap(image);
    const width = Math.min(THUMB_WIDTH, bitmap.width);
    const height = Math.max(1, Math.round((bitmap.height * width) / bitmap.width));
    const canvas = new OffscreenCanvas(width, height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    return await canvas.convertToBlob({ type: 'image/webp', quality: 0.7 });
  } catch {
    return undefined;
  }
}
