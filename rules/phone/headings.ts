// A heading above a number says whose line the page means: under "【快手客服怎么联系2020】" or
// "唯品会客服电话是多少", a 400 number that the page gives as a 客服 line is presented as that
// company's. Read only for unlisted service, short and landline numbers with a service claim of
// their own (a shop's mobile near 客服 under a platform's heading is the shop's), and only from a
// short line that looks like a heading (【…】, #, a guide's title) and names a company and a way to
// contact it, at most 3 lines and 200 characters up.
import { companyNamed } from './attribution';
import type { JudgedNumber, Text } from './types';

/** "五、淘宝官方帮助渠道": a section of a guide that lists a platform's ways to reach it. */
const CONTACT = /客服|电话|热线|联系|投诉|帮助渠道|官方渠道/;
/** A heading's look: 【…】 or # first, or a guide's title ending ("…是多少", "…联系方式"). */
const HEADING =
  /^(?:【|#|[一二三四五六七八九十\d]+[、.．])|(?:是多少|怎么联系|如何联系|联系方式|大全|指南|攻略)[】\s?？]*$/;
const MAX_HEADING = 40;
const LOOK_BACK = 200;
const KINDS = new Set(['service-400-800', 'short-95-96', 'landline']);

export interface Heading {
  line: string;
  name: string;
}

/** The heading over the number starting at `start`, or null. */
export function headingAbove(text: string, start: number): Heading | null {
  const from = Math.max(0, start - LOOK_BACK);
  const lines = text.slice(from, start).split('\n');
  lines.pop(); // the number's own line
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    seen++;
    if (line.length > MAX_HEADING || !CONTACT.test(line) || !HEADING.test(line)) continue;
    const name = companyNamed(line);
    if (name) return { line, name };
  }
  return null;
}

/** Whether a judged number is one a heading may claim: unlisted, a service shape, a 客服 claim. */
export function mayTakeHeading(n: JudgedNumber): boolean {
  return n.verdict === 'unlisted' && n.claimedBy === '客服' && KINDS.has(n.kind);
}

export function headingReason(heading: Heading): Text {
  // "# …": a heading element's words as the content script sends them (lib/number-watch.ts).
  const line = heading.line.replace(/^#\s*/, '').slice(0, 24);
  return {
    zh: `页面在标题「${line}」下把它当作客服号码，但它不是「${heading.name}」登记的号码`,
    en: `The page gives it as a service line under the heading “${line}”, but it is not a number “${heading.name}” is listed with`,
  };
}

/** How far up a page its topic is read: a guide's title over its tables and lists. */
const TOPIC_LOOK_BACK = 1500;
/** "【拼多多怎么联系客服】在使用拼多多…": a bracketed title opening a paragraph is a heading of its own. */
const BRACKETED = /^【([^】]{2,38})】/;

/**
 * The page's topic over a number: the nearest heading above it (at most 1,500 characters up) that
 * names a company and a way to contact it. Guide and SEO pages name the company once, in the title
 * or a section heading, then list lines in tables and bullets under it.
 */
export function topicAbove(text: string, start: number): Heading | null {
  const floor = Math.max(0, start - TOPIC_LOOK_BACK);
  // Walked up line by line without splitting: a results page asks this of hundreds of numbers.
  let end = text.lastIndexOf('\n', start - 1);
  while (end > floor) {
    const before = text.lastIndexOf('\n', end - 1);
    const lineStart = Math.max(before + 1, floor);
    // A heading is short; a longer line can only open with a bracketed title.
    const long = end - lineStart > MAX_LINE;
    const topic = topicOf(text.slice(lineStart, long ? lineStart + MAX_LINE : end), long);
    if (topic) return topic;
    end = before;
  }
  return null;
}

/** A heading's line with room for indentation around it. */
const MAX_LINE = MAX_HEADING + 8;
/** Company names of heading-like lines, kept: every number under a topic reads the same lines again. */
const namesOfLines = new Map<string, string | null>();

/** The topic a line gives, or null; `cut`: the line goes on, so only a bracketed title counts. */
function topicOf(text: string, cut: boolean): Heading | null {
  const raw = text.trim();
  const bracketed = BRACKETED.exec(raw)?.[1];
  const line = bracketed ?? (cut ? '' : raw);
  // Cheap tests first: most lines are too long or say nothing about contacting anyone.
  if (line === '' || line.length > MAX_HEADING || !CONTACT.test(line)) return null;
  if (bracketed === undefined && !HEADING.test(line)) return null;
  let name = namesOfLines.get(line);
  if (name === undefined) {
    name = companyNamed(line);
    // Bounded: a hostile page of distinct headings must not grow it without end.
    if (namesOfLines.size < 2_000) namesOfLines.set(line, name);
  }
  return name ? { line, name } : null;
}
