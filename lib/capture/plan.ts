// Pure planning for scroll-and-stitch captures: where to scroll next, which rows of each
// screenshot are new, and how the stitched picture splits into canvases small enough to exist.

/** Most screens one capture takes: at 2 screenshots a second, 40 screens is about 20 s. */
export const MAX_SCREENS = 40;

/** The largest canvas we ask for. Beyond either figure the picture splits into parts. */
export interface CanvasLimits {
  /** Longest side in device pixels. */
  maxSide: number;
  /** Largest area in device pixels. */
  maxArea: number;
}

/**
 * Chromium allows a side of 65,535 px and 268 Mpx (limits-and-budgets.md B.3); Firefox 32,767 px
 * and about 125 Mpx. We stay under both with room to spare: a 240 Mpx RGBA canvas is ~1 GB.
 */
export const CHROME_LIMITS: CanvasLimits = { maxSide: 30_000, maxArea: 240_000_000 };
export const FIREFOX_LIMITS: CanvasLimits = { maxSide: 30_000, maxArea: 120_000_000 };

/** A rectangle in CSS pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One screenshot as taken: which stretch of the content it shows, and where in the shot. */
export interface TileGeometry {
  /** Content offset (scroll position, CSS px) of the clip's top edge. */
  offset: number;
  /** Where the scrolled content shows inside the screenshot (CSS px of the top viewport). */
  clip: Rect;
}

/** Copy rows of one screenshot (device px) into one part (device px from the part's top). */
export interface Slice {
  tile: number;
  sx: number;
  sy: number;
  width: number;
  height: number;
  dy: number;
}

export interface StitchPart {
  width: number;
  height: number;
  slices: Slice[];
}

export interface StitchPlan {
  /** Device px per CSS px, measured from the first screenshot. */
  scale: number;
  width: number;
  /** The whole stitched height in device px, over all parts. */
  height: number;
  parts: StitchPart[];
}

/**
 * The next scroll position after a screen that showed content up to `covered`, or undefined
 * when the content's end has been shown. The last screen is pinned to the end (it overlaps the
 * one before; layoutTiles keeps only its new rows).
 */
export function nextOffset(covered: number, viewHeight: number, contentHeight: number): number | undefined {
  if (viewHeight <= 0) throw new Error('nothing visible to capture (view height 0)');
  if (covered >= contentHeight - 0.5) return undefined;
  return Math.max(0, Math.min(covered, contentHeight - viewHeight));
}

/** How many screens a content height needs, capped: the progress bar's total. */
export function screensFor(contentHeight: number, viewHeight: number, maxScreens = MAX_SCREENS): number {
  if (viewHeight <= 0) return 1;
  return Math.max(1, Math.min(maxScreens, Math.ceil((contentHeight - 0.5) / viewHeight)));
}

/**
 * Lays the screenshots out one below the other, keeping from each only the rows no earlier
 * screenshot showed, in device pixels at `scale`, and splits the result into parts within
 * `limits`. Rounding is done on content edges, so consecutive slices always meet exactly.
 */
export function layoutTiles(tiles: readonly TileGeometry[], scale: number, limits: CanvasLimits): StitchPlan {
  if (tiles.length === 0) throw new Error('no screenshots to stitch');
  if (!(scale > 0)) throw new Error(`bad scale ${scale}`);
  const px = (css: number) => Math.round(css * scale);
  const width = px(tiles[0]!.clip.width);
  if (width > limits.maxSide) throw new Error(`capture is ${width} px wide, over the canvas limit`);

  // Rows of the whole picture, in device px: [start, end) of each tile's new content.
  const runs: Array<{ tile: number; start: number; end: number; sx: number; sy: number }> = [];
  let coveredEnd = 0;
  tiles.forEach((tile, index) => {
    const start = Math.max(px(tile.offset), coveredEnd);
    const end = px(tile.offset + tile.clip.height);
    if (end <= start) return;
    runs.push({
      tile: index,
      start,
      end,
      sx: px(tile.clip.x),
      sy: px(tile.clip.y) + (start - px(tile.offset)),
    });
    coveredEnd = end;
  });
  const top = runs[0]!.start;
  const height = coveredEnd - top;

  const partHeight = Math.max(1, Math.min(limits.maxSide, Math.floor(limits.maxArea / width)));
  const parts: StitchPart[] = [];
  for (let partTop = 0; partTop < height; partTop += partHeight) {
    const partEnd = Math.min(height, partTop + partHeight);
    const slices: Slice[] = [];
    for (const run of runs) {
      const from = Math.max(run.start - top, partTop);
      const to = Math.min(run.end - top, partEnd);
      if (to <= from) continue;
      slices.push({
        tile: run.tile,
        sx: run.sx,
        sy: run.sy + (from - (run.start - top)),
        width,
        height: to - from,
        dy: from - partTop,
      });
    }
    parts.push({ width, height: partEnd - partTop, slices });
  }
  return { scale, width, height, parts };
}
