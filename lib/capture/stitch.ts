// The pixel work of a capture: decode screenshots, draw the planned slices into canvases,
// encode PNGs and a small preview. Runs where a DOM or worker canvas exists and the service
// worker is not blocked by it: the offscreen document in Chrome, the background page in Firefox.
import { thumbnailOf } from '../thumbnail';
import { layoutTiles, type CanvasLimits, type StitchPlan, type TileGeometry } from './plan';

export interface StitchRequest {
  tiles: TileGeometry[];
  /** The tab's viewport in CSS px: screenshot width / its width = device px per CSS px. */
  viewport: { width: number; height: number };
  limits: CanvasLimits;
}

export interface StitchOutput {
  parts: Blob[];
  thumbnail: Blob;
  plan: Pick<StitchPlan, 'scale' | 'width' | 'height'> & { partHeights: number[] };
}

export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
  if (!/^data:image\/(png|jpeg);base64,/.test(dataUrl)) throw new Error('not a screenshot data URL');
  return (await fetch(dataUrl)).blob();
}

/**
 * Stitches screenshots into one PNG per part. Parts are drawn one at a time and each decoded
 * screenshot is released once no later part needs it, so memory stays near one canvas.
 */
export async function stitchTiles(images: readonly Blob[], request: StitchRequest): Promise<StitchOutput> {
  if (images.length !== request.tiles.length || images.length === 0) {
    throw new Error(`${images.length} screenshots for ${request.tiles.length} positions`);
  }
  const first = await createImageBitmap(images[0]!);
  const scale = first.width / request.viewport.width;
  // A screenshot of another shape than the page's viewport is not of this page as measured.
  if (Math.abs(first.height - request.viewport.height * scale) > 2) {
    first.close();
    throw new Error(`screenshot ${first.width}x${first.height} does not fit the viewport`);
  }
  const plan = layoutTiles(request.tiles, scale, request.limits);
  const lastUse = new Map<number, number>();
  plan.parts.forEach((part, index) => part.slices.forEach((slice) => lastUse.set(slice.tile, index)));
  const decoded = new Map<number, ImageBitmap>([[0, first]]);
  const bitmap = async (tile: number) => {
    let found = decoded.get(tile);
    if (!found) decoded.set(tile, (found = await createImageBitmap(images[tile]!)));
    return found;
  };

  const parts: Blob[] = [];
  let thumbnail: Blob | undefined;
  try {
    for (const [index, part] of plan.parts.entries()) {
      const canvas = new OffscreenCanvas(part.width, part.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error(`no canvas of ${part.width} x ${part.height}`);
      for (const slice of part.slices) {
        const source = await bitmap(slice.tile);
        context.drawImage(
          source,
          slice.sx,
          slice.sy,
          slice.width,
          slice.height,
          0,
          slice.dy,
          slice.width,
          slice.height,
        );
      }
      for (const [tile, used] of lastUse) {
        if (used === index) {
          decoded.get(tile)?.close();
          decoded.delete(tile);
        }
      }
      if (index === 0) thumbnail = await thumbnailOf(canvas);
      parts.push(await canvas.convertToBlob({ type: 'image/png' }));
    }
  } finally {
    for (const image of decoded.values()) image.close();
  }
  return {
    parts,
    thumbnail: thumbnail!,
    plan: {
      scale: plan.scale,
      width: plan.width,
      height: plan.height,
      partHeights: plan.parts.map((p) => p.height),
    },
  };
}
