// Fuzzing the site rules with every fixture: thousands of seeded (deterministic) mutations —
// elements removed, shuffled or duplicated, embedded JSON truncated or corrupted, id strings
// turned into numbers, random noise — plus a 10,000-level nested DOM and 10 MB pages.
// Invariants: detectPage never throws, ends (each test's time limit catches work that never does;
// detection speed is measured in `npm run bench`), and every order id it reports is a digit string
// found in the page it came from (a detail page's id is always the URL's id).
import { describe, expect, it } from 'vitest';
import type { Detection } from '../types';
import { fixtureJson, fixtureText, htmlDocument } from '../../tests/support/fixtures';
import { BIG_INPUT, MANY_PAGES } from '../../tests/support/time-limits';
import { detectPage, type DetectOptions } from './detect';
import { SITE_RULES } from './index';

const SEED = 20_260_518;

/** mulberry32: small, fast, good enough to pick mutations deterministically. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Fixture {
  name: string;
  url: string;
  html: string;
}

const FIXTURES: Fixture[] = SITE_RULES.flatMap((rule) =>
  Object.entries(fixtureJson<Record<string, string>>(`${rule.id}/urls.json`)).map(([file, url]) => ({
    name: `${rule.id}/${file}`,
    url,
    html: fixtureText(`${rule.id}/${file}`),
  })),
);

/** Insertions never contain digits, so a mutation can split an id but never invent one. */
const JUNK = [
  '"',
  "'",
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  'a',
  ' ',
  '\\u',
  '\\x',
  '&quot;',
  '<',
  '>',
  '</script>',
  '\n',
  '订单号',
  '￥',
  '-',
  'null',
  '<div>',
  '</div>',
];

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, list: readonly T[]): T => list[int(rand, list.length)]!;

/** Where embedded data sits: JSON.parse('…') literals, var detailData = {…}, data-obj="…". */
function dataRegions(html: string): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  for (const pattern of [/JSON\.parse\('[^\n]{20,}/g, /var detailData = [^\n]+/g, /data-obj="\{[^"]*"/g]) {
    for (const match of html.matchAll(pattern)) regions.push([match.index, match.index + match[0].length]);
  }
  return regions;
}

/** Deletes html[from, to), keeping two digit runs from joining into a new number. */
function cut(html: string, from: number, to: number): string {
  const joined = /\d/.test(html[from - 1] ?? '') && /\d/.test(html[to] ?? '');
  return html.slice(0, from) + (joined ? ' ' : '') + html.slice(to);
}

const TEXT_MUTATIONS: Record<string, (html: string, rand: Rand) => string> = {
  truncate: (html, rand) => html.slice(0, int(rand, html.length)),
  corruptData(html, rand) {
    const regions = dataRegions(html);
    const [start, end] = regions.length > 0 ? pick(rand, regions) : [0, html.length];
    const at = start + int(rand, end - start);
    switch (int(rand, 4)) {
      case 0:
        return html.slice(0, at) + pick(rand, JUNK) + html.slice(at);
      case 1:
        return cut(html, at, Math.min(end, at + 1 + int(rand, 40)));
      case 2:
        return cut(html, at, end); // the data ends early, the page goes on
      default:
        return html.slice(0, at) + pick(rand, JUNK) + html.slice(at + 1);
    }
  },
  idsToNumbers(html, rand) {
    const all = rand() < 0.5;
    const swap = (match: string, key: string, id: string) => (all || rand() < 0.5 ? `${key}${id}` : match);
    return html
      .replace(/(\\?"(?:id|idStr|order_id|orderId|text|value)\\?":)\\?"(\d{11,20})\\?"/g, swap)
      .replace(/(&quot;(?:order_id|orderId)&quot;:)&quot;(\d{11,20})&quot;/g, swap);
  },
  noise(html, rand) {
    let out = html;
    for (let i = 1 + int(rand, 20); i > 0; i--) {
      const at = int(rand, out.length);
      out = out.slice(0, at) + pick(rand, JUNK) + out.slice(at + 1);
    }
    return out;
  },
};

const DOM_MUTATIONS: Record<string, (doc: Document, rand: Rand) => void> = {
  remove(doc, rand) {
    for (let i = 1 + int(rand, 8); i > 0; i--) {
      const all = doc.querySelectorAll('body *');
      if (all.length > 0) all[int(rand, all.length)]!.remove();
    }
  },
  shuffle(doc, rand) {
    const parents = Array.from(doc.querySelectorAll('*')).filter((el) => el.children.length > 1);
    for (let i = 1 + int(rand, 4); i > 0 && parents.length > 0; i--) {
      const parent = pick(rand, parents);
      const children = Array.from(parent.children);
      for (let j = children.length - 1; j > 0; j--) {
        const k = int(rand, j + 1);
        [children[j], children[k]] = [children[k]!, children[j]!];
      }
      for (const child of children) parent.appendChild(child);
    }
  },
  duplicate(doc, rand) {
    const all = doc.querySelectorAll('body *');
    const el = all.length > 0 ? all[int(rand, all.length)]! : null;
    el?.parentNode?.insertBefore(el.cloneNode(true), el);
  },
};

const decodeEntities = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Values a hostile or changed page could put anywhere in its data (no digits: ids are never invented). */
const ODD_VALUES: readonly unknown[] = [
  null,
  true,
  '',
  'x',
  -1,
  1e308,
  [],
  {},
  [[[[]]]],
  { order_id: 'abc' },
];

/** A few seeded changes anywhere in a JSON value: keys dropped, values swapped, ids as numbers, lists doubled. */
function mutateJson(value: unknown, rand: Rand): unknown {
  const holders: Array<Record<string, unknown> | unknown[]> = [];
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    holders.push(v as Record<string, unknown>);
    for (const child of Object.values(v)) walk(child);
  };
  walk(value);
  for (let n = 1 + int(rand, 6); n > 0 && holders.length > 0; n--) {
    const holder = pick(rand, holders);
    const keys = Object.keys(holder);
    if (keys.length === 0) continue;
    const key = pick(rand, keys);
    const record = holder as Record<string, unknown>;
    switch (int(rand, 4)) {
      case 0:
        if (Array.isArray(holder)) holder.splice(Number(key), 1);
        else delete record[key];
        break;
      case 1:
        record[key] = pick(rand, ODD_VALUES);
        break;
      case 2:
        if (typeof record[key] === 'string' && /^\d{11,20}$/.test(record[key]))
          record[key] = Number(record[key]);
        break;
      default: {
        const list: unknown = record[key];
        if (Array.isArray(list)) record[key] = [...(list as unknown[]), ...(list as unknown[])];
      }
    }
  }
  return value;
}

const URL_ID = /[?&](?:bizOrderId|biz_order_id|oid)=(\d+)/;

/** Runs detectPage and checks the invariants; returns the result for further checks. */
function check(
  url: string,
  doc: Document,
  source: string,
  label: string,
  options?: DetectOptions,
): Detection {
  let result: Detection;
  try {
    result = detectPage(url, doc, options);
  } catch (error) {
    throw new Error(`${label}: detectPage threw ${String(error)}`, { cause: error });
  }
  if (result.detected) {
    expect(result.orders.length, label).toBeGreaterThan(0);
    const urlId = result.page === 'order-detail' ? URL_ID.exec(url)?.[1] : undefined;
    for (const order of result.orders) {
      expect(order.orderId, label).toMatch(/^\d{11,20}$/);
      expect(source.includes(order.orderId), `${label}: ${order.orderId} is not on the page`).toBe(true);
      if (urlId) expect(order.orderId, `${label}: detail id differs from the URL`).toBe(urlId);
    }
  } else {
    expect(typeof result.reason, label).toBe('string');
  }
  return result;
}

/** Fewer runs for the big real page: parsing it dominates the time. */
const runsFor = (html: string) => (html.length > 100_000 ? 60 : html.length > 15_000 ? 120 : 160);

describe('site rules under fuzzing', () => {
  it('survives thousands of seeded mutations of every fixture', MANY_PAGES, () => {
    const rand = prng(SEED);
    const textNames = Object.keys(TEXT_MUTATIONS);
    const domNames = Object.keys(DOM_MUTATIONS);
    let runs = 0;
    let detected = 0;
    for (const fixture of FIXTURES) {
      for (let i = runsFor(fixture.html); i > 0; i--) {
        const useDom = rand() < 0.4;
        const kind = useDom ? pick(rand, domNames) : pick(rand, textNames);
        const html = useDom ? fixture.html : TEXT_MUTATIONS[kind]!(fixture.html, rand);
        const doc = htmlDocument(html);
        if (useDom) DOM_MUTATIONS[kind]!(doc, rand);
        const result = check(fixture.url, doc, fixture.html, `${fixture.name} #${i} ${kind}`);
        runs++;
        if (result.detected) detected++;
      }
    }
    expect(runs).toBeGreaterThan(2_000);
    // Most mutations leave some order readable; a rule that gives up on everything would fail here.
    expect(detected / runs).toBeGreaterThan(0.5);
  });

  it('survives seeded mutations of the page data Weidian pages hand over', MANY_PAGES, () => {
    const rand = prng(SEED + 2);
    // As rendered: the data lives only in window.getData (and later list pages), not in the DOM.
    const doc = htmlDocument('<div id="app"></div>');
    const pages = FIXTURES.filter((f) => f.name.startsWith('weidian/') && f.html.includes('data-obj="{'));
    let runs = 0;
    let detected = 0;
    for (const fixture of pages) {
      const data = JSON.parse(decodeEntities(/data-obj="(\{[^"]*)"/.exec(fixture.html)![1]!)) as unknown;
      for (let i = 200; i > 0; i--) {
        const value = mutateJson(structuredClone(data), rand);
        const responses = rand() < 0.3 ? [mutateJson(structuredClone(data), rand)] : [];
        const pageData = () => ({ ok: true as const, value, responses });
        const result = check(fixture.url, doc, fixture.html, `${fixture.name} page data #${i}`, {
          pageData,
        });
        runs++;
        if (result.detected) detected++;
      }
    }
    expect(runs).toBeGreaterThan(1_000);
    expect(detected / runs).toBeGreaterThan(0.3);
  });

  it('survives every fixture wrapped in 10,000 nested elements', MANY_PAGES, () => {
    for (const fixture of FIXTURES) {
      const html = fixture.html
        .replace(/<body[^>]*>/, (body) => body + '<div>'.repeat(10_000))
        .replace('</body>', '</div>'.repeat(10_000) + '</body>');
      check(fixture.url, htmlDocument(html), fixture.html, `${fixture.name} nested`);
    }
    const id = '4864583305858004803';
    const deep = `<html><body>${'<div><span>x</span>'.repeat(10_000)}<p>订单编号：${id}</p><a href="?bizOrderId=${id}&oid=${id}">x</a>${'</div>'.repeat(10_000)}</body></html>`;
    const doc = htmlDocument(deep);
    for (const fixture of FIXTURES) {
      const url = fixture.url.replace(/((?:bizOrderId|biz_order_id|oid)=)\d+/, `$1${id}`);
      check(url, doc, deep, `deep page at ${fixture.name}`);
    }
  });

  it('survives 10 MB pages of digits and text', BIG_INPUT, () => {
    const rand = prng(SEED + 1);
    const words = [
      '订单号：',
      '订单编号',
      '实付款 ¥',
      '交易成功',
      ' ',
      '\n',
      '<p>',
      '</p>',
      '<b>',
      '</b>',
      'data',
    ];
    const parts: string[] = [];
    for (let size = 0; size < 10_000_000;) {
      const piece =
        rand() < 0.7 ? String(Math.floor(rand() * 1e15)).repeat(1 + int(rand, 400)) : pick(rand, words);
      parts.push(piece);
      size += piece.length;
    }
    const digits = parts.join('');
    const pages = [
      `<html><body>${digits}</body></html>`,
      `<html><body><script>var data = JSON.parse('{"mainOrders":[{"id":"${digits.slice(0, 9_000_000).replace(/['"\\<]/g, '')}</script></body></html>`,
      `<html><body><script>var detailData = ${'{"a":'.repeat(2_000_000)}</script></body></html>`,
      `<html><body><script id="__rocker-render-inject__" data-obj="${digits.replace(/["<>&]/g, '')}"></script></body></html>`,
      // Pathological inputs for the regexes and the string decoder.
      `<html><body><p>订单号${' '.repeat(3_000_000)}x</p><p>实付款${' '.repeat(3_000_000)}:</p></body></html>`,
      `<html><body><script>var data = JSON.parse('${'\\\\'.repeat(4_000_000)}</script></body></html>`,
    ];
    for (const [n, page] of pages.entries()) {
      const doc = htmlDocument(page);
      for (const fixture of FIXTURES) check(fixture.url, doc, page, `10 MB page ${n} at ${fixture.name}`);
    }
  });
});
