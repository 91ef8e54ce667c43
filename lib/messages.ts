// The one contract for messages between content scripts, background and extension pages.
// Schemas live here; content scripts import only the *types* (zod stays out of their bundle),
// and the background parses every message with these schemas before acting on it.
// zod/mini: the same validation as classic zod at a fraction of the popup's size budget.
import * as z from 'zod/mini';
import { JUDGE_BATCH, MAX_JUDGED_CHARS } from './message-limits';

// zod 4 probes `new Function` unless told not to, which MV3's CSP reports (TOOLCHAIN.md).
z.config({ jitless: true });

const text = (max: number) => z.string().check(z.maxLength(max));
const optionalText = (max: number) => z.optional(text(max));
const httpUrl = (max: number) => z.url({ protocol: /^https?$/ }).check(z.maxLength(max));
/** An offset into a judged text. */
const offset = z.int().check(z.gte(0), z.lte(MAX_JUDGED_CHARS));
const orderId = z.string().check(z.regex(/^\d{11,20}$/, 'order id must be 11-20 digits, as a string'));

export const OrderSchema = z.strictObject({
  orderId,
  sellerNick: optionalText(200),
  shopName: optionalText(200),
  shopType: z.enum(['tmall', 'taobao', 'weidian', 'tmall-supermarket', 'tmall-global-direct', 'unknown']),
  items: z
    .array(
      z.strictObject({
        title: text(500),
        quantity: z.optional(z.int().check(z.positive(), z.maximum(1_000_000))),
        price: optionalText(40),
      }),
    )
    .check(z.maxLength(200)),
  amount: optionalText(40),
  createdAt: optionalText(40),
  status: optionalText(200),
  snapshotUrl: z.optional(httpUrl(2000)),
  autoConfirmBy: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/))),
  missing: z.optional(z.array(text(40)).check(z.maxLength(20))),
});

export const DetectionSchema = z.discriminatedUnion('detected', [
  z.strictObject({
    detected: z.literal(true),
    platform: z.enum(['tmall', 'taobao', 'weidian']),
    page: z.enum(['order-detail', 'order-list', 'chat']),
    orders: z.array(OrderSchema).check(z.minLength(1), z.maxLength(500)),
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
    detail: optionalText(2000),
  }),
]);

const bilingual = z.strictObject({ zh: text(300), en: text(300) });

export const NumberSchema = z.strictObject({
  text: text(60),
  digits: z.string().check(z.regex(/^\d{3,16}$/)),
  verdict: z.enum(['official', 'unconfirmed', 'unlisted', 'suspicious']),
  reasons: z.array(bilingual).check(z.maxLength(6)),
  officialRoute: z.optional(bilingual),
});
export type PageNumber = z.infer<typeof NumberSchema>;

/** Messages a content script may send: observations about its page, nothing more. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('page/detected'),
    url: httpUrl(4000),
    title: text(500),
    detection: DetectionSchema,
  }),
  /** The shopper says a number's verdict is wrong: kept locally, to improve the registry by hand. */
  z.strictObject({
    type: z.literal('number/feedback'),
    url: httpUrl(4000),
    digits: z.string().check(z.regex(/^\d{3,16}$/)),
    verdict: z.enum(['official', 'unconfirmed', 'unlisted', 'suspicious']),
  }),
  /** The shopper clicked the 维权 button of one order on a list page. */
  z.strictObject({ type: z.literal('order/open'), orderId }),
  /**
   * Texts of a frame that may hold phone numbers. Reply: the numbers in each, with verdicts
   * (JudgedForMark[][]), so finding and judging run here, off the page's main thread. The
   * background also lists them for the popup with its own verdicts: a frame never reports one.
   */
  z.strictObject({
    type: z.literal('numbers/judge'),
    texts: z.array(text(MAX_JUDGED_CHARS)).check(z.minLength(1), z.maxLength(JUDGE_BATCH)),
    /** Where each text's own node lies in it ([start, end)): only its numbers are listed for the popup. */
    spans: z.array(z.tuple([offset, offset])).check(z.maxLength(JUDGE_BATCH)),
  }),
]);

const platform = z.enum(['tmall', 'taobao', 'weidian']);
const tabId = z.int().check(z.nonnegative());
/** Which order's case a capture goes into; without it, the order the tab itself shows. */
const captureOrder = z.optional(z.strictObject({ platform, orderId }));
/**
 * The popup's id for one capture, saved as the item's uid: if the worker is stopped after the
 * save but before it answers, the popup asks for the outcome by it instead of reporting a failure.
 */
const requestId = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));

/** Messages extension pages (popup, casebook) may send: the shopper's own actions. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  /** Screenshot of what the tab shows now. Reply: the evidence ids saved. */
  z.strictObject({
    type: z.literal('capture/visible'),
    tabId,
    order: captureOrder,
    requestId: z.optional(requestId),
  }),
  /** Scroll-and-stitch capture of the whole page. Reply: a job id; progress in storage.session. */
  z.strictObject({ type: z.literal('capture/full-page'), tabId, order: captureOrder }),
  /** The whole seller chat: transcript (text + JSON) saved at once, then the pane stitched as a job. */
  z.strictObject({
    type: z.literal('capture/chat'),
    tabId,
    order: captureOrder,
    requestId: z.optional(requestId),
  }),
  /** What became of a capture whose answer was lost. Reply: the ids saved, or 'interrupted'. */
  z.strictObject({ type: z.literal('capture/outcome'), requestId }),
  /** The orders seen lately, for choosing which case a capture goes into. Read-only. */
  z.strictObject({ type: z.literal('orders/recent') }),
  /** Stop a running capture; what was taken is kept, marked partial. */
  z.strictObject({ type: z.literal('capture/cancel'), jobId: text(64) }),
  z.strictObject({
    type: z.literal('call/record'),
    platform,
    orderId,
    caseTitle: text(300),
    answers: z.strictObject({
      dialled: text(40),
      caseNumber: text(200),
      agentId: text(200),
      promisedBy: text(40),
      note: text(2000),
    }),
  }),
  /** The shopper granted this site from the popup: mark numbers there from now on. */
  z.strictObject({
    type: z.literal('numbers/enable-site'),
    origin: httpUrl(300),
    tabId: z.int().check(z.nonnegative()),
  }),
  /** A follow-up reminder the shopper set; the background checks the time is ahead and sane. */
  z.strictObject({
    type: z.literal('reminder/set'),
    dueAt: z.int(),
    title: text(100),
    body: text(500),
  }),
]);

export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type PageMessage = z.infer<typeof PageMessageSchema>;

/** An order a capture can be filed under, as the popup lists it. */
export interface OrderChoice {
  platform: 'tmall' | 'taobao' | 'weidian';
  orderId: string;
  label: string;
}

/** Every reply is either a value or a plain error the sender can show. */
export type Reply<T = null> = { ok: true; value: T } | { ok: false; error: string };
