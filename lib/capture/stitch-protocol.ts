// Messages from the background to the offscreen stitching document (Chrome). The document
// answers only these, only from our own background (no tab, our extension id), and validates
// each with these schemas like every other message (lib/messages.ts).
import * as z from 'zod/mini';

z.config({ jitless: true });

export const STITCH_TARGET = 'weiquan-stitch';

const jobId = z.string().check(z.regex(/^[0-9a-f-]{36}$/));
const rect = z.strictObject({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
/** A screenshot as a PNG data URL; 64 MB is Chrome's message size limit. */
const dataUrl = z.string().check(z.startsWith('data:image/png;base64,'), z.maxLength(64 * 1024 * 1024));

export const StitchMessageSchema = z.discriminatedUnion('op', [
  z.strictObject({ target: z.literal(STITCH_TARGET), op: z.literal('begin'), jobId }),
  z.strictObject({
    target: z.literal(STITCH_TARGET),
    op: z.literal('tile'),
    jobId,
    index: z.int().check(z.nonnegative(), z.maximum(1000)),
    dataUrl,
  }),
  z.strictObject({
    target: z.literal(STITCH_TARGET),
    op: z.literal('finish'),
    jobId,
    request: z.strictObject({
      tiles: z
        .array(z.strictObject({ offset: z.number(), clip: rect }))
        .check(z.minLength(1), z.maxLength(1000)),
      viewport: z.strictObject({
        width: z.number().check(z.positive()),
        height: z.number().check(z.positive()),
      }),
      limits: z.strictObject({ maxSide: z.int().check(z.positive()), maxArea: z.int().check(z.positive()) }),
    }),
  }),
  /** Ends a session; also revokes the object URLs a finish handed out. */
  z.strictObject({ target: z.literal(STITCH_TARGET), op: z.literal('discard'), jobId }),
]);

export type StitchMessage = z.infer<typeof StitchMessageSchema>;

/** What finish hands back: object URLs the background reads with fetch, then discards. */
export interface StitchedUrls {
  parts: string[];
  thumbnail: string;
  plan: { scale: number; width: number; height: number; partHeights: number[] };
}
