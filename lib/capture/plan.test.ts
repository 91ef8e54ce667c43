import { describe, expect, it } from 'vitest';
import { layoutTiles, nextOffset, screensFor, type TileGeometry } from './plan';

const LOOSE = { maxSide: 30_000, maxArea: 240_000_000 };
const view = (offset: number, height = 800, y = 0): TileGeometry => ({
  offset,
  clip: { x: 0, y, width: 1280, height },
});

/** Every device row of the picture, as [tile, source row], in order over all parts. */
function rows(plan: ReturnType<typeof layoutTiles>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const part of plan.parts) {
    let expectedDy = 0;
    for (const slice of part.slices) {
      expect(slice.dy).toBe(expectedDy);
      for (let r = 0; r < slice.height; r++) out.push([slice.tile, slice.sy + r]);
      expectedDy += slice.height;
    }
    expect(expectedDy).toBe(part.height);
  }
  return out;
}

describe('nextOffset', () => {
  it('steps a screen at a time and pins the last screen to the end', () => {
    const stops = [0];
    for (let next = nextOffset(800, 800, 2000); next !== undefined;) {
      stops.push(next);
      next = nextOffset(next + 800, 800, 2000);
    }
    expect(stops).toEqual([0, 800, 1200]);
  });

  it('stops at once for content that fits one screen', () => {
    expect(nextOffset(800, 800, 800)).toBeUndefined();
    expect(nextOffset(800, 800, 300)).toBeUndefined();
  });

  it('refuses a view with no height', () => {
    expect(() => nextOffset(0, 0, 100)).toThrow(/view height 0/);
  });
});

describe('screensFor', () => {
  it('counts screens, capped', () => {
    expect(screensFor(8360, 800)).toBe(11);
    expect(screensFor(800, 800)).toBe(1);
    expect(screensFor(100_000, 800)).toBe(40);
    expect(screensFor(100_000, 800, 5)).toBe(5);
  });
});

describe('layoutTiles', () => {
  it('keeps only the new rows of an overlapping last screen', () => {
    const plan = layoutTiles([view(0), view(800), view(1200)], 1, LOOSE);
    expect(plan.height).toBe(2000);
    expect(plan.parts).toHaveLength(1);
    expect(plan.parts[0]!.slices).toEqual([
      { tile: 0, sx: 0, sy: 0, width: 1280, height: 800, dy: 0 },
      { tile: 1, sx: 0, sy: 0, width: 1280, height: 800, dy: 800 },
      { tile: 2, sx: 0, sy: 400, width: 1280, height: 400, dy: 1600 },
    ]);
  });

  it('works in device pixels at a fractional scale with no gap or overlap', () => {
    const plan = layoutTiles([view(0, 333.5), view(333.5, 333.5), view(500, 333.5)], 1.25, LOOSE);
    expect(plan.width).toBe(1600);
    expect(plan.height).toBe(Math.round(833.5 * 1.25));
    const all = rows(plan);
    expect(all).toHaveLength(plan.height);
    // The third screen contributes exactly the rows below what the second showed.
    const third = all.filter(([tile]) => tile === 2);
    expect(third[0]![1]).toBe(Math.round(667 * 1.25) - Math.round(500 * 1.25));
  });

  it('crops a pane out of each screenshot (clip offset within the screenshot)', () => {
    const pane = (offset: number): TileGeometry => ({
      offset,
      clip: { x: 100, y: 250, width: 400, height: 300 },
    });
    const plan = layoutTiles([pane(0), pane(300), pane(500)], 2, LOOSE);
    expect(plan.width).toBe(800);
    expect(plan.height).toBe(1600);
    expect(plan.parts[0]!.slices.map((s) => [s.sx, s.sy, s.height, s.dy])).toEqual([
      [200, 500, 600, 0],
      [200, 500, 600, 600],
      [200, 500 + 200, 400, 1200],
    ]);
  });

  it('splits past the side limit, a screenshot straddling two parts', () => {
    const tiles = Array.from({ length: 10 }, (_, i) => view(i * 800));
    const plan = layoutTiles(tiles, 1, { maxSide: 3000, maxArea: 1e12 });
    expect(plan.parts.map((p) => p.height)).toEqual([3000, 3000, 2000]);
    expect(plan.parts[0]!.slices.at(-1)).toEqual({
      tile: 3,
      sx: 0,
      sy: 0,
      width: 1280,
      height: 600,
      dy: 2400,
    });
    expect(plan.parts[1]!.slices[0]).toEqual({ tile: 3, sx: 0, sy: 600, width: 1280, height: 200, dy: 0 });
    expect(rows(plan)).toEqual(
      Array.from({ length: 8000 }, (_, r) => [Math.floor(r / 800), r % 800] as [number, number]),
    );
  });

  it('splits past the area limit', () => {
    const tiles = Array.from({ length: 4 }, (_, i) => view(i * 800));
    const plan = layoutTiles(tiles, 1, { maxSide: 30_000, maxArea: 1280 * 1000 });
    expect(plan.parts.map((p) => p.height)).toEqual([1000, 1000, 1000, 200]);
    expect(plan.parts.every((p) => p.width * p.height <= 1280 * 1000)).toBe(true);
  });

  it('refuses nonsense', () => {
    expect(() => layoutTiles([], 1, LOOSE)).toThrow(/no screenshots/);
    expect(() => layoutTiles([view(0)], 0, LOOSE)).toThrow(/bad scale/);
    expect(() => layoutTiles([view(0)], 30, LOOSE)).toThrow(/wide/);
  });
});
