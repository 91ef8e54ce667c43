// Who the text around a number presents it as belonging to ("淘宝客服电话：400-…"). A table of
// claim words per owner, so adding a platform is data, not code.
import type { Owner, Text } from '../channels/types';
import type { ClaimId } from './types';

export interface ClaimRule {
  id: Exclude<ClaimId, '客服'>;
  /** The registry owner whose listed numbers this claim accepts. */
  owner: Owner;
  label: Text;
  /** Words naming the platform, longest first where they overlap. */
  words: string[];
  /** Registry ids whose number or app path is the real channel (phone first). */
  routeIds: string[];
  /** Said when the platform publishes no phone number at all. */
  noPhone?: Text;
}

export const CLAIM_RULES: readonly ClaimRule[] = [
  {
    id: 'tmall',
    owner: 'alibaba-taobao',
    label: { zh: '天猫', en: 'Tmall' },
    words: ['天猫超市', '天猫国际', '猫超', '天猫'],
    routeIds: ['taobao-tmall-hotline', 'taobao-app-hotline-check'],
  },
  {
    id: 'taobao',
    owner: 'alibaba-taobao',
    label: { zh: '淘宝', en: 'Taobao' },
    words: ['淘宝', '手淘', '88VIP'],
    routeIds: ['taobao-tmall-hotline', 'taobao-app-hotline-check'],
  },
  {
    id: 'alipay',
    owner: 'alipay',
    label: { zh: '支付宝', en: 'Alipay' },
    words: ['支付宝', '蚂蚁花呗', '花呗', '借呗', '余额宝'],
    routeIds: ['alipay-hotline', 'alipay-app-service-check'],
  },
  {
    id: 'weidian',
    owner: 'weidian',
    label: { zh: '微店', en: 'Weidian' },
    words: ['微店'],
    routeIds: ['weidian-app-service-check', 'weidian-after-sales'],
    noPhone: {
      zh: '微店没有公布客服电话号码，客服只在微店 App 内',
      en: 'Weidian publishes no customer-service phone number; its service is inside the Weidian app',
    },
  },
  {
    id: 'jd',
    owner: 'jd',
    label: { zh: '京东', en: 'JD.com' },
    words: ['京东'],
    routeIds: ['jd-hotline'],
  },
  {
    id: 'pinduoduo',
    owner: 'pinduoduo',
    label: { zh: '拼多多', en: 'Pinduoduo' },
    words: ['拼多多'],
    routeIds: [],
  },
  {
    id: 'cainiao',
    owner: 'cainiao',
    label: { zh: '菜鸟', en: 'Cainiao' },
    words: ['菜鸟裹裹', '菜鸟驿站', '菜鸟'],
    routeIds: [],
  },
  {
    id: 'wechat-pay',
    owner: 'wechat-pay',
    label: { zh: '微信支付', en: 'WeChat Pay' },
    words: ['微信支付', '财付通'],
    routeIds: [],
  },
  {
    id: 'alibaba-cloud',
    owner: 'alibaba-cloud',
    label: { zh: '阿里云', en: 'Alibaba Cloud' },
    words: ['阿里云'],
    routeIds: ['aliyun-hotline'],
  },
];

export const GENERIC_LABEL: Text = { zh: '客服', en: 'customer service' };

export function claimLabel(id: ClaimId): Text {
  return CLAIM_RULES.find((r) => r.id === id)?.label ?? GENERIC_LABEL;
}

export function claimRule(id: ClaimId | undefined): ClaimRule | undefined {
  return CLAIM_RULES.find((r) => r.id === id);
}

const SERVICE = '客服|热线|电话|投诉|维权|理赔|人工|专线|售后|服务中心|客户服务|退款|官方';
/** A generic claim that presents a number as a platform-type line, not a shop's own phone. */
const STRONG_GENERIC = /理赔|维权|投诉|退款|官方/;
/** A public body a page gives a line to ("税务机关服务热线"): bodies never use 400 or mobiles. */
const PUBLIC_BODY = /税务|公安|法院|检察|银监|银保监|社保|医保|海关|政府|机关/;
const GENERIC_SERVICE = /客服|热线|投诉|维权|理赔|退款|官方|人工|专线|售后/;
/** Where a generic claim's quoted words start: its first body or service word. */
const GENERIC_SERVICE_OR_BODY =
  /税务|公安|法院|检察|银监|银保监|社保|医保|海关|政府|机关|唯一|客服|热线|投诉|维权|理赔|退款|官方|人工|专线|售后/;
const PLATFORM = CLAIM_RULES.flatMap((r) => r.words.map((w) => ({ w, r })));
const PLATFORM_WORDS = PLATFORM.map((p) => p.w).join('|');
const PLATFORM_RE = new RegExp(PLATFORM_WORDS, 'gi');
/** Platform words, lower-cased, to their rule: one lookup per claim instead of a scan. */
const RULE_OF_WORD = new Map(PLATFORM.map((p) => [p.w.toLowerCase(), p.r]));
/** A platform word at the start of a label ("天猫商家投诉专线"), longest word first. */
const PLATFORM_AT_START = new RegExp(`^(?:${PLATFORM_WORDS})`, 'i');
const SERVICE_RE = new RegExp(SERVICE, 'g');
const SERVICE_ANY = new RegExp(SERVICE);
/** Where a clause ends: line breaks, sentence ends, list separators. */
const BOUNDARY_CHARS = '\\n\\r。！？!?；;|丨';
const BOUNDARY = new RegExp(`[${BOUNDARY_CHARS}]`);
/** The text after the last boundary: one native search instead of a test per character. */
const AFTER_LAST_BOUNDARY = new RegExp(`[^${BOUNDARY_CHARS}]*$`);

export interface Claim {
  id: ClaimId;
  /** For a generic claim: presented as a 理赔/维权/投诉/退款/官方 line. */
  strong: boolean;
  /** Characters between the claim words and the number. */
  gap: number;
  /** The public body a generic claim names ("税务"), for the reason. */
  body?: string;
  /** The page's own claim words ("淘宝客服电话", "唯一官方客服热线"), quoted in reasons. */
  quote: string;
}

/** Claim words as a reason quotes them: no edge punctuation or spaces, at most 16 characters. */
const quoteOf = (words: string): string =>
  words.replace(/^[\s:：,，、(（【\-—|]+|[\s:：,，、)）】\-—|是为]+$/g, '').slice(0, 16);

/** A printed number (5+ digits, maybe grouped) in the clause: claims before it were about it. */
const NUMBER_IN_CLAUSE = /\d(?:[\s-]?\d){4,}/g;
/** Between two numbers of one list ("客服 0755-… 或 400…"), the claim carries over. */
const CONNECTOR = /^[\s、,，/或和及与()（）]*$/;

/** The last match of a global regex in text, by an exec loop (no iterator, no array of all). */
function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/** The page sends the reader to the number to check something: it vouches for it. */
const CHECK_WORDS = /核实|核对|查询|确认/;

/**
 * "可打电话到…核实", "向114查询", "在114查询结果…": the page checks with the number, so neither its
 * claim words nor a scam phrase nearby are about it.
 */
export function sentToCheck(before: string, after: string): boolean {
  return CHECK_WORDS.test(clauseBefore(before).slice(-16)) || CHECK_WORDS.test(after.slice(0, 8));
}

/** The clause the number ends: claims before an earlier number of another list do not carry. */
export function clauseBefore(before: string): string {
  // The last 64 characters first (the same clause): the search never sees more than that.
  let clause = AFTER_LAST_BOUNDARY.exec(before.slice(-64))![0];
  for (;;) {
    const last = lastMatch(NUMBER_IN_CLAUSE, clause);
    if (!last) return clause;
    const tail = clause.slice(last.index + last[0].length);
    if (!CONNECTOR.test(tail)) return tail;
    clause = clause.slice(0, last.index);
  }
}

/**
 * Reads the clause before the number. The nearest platform word decides: it claims the number
 * when a service word follows it within 8 characters and the number comes at most 16 characters
 * later ("淘宝客服电话：400-…"). Without a platform word, a service word right before the number
 * is a generic 客服 claim.
 */
export function claimBefore(before: string): Claim | null {
  const clause = clauseBefore(before);
  const last = lastMatch(PLATFORM_RE, clause);
  if (last) {
    const rule = RULE_OF_WORD.get(last[0].toLowerCase())!;
    const afterWord = last.index + last[0].length;
    SERVICE_RE.lastIndex = afterWord;
    const s = SERVICE_RE.exec(clause);
    if (s && s.index - afterWord <= 8) {
      const gap = clause.length - (s.index + s[0].length);
      if (gap <= 16) return { id: rule.id, strong: true, gap, quote: quoteOf(clause.slice(last.index)) };
    }
  }
  // No platform named: a service word just before the number is a generic 客服 claim. A bare
  // 电话 ("电话：…") names no service and claims nothing.
  const tail = clause.slice(-12);
  if (!GENERIC_SERVICE.test(tail)) return null;
  const body = PUBLIC_BODY.exec(tail)?.[0];
  // From the first service word to the next comma: "如需理赔,请拨打" quotes 理赔.
  const quote = quoteOf(tail.slice(tail.search(GENERIC_SERVICE_OR_BODY)).split(/[,，]/)[0]!);
  return body
    ? { id: '客服', strong: true, gap: 0, body, quote }
    : { id: '客服', strong: STRONG_GENERIC.test(tail), gap: 0, quote };
}

/** A table row: "官方客服电话 | 400-…" claims in the cell before the number's own, empty one. */
export function cellClaim(before: string): Claim | null {
  const m = /\|\s*$/.exec(before);
  return m ? claimBefore(before.slice(0, m.index)) : null;
}

/** A label right after the number: "9510211(天猫商家投诉专线)", "400… 淘宝人工客服". */
export function claimAfter(after: string): Claim | null {
  const cut = after.search(BOUNDARY);
  const head = (cut >= 0 ? after.slice(0, cut) : after).slice(0, 16);
  const m = /^[\s(（【[:：\-—_|]*/.exec(head)!;
  const rest = head.slice(m[0].length);
  const word = PLATFORM_AT_START.exec(rest)?.[0];
  if (!word) return genericAfter(head);
  const service = SERVICE_ANY.test(rest.slice(word.length, word.length + 10));
  return service
    ? { id: RULE_OF_WORD.get(word.toLowerCase())!.id, strong: true, gap: 0, quote: quoteOf(rest) }
    : null;
}

/** "400-626-8888是唯一官方客服热线": the number named an official or complaint line after it. */
const GENERIC_AFTER =
  /^[\s:：]*(?:是|为)([^，,、]{0,8}?(?:官方|投诉|理赔|维权|退款)[^，,、]{0,6}?(?:客服|热线|电话|专线)+)/;

function genericAfter(head: string): Claim | null {
  const m = GENERIC_AFTER.exec(head);
  return m ? { id: '客服', strong: true, gap: 0, quote: quoteOf(m[1]!) } : null;
}
