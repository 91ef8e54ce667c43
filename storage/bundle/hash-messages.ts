// The messages between the casebook and its hash workers (./hash-workers.ts, ./hash-worker.ts),
// checked on arrival on both sides like every other message of the extension: a reply that is not
// one of these fails the export's hashing (which then falls back to the page) instead of being
// read as digests.
import * as z from 'zod/mini';

export const HashRequest = z.strictObject({
  id: z.number(),
  blob: z.instanceof(Blob),
  share: z.enum(['sha256-crc32', 'sha512']),
});

const hex = z.string().check(z.regex(/^[0-9a-f]+$/));

export const HashReply = z.union([
  z.strictObject({ id: z.number(), bytes: z.number() }),
  z.strictObject({ id: z.number(), result: z.strictObject({ hex, crc32: z.optional(z.number()) }) }),
  z.strictObject({ id: z.optional(z.unknown()), error: z.string() }),
]);
export type HashReply = z.infer<typeof HashReply>;
