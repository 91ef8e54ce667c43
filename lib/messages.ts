// The one contract for messages between content scripts, background and extension pages.
// Schemas live here; content scripts import only the *types* (zod stays out of their bundle),
// and the background parses every message with these schemas before acting on it.
import { z } from 'zod';

// zod 4 probes `new Function` unless told not to, which MV3's CSP reports (TOOLCHAIN.md).
z.config({ jitless: true });

const text = (max: number) => z.string().max(max);
const orderId = z.string().regex(/^\d{11,20}$/, 'order id must be 11-20 digits, as a string');

export const OrderSchema = z.strictObject({
  orderId,
  sellerNick: text(200).optional(),
  shopName: text(200).optional(),
  shopType: z.enum(['tmall', 'taobao', 'weidian', 'tmall-supermarket', 'tmall-global-direct', 'unknown']),
  items: z
    .array(
      z.strictObject({
        title: text(500),
        quantity: z.number().int().positive().max(1_000_000).optional(),
        price: text(40).optional(),
      }),
    )
    .max(200),
  amount: text(40).optional(),
  createdAt: text(40).optional(),
  status: text(200).optional(),
  snapshotUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  missing: z.array(text(40)).max(20).optional(),
});

export const DetectionSchema = z.discriminatedUnion('detected', [
  z.strictObject({
    detected: z.literal(true),
    platform: z.enum(['tmall', 'taobao', 'weidian']),
    page: z.enum(['order-detail', 'order-list', 'chat']),
    orders: z.array(OrderSchema).min(1).max(500),
    strategy: text(60),
  }),
  z.strictObject({
    detected: z.literal(false),
    reason: z.enum([
      'not-an-order-page',
      'no-order-data',
      'malformed-order-data',
      'order-id-only-numeric',
      'order-id-mismatch',
      'no-order-id',
    ]),
    detail: text(2000).optional(),
  }),
]);

/** Messages a content script may send: observations about its page, nothing more. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('page/detected'),
    url: z.url({ protocol: /^https?$/ }).max(4000),
    title: text(500),
    detection: DetectionSchema,
  }),
]);

export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** Every reply is either a value or a plain error the sender can show. */
export type Reply<T = null> = { ok: true; value: T } | { ok: false; error: string };
