// Chinese typography (SCREENS.md, issue 26): in Chinese text, commas, colons, semicolons,
// brackets, question and exclamation marks are full-width. A half-width one touching a Chinese
// character fails, in every place zh text lives: the zh_CN messages, the zh side of every text
// in rules/ (channels, sources, each route, script, escalation and checklist for every platform
// × problem), `zh:` literals anywhere in the sources, and JSX text in components.
// Exceptions, removed before checking: links, a shell command the shopper types, and times.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../rules/channels/registry';
import { SOURCES } from '../rules/channels/sources';
import {
  callScript,
  escalationPlan,
  evidenceFor,
  FRAUD_GUARD,
  PROBLEM_LABELS,
  PROBLEMS,
  routeFor,
} from '../rules/routing';

const ROOT = new URL('..', import.meta.url).pathname;
const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff]';
const HALF = '[,:;()?!]';
const TOUCHING = new RegExp(`${CJK}${HALF}|${HALF}${CJK}`, 'u');

/** What a half-width mark may legitimately sit in: links, commands, clock times. */
const EXCEPTIONS = [/https?:\/\/\S+/g, /npm run [^）\n]*/g, /\d{1,2}:\d{2}/g];
const clean = (text: string) => EXCEPTIONS.reduce((t, pattern) => t.replace(pattern, ' '), text);

/** Strings that break the rule, with where they came from. */
const offenders = (entries: Array<[string, string]>) =>
  entries.filter(([, text]) => TOUCHING.test(clean(text))).map(([where, text]) => `${where}: ${text}`);

function zhTexts(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const record = value as Record<string, unknown>;
  const own = typeof record.zh === 'string' ? [record.zh] : [];
  return [...own, ...Object.values(record).flatMap((child) => zhTexts(child, seen))];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name) && !/\.test\.|generated/.test(f.name))
    .map((f) => join(f.parentPath, f.name));
}
const DIRS = ['components', 'entrypoints', 'lib', 'rules', 'storage'];
const isComment = (line: string) => /^\s*(\/\/|\*|\/\*)/.test(line);

describe('Chinese punctuation', () => {
  it('has no half-width ,:;()?! touching a Chinese character in the zh_CN messages', () => {
    const messages = JSON.parse(
      readFileSync(join(ROOT, 'public/_locales/zh_CN/messages.json'), 'utf8'),
    ) as Record<string, { message: string }>;
    expect(offenders(Object.entries(messages).map(([key, m]) => [key, m.message]))).toEqual([]);
  });

  it('has none in the zh side of any text in rules/, for every platform × problem', () => {
    const values: unknown[] = [CHANNELS, SOURCES, FRAUD_GUARD, PROBLEM_LABELS];
    for (const platform of ['tmall', 'taobao', 'weidian', undefined] as const)
      for (const problem of PROBLEMS)
        values.push(
          routeFor({ platform, problem }),
          callScript({ platform, problem }),
          escalationPlan(problem, platform),
          evidenceFor(problem, platform),
        );
    const texts = [...new Set(values.flatMap((value) => zhTexts(value)))];
    expect(texts.length).toBeGreaterThan(300);
    expect(offenders(texts.map((text) => ['rules', text]))).toEqual([]);
  });

  it('has none in zh: literals anywhere, nor in JSX text in components', () => {
    const found: Array<[string, string]> = [];
    for (const file of DIRS.flatMap(sourceFiles)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (isComment(line)) return;
          const where = `${file.slice(ROOT.length)}:${index + 1}`;
          for (const match of line.matchAll(/\bzh: *(['`])((?:\\.|(?!\1).)*)\1/g))
            found.push([where, match[2]!]);
          // JSX text: what lies between tags, outside string literals; an {expression} is a gap.
          if (file.endsWith('.tsx')) {
            const text = line.replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '').replace(/\{[^{}]*\}/g, ' ');
            for (const match of text.matchAll(/>([^<>]+)</g)) found.push([where, match[1]!]);
          }
        });
    }
    expect(found.length).toBeGreaterThan(200);
    expect(offenders(found)).toEqual([]);
  });

  it('catches what it is for, and lets links, commands and times be', () => {
    expect(
      offenders([
        ['a', '已保存,请查看'],
        ['b', '订单号:123'],
        ['c', '（北京时间)'],
      ]),
    ).toHaveLength(3);
    expect(
      offenders([
        ['d', '打开 https://www.12315.cn/cuser/index?x=1 投诉'],
        ['e', '运行 npm run verify -- 证据包.zip --expect 条数:哈希值）'],
        ['f', '到 21:00开'],
      ]),
    ).toEqual([]);
  });
});
