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
  // Walked up line by line without splitting: a results page asks this of hundreds of numbers.
  // Within the look-back only: on a page that is one long line, a search for the line's start
  // from the number would run back to the page's start for every number.
  const above = text.slice(Math.max(0, start - TOPIC_LOOK_BACK), start);
  let end = above.lastIndexOf('\n');
  while (end > 0) {
    const before = above.lastIndexOf('\n', end - 1);
    const lineStart = before + 1;
    // A heading is short; a longer line can only open with a bracketed title.
    const long = end - lineStart > MAX_LINE;
    const topic = topicOf(above.slice(lineStart, long ? lineStart + MAX_LINE : end), long);
    if (topic) return topic;
    end = before;
  }
  return start > 0 ? pageTitle(text, start) : null;
}

/** A page's title: among its first lines (past a breadcrumb), the first that names a company and a way to contact it. */
const TITLE_LINES = 3;
/** Titles of repair-lead and guide pages run long ("海尔冰箱/洗衣机售后报修24小时…热线号码(2026上线)"); bounded all the same. */
const MAX_TITLE = 120;
/** A sentence, not a title: "近日,记者在百度网输入…" opens a news report. */
const PROSE = /[,，。;；!！]/;
/** "首页 > 新闻资讯 >": a site's path, not the page's title. */
const BREADCRUMB = /^(?:首页|当前位置|您的位置)/;
/** A shop's page or chat ("[店铺] 小米官方旗舰店 客服…"): its lines are the shop's, not the brand's. */
const SHOP = /店铺|旗舰店|专卖店|专营店/;

interface Title extends Heading {
  /** Where the title's line ends: only numbers below it are under it. */
  end: number;
}

/** The last page's title, kept: every number of a page asks for it. */
let titleCache: { text: string; title: Title | null } | null = null;

/**
 * The page's title as its topic over every number below it, whatever its length or shape: a
 * repair-lead or guide page names the company once, in its title, far above the lines it lists.
 */
function pageTitle(text: string, start: number): Heading | null {
  if (titleCache?.text !== text) titleCache = { text, title: titleOf(text) };
  const title = titleCache.title;
  return title && title.end < start ? { line: title.line, name: title.name } : null;
}

function titleOf(text: string): Title | null {
  let lineStart = 0;
  for (let seen = 0; seen < TITLE_LINES && lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, Math.min(end, lineStart + MAX_TITLE)).trim();
    lineStart = end + 1;
    if (line === '' || BREADCRUMB.test(line)) continue;
    seen++;
    if (PROSE.test(line) || SHOP.test(line) || !CONTACT.test(line)) continue;
    const name = companyNamed(line);
    if (name) return { line, name, end };
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
