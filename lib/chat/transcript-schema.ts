// What the chat collector returns is page data: checked here, with limits on every count and
// length, before anything of it is merged or stored.
import * as z from 'zod/mini';
import type { ChatLimits } from './types';

// zod 4 probes `new Function` unless told not to, which MV3's CSP reports (TOOLCHAIN.md).
z.config({ jitless: true });

/** The collector cuts page text to these; the schema rejects anything beyond them. */
export const CHAT_LIMITS: ChatLimits = {
  textChars: 5_000,
  srcChars: 4_096,
  nameChars: 500,
  imagesPerMessage: 20,
  filesPerMessage: 10,
  messages: 10_000,
  windows: 20_000,
  windowItems: 2_000,
};

const text = (max: number) => z.string().check(z.maxLength(max));
const count = z.int().check(z.nonnegative());
const token = z.int().check(z.positive());

export const ChatMessageSchema = z.strictObject({
  id: z.optional(text(CHAT_LIMITS.nameChars)),
  sender: text(CHAT_LIMITS.nameChars),
  own: z.boolean(),
  system: z.optional(z.literal(true)),
  time: text(CHAT_LIMITS.nameChars),
  text: text(CHAT_LIMITS.textChars),
  images: z.array(text(CHAT_LIMITS.srcChars)).check(z.maxLength(CHAT_LIMITS.imagesPerMessage)),
  files: z
    .array(
      z.strictObject({
        name: text(CHAT_LIMITS.nameChars),
        size: text(CHAT_LIMITS.nameChars),
        href: text(CHAT_LIMITS.srcChars),
      }),
    )
    .check(z.maxLength(CHAT_LIMITS.filesPerMessage)),
  card: z.optional(z.strictObject({ tplId: text(CHAT_LIMITS.nameChars), text: text(CHAT_LIMITS.textChars) })),
  truncated: z.optional(z.literal(true)),
});

export const FrameResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('no-chat') }),
  z.strictObject({ status: z.literal('disconnected') }),
  z.strictObject({ status: z.literal('busy') }),
  z.strictObject({ status: z.literal('returned'), restored: z.boolean() }),
  z.strictObject({
    status: z.literal('collected'),
    conversation: text(CHAT_LIMITS.nameChars),
    found: z.enum(['hint', 'structure']),
    frameUrl: text(CHAT_LIMITS.srcChars),
    windows: z
      .array(z.array(token).check(z.maxLength(CHAT_LIMITS.windowItems)))
      .check(z.maxLength(CHAT_LIMITS.windows)),
    items: z
      .array(
        z.strictObject({
          token,
          message: ChatMessageSchema,
          side: z.strictObject({
            cls: z.optional(z.enum(['own', 'theirs', 'system'])),
            align: z.optional(z.enum(['left', 'right', 'center'])),
          }),
        }),
      )
      .check(z.maxLength(CHAT_LIMITS.messages)),
    scrolls: count,
    stop: z.enum(['no-more-marker', 'nothing-older', 'time-limit', 'too-many', 'list-gone']),
    durationMs: count,
    restored: z.boolean(),
  }),
]);
