// Previews for the casebook timeline: small, decoded once, never evidence themselves.

const THUMBNAIL_WIDTH = 320;
/** Previews of tall pictures show their top, at most this tall. */
const THUMBNAIL_MAX_HEIGHT = 400;

/** A preview ~320 px wide of the image's top, WebP where the browser encodes it, else JPEG. */
export async function thumbnailOf(image: Blob | ImageBitmap | OffscreenCanvas): Promise<Blob> {
  const bitmap = image instanceof Blob ? await createImageBitmap(image) : image;
  try {
    const scale = Math.min(1, THUMBNAIL_WIDTH / bitmap.width);
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.min(THUMBNAIL_MAX_HEIGHT, Math.round(bitmap.height * scale)));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, bitmap.width, height / scale, 0, 0, width, height);
    const webp = await canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
    return webp.type === 'image/webp' ? webp : canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  } finally {
    if (bitmap instanceof ImageBitmap && image instanceof Blob) bitmap.close();
  }
}
