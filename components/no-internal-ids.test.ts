// Issue 26: no internal id or label ("seed-001", "项目调研") in anything a screen or an export
// shows. Scans every user-visible text the guide can render for every platform, shop type and
// problem, every source's shown fields, and the drafts written into a bundle.
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../rules/channels/sources';
import {
  FRAUD_GUARD,
  PROBLEMS,
  PROBLEM_LABELS,
  callQuestions,
  callScript,
  escalationPlan,
  evidenceFor,
  routeFor,
} from '../rules/routing';
import type { Platform, ShopType } from '../rules/types';
import { buildDrafts } from '../storage/bundle/drafts';

const INTERNAL = /seed|项目调研|project research|research-channels|sample-tmall/i;
const PLATFORMS: Array<Platform | undefined> = ['taobao', 'tmall', 'weidian', undefined];
const SHOPS: Array<ShopType | undefined> = [
  'tmall',
  'tmall-supermarket',
  'tmall-global-direct',
  'taobao',
  'weidian',
  undefined,
];

/** Every string inside a value, however deep. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** Shown text only: the objects' `sources` lists (ids, never rendered as such) are left out. */
const shown = (value: unknown) =>
  strings(
    JSON.parse(
      JSON.stringify(value, (key, v: unknown) => (key === 'sources' || key === 'source' ? undefined : v)),
    ),
  );

describe('no internal ids on screens or in exports', () => {
  it('in what the guide shows for every platform, shop type and problem', () => {
    const texts: string[] = [...shown(FRAUD_GUARD), ...shown(PROBLEM_LABELS)];
    for (const platform of PLATFORMS)
      for (const shopType of SHOPS)
        for (const problem of PROBLEMS) {
          texts.push(
            ...shown(routeFor({ platform, shopType, problem })),
            ...shown(evidenceFor(problem, platform)),
            ...shown(escalationPlan(problem, platform)),
            ...shown(callScript({ platform, problem })),
            ...shown(callQuestions(problem)),
          );
        }
    expect(texts.filter((text) => INTERNAL.test(text))).toEqual([]);
  });

  it('in how sources are named', () => {
    const named = Object.values(SOURCES).flatMap((s) => shown([s.title, s.publisher, s.reliability, s.url]));
    expect(named.filter((text) => INTERNAL.test(text))).toEqual([]);
  });

  it('in the drafts a bundle carries', () => {
    for (const problem of PROBLEMS)
      for (const platform of ['taobao', 'tmall', 'weidian'] as const) {
        const drafts = buildDrafts({
          platform,
          orderId: '4864583305858004803',
          problem,
          complainant: {},
          calls: [],
          chain: { entries: 3, head: 'a'.repeat(64) },
          evidence: [],
        });
        expect(Object.values(drafts).join('\n')).not.toMatch(INTERNAL);
      }
  });
});
