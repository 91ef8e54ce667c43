// zod schema for the channel registry. Kept apart from registry.ts so content scripts never
// bundle zod; tests and extension pages use this to check the data (and imported updates).
import { z } from 'zod';
import { phoneKey } from './registry';
import { SOURCE_IDS } from './sources';
import { OWNERS, type Channel } from './types';

const nonBlank = z.string().regex(/\S/, 'must not be empty');
export const textSchema = z.strictObject({ zh: nonBlank, en: nonBlank });

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case, e.g. "taobao-tmall-hotline"');
const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM between 00:00 and 23:59 (Asia/Shanghai)');
const sourceList = z.array(z.enum(SOURCE_IDS)).min(1, 'needs at least one source');
const confidence = z.enum(['high', 'medium', 'low']);
const digits = z.string().regex(/^\d{3,12}$/, 'digits must be 3-12 digits only (no spaces, dashes or +86)');
const displayNumber = z
  .string()
  .regex(/^\+?\d[\d -]*\d$/, 'number must be digits with optional spaces or dashes');

export const timeWindowSchema = z
  .strictObject({ start: hhmm, end: hhmm })
  .refine((w) => w.start !== w.end, 'start and end must differ; use "always" for round-the-clock');

export const hoursClaimSchema = z.strictObject({
  text: textSchema,
  windows: z.union([z.array(timeWindowSchema).min(1), z.literal('always'), z.null()]),
  season: z.literal('big-sale').optional(),
  sources: sourceList,
});

export const ivrPathSchema = z.strictObject({
  id: kebabId,
  keys: z
    .array(
      z.strictObject({ key: z.string().regex(/^[0-9*#]$/, 'key must be 0-9, * or #'), label: textSchema }),
    )
    .min(1),
  purpose: textSchema,
  sources: sourceList,
});

/** The printed number without a leading +86 must carry exactly `digits`. */
function digitsMatch(number: string, expected: string): boolean {
  return number.replace(/^\+86/, '0').replace(/\D/g, '') === expected;
}

const phoneAlias = z
  .strictObject({ number: displayNumber, digits, label: textSchema })
  .refine((a) => digitsMatch(a.number, a.digits), {
    message: 'alias digits do not match its number',
    path: ['digits'],
  });

const base = {
  id: kebabId,
  entity: textSchema,
  owner: z.enum(OWNERS),
  purpose: textSchema,
  hours: z.array(hoursClaimSchema),
  confidence,
  hoursConfidence: confidence.optional(),
  sources: sourceList,
  lastChecked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'lastChecked must be YYYY-MM-DD'),
  note: textSchema.optional(),
  confirmRouteId: kebabId.optional(),
};

const phoneChannel = z
  .strictObject({
    ...base,
    kind: z.literal('phone'),
    line: z.enum(['customer-service', 'complaint', 'anti-fraud', 'report']).optional(),
    number: displayNumber,
    digits,
    aliases: z.array(phoneAlias).optional(),
    ivr: z.array(ivrPathSchema).optional(),
  })
  .refine((c) => digitsMatch(c.number, c.digits), {
    message: 'digits do not match the number',
    path: ['digits'],
  });

export const channelSchema = z.discriminatedUnion('kind', [
  phoneChannel,
  z.strictObject({
    ...base,
    kind: z.literal('in-app'),
    route: z.array(textSchema).min(1, 'in-app channels need a route'),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('web'),
    url: z
      .string()
      .regex(/^https:\/\//, 'url must start with https://')
      .optional(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('email'),
    address: z
      .string()
      .regex(/^[^@\s]+@[^@\s]+$/, 'not an e-mail address')
      .optional(),
  }),
]);

/** Rules across records: unique ids and numbers, and confirm routes that point at in-app records. */
export const registrySchema = z.array(channelSchema).superRefine((list, ctx) => {
  const ids = new Map<string, number>();
  const numbers = new Map<string, string>();
  list.forEach((c, i) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${c.id}"`, path: [i, 'id'] });
    ids.set(c.id, i);
    if (c.kind !== 'phone') return;
    for (const d of [c.digits, ...(c.aliases ?? []).map((a) => a.digits)]) {
      const owner = numbers.get(phoneKey(d));
      if (owner !== undefined && owner !== c.id) {
        ctx.addIssue({
          code: 'custom',
          message: `digits ${d} already used by "${owner}"`,
          path: [i, 'digits'],
        });
      }
      numbers.set(phoneKey(d), c.id);
    }
  });
  list.forEach((c, i) => {
    if (c.confirmRouteId === undefined) return;
    const target = list[ids.get(c.confirmRouteId) ?? -1];
    if (target?.kind !== 'in-app') {
      ctx.addIssue({
        code: 'custom',
        message: `confirmRouteId "${c.confirmRouteId}" is not an in-app record`,
        path: [i, 'confirmRouteId'],
      });
    }
  });
});

/** null when the records are valid, else a readable multi-line description of every problem. */
export function describeRegistryProblems(input: unknown): string | null {
  const result = registrySchema.safeParse(input);
  return result.success ? null : z.prettifyError(result.error);
}

/** Validates one record; throws an Error whose message names the field and the problem. */
export function parseChannel(input: unknown): Channel {
  const result = channelSchema.safeParse(input);
  if (!result.success) throw new Error(`Invalid channel record:\n${z.prettifyError(result.error)}`);
  return result.data;
}
