// Judges a found number against the channel registry and the words around it, following the
// display policy in research/CHANNELS.md: 官方 only for high-confidence numbers the page does
// not present as someone else's; wording says what is listed and where the real channel is,
// never that a number is a scam.
import { foldTraditional } from './traditional';
import { NUMBER_FACTS } from '../channels/number-facts';
import type { NumberFact } from '../channels/number-facts-of';
import { mayShowAsOfficial, phoneKey } from '../channels/policy';
import type { Owner } from '../channels/types';
import {
  attributionOf,
  nameAfter,
  nameBefore,
  namesCompany,
  ownerNamed,
  PUBLIC_OWNERS,
  quotedName,
  type Attribution,
} from './attribution';
import {
  claimAfter,
  cellClaim,
  claimBefore,
  clauseBefore,
  claimLabel,
  claimRule,
  CLAIM_RULES,
  type Claim,
  type ClaimRule,
  sentToCheck,
} from './claims';
import { findPhoneNumbers } from './extract';
import { headingAbove, headingReason, mayTakeHeading } from './headings';
import { presentedAs, topicOfListed, type Presented } from './presented';
import { areaCodeLength, isAreaCode110, isShortLocal } from './patterns';
import { scamClaim, scamExample, type ScamClaim } from './scam-claims';
import type { Found, JudgedNumber, Text, Verdict } from './types';

const CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 } as const;
const CONFIDENCE_ZH = { high: '高', medium: '中', low: '低' } as const;
const CONTEXT_CHARS = 40;

const GENERIC_ROUTE: Text = {
  zh: '在下单平台 App 的订单详情页联系客服，或申请平台介入',
  en: 'Contact customer service from the order page in the app you bought through, or ask the platform to step in',
};

let byKey: Map<string, NumberFact> | undefined;
/**
 * Registry numbers by their comparable key (registry phoneKey), the most confident record for
 * each. Built on first use: a content script that finds no number never pays for it.
 */
function registryIndex(): Map<string, NumberFact> {
  if (byKey) return byKey;
  byKey = new Map();
  const facts = [...NUMBER_FACTS.numbers].sort(
    (a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence],
  );
  for (const fact of facts) {
    for (const digits of fact.digits) {
      const key = phoneKey(digits);
      if (key !== '' && !byKey.has(key)) byKey.set(key, fact);
    }
  }
  return byKey;
}

/**
 * Owners whose short lines are dialled behind an area code, as their sources document: the police's
 * "属地区号+96110" (public-services.ts), "010-12321", "+86-10-12308"; a public line answers in the
 * caller's city. A company's national short line (建行 95533) has no such form in any source.
 */
const AREA_DIALLED_OWNERS: ReadonlySet<Owner> = new Set([...PUBLIC_OWNERS, 'mfa']);

interface Looked {
  channel: NumberFact;
  /** Matched as a short line behind an area code ("0311 95533"), not by its own digits. */
  behindAreaCode: boolean;
}

/** Lookups by digits: a page repeats the same few numbers (null: not in the registry). */
const looked = new Map<string, Looked | null>();

/** The registry record for these digits; "0571-96110" is the police line behind an area code. */
function lookup(digits: string): Looked | undefined {
  let hit = looked.get(digits);
  if (hit === undefined) {
    const index = registryIndex();
    const own = index.get(phoneKey(digits));
    const area = own ? 0 : areaCodeLength(digits);
    const short =
      area > 0 && isShortLocal(digits.slice(area)) ? index.get(phoneKey(digits.slice(area))) : undefined;
    hit = own
      ? { channel: own, behindAreaCode: false }
      : short
        ? { channel: short, behindAreaCode: true }
        : null;
    // Bounded: a hostile page of distinct numbers must not grow it without end.
    if (looked.size < 10_000) looked.set(digits, hit);
  }
  return hit ?? undefined;
}

/** A company's short line printed behind an area code: documented nowhere, so never 官方. */
function judgeBehindAreaCode(channel: NumberFact, digits: string): Verdict {
  const entity = channel.entity;
  const local = digits.slice(areaCodeLength(digits));
  const route = confirmRoute(channel);
  return {
    verdict: 'unconfirmed',
    entity,
    reasons: [
      {
        zh: `这是区号加 ${local}：${entity.zh}登记的号码是不带区号的 ${local}，带区号的拨打形式没有来源确认，不能当作官方号码`,
        en: `This is an area code before ${local}: ${entity.en} is listed as ${local} without one; no source confirms the area-code form, so it is not shown as official`,
      },
      { zh: `请先核对：${route.zh}`, en: `Check first: ${route.en}` },
    ],
    officialRoute: route,
  };
}

/**
 * "接到一个“0595-95533”的电话,对方自称是建设银行信用卡中心客服": an area code before a company's short
 * line, given by a caller the page says claimed to be that company. The line itself needs no code.
 */
function byImpostorBehindAreaCode(channel: NumberFact, digits: string, quote: string): Verdict {
  const verdict = judgeBehindAreaCode(channel, digits);
  return {
    ...verdict,
    verdict: 'suspicious',
    reasons: [
      { zh: `页面说用它的人「${quote}」`, en: `The page says whoever used it “${quote}”` },
      ...verdict.reasons,
    ],
  };
}

function routeOf(ids: readonly string[]): Text | undefined {
  const parts = ids.flatMap((id) => (Object.hasOwn(NUMBER_FACTS.routes, id) ? NUMBER_FACTS.routes[id]! : []));
  if (parts.length === 0) return undefined;
  return { zh: parts.map((p) => p.zh).join('；或 '), en: parts.map((p) => p.en).join('; or ') };
}

function platformRoute(rule: ClaimRule): Text {
  return (
    routeOf(rule.routeIds) ?? {
      zh: `在${rule.label.zh} App 内联系官方客服`,
      en: `Contact official customer service inside the ${rule.label.en} app`,
    }
  );
}

function confirmRoute(channel: NumberFact): Text {
  const viaRegistry = channel.confirmRouteId ? routeOf([channel.confirmRouteId]) : undefined;
  const owner = CLAIM_RULES.find((r) => r.owner === channel.owner);
  return viaRegistry ?? (owner ? platformRoute(owner) : GENERIC_ROUTE);
}

/** A registry number the page gives to a company we have no claim rule for (attribution.ts). */
function judgeAttributed(channel: NumberFact, attribution: Attribution): Verdict {
  const entity = channel.entity;
  const name = quotedName(attribution.name);
  // A public body's line given to another body: say whose it is ("这是国家邮政局的号码").
  const presented: Text = PUBLIC_OWNERS.has(channel.owner)
    ? {
        zh: `这是${entity.zh}的号码，不是${name.zh}的`,
        en: `This is ${entity.en}'s number, not ${name.en}'s`,
      }
    : attribution.kind === 'other'
      ? {
          zh: `页面把它写成${name.zh}的号码，但它登记的归属是${entity.zh}`,
          en: `The page presents it as ${name.en}'s line, but it is listed as ${entity.en}`,
        }
      : {
          zh: `页面把它写成${name.zh}的号码；它登记的归属是${entity.zh}，不能当作${name.zh}的官方号码`,
          en: `The page presents it as ${name.en}'s line; it is listed as ${entity.en}, so it is not shown as ${name.en}'s official number`,
        };
  return {
    verdict: attribution.kind === 'other' ? 'suspicious' : 'unconfirmed',
    entity,
    claimedBy: '客服',
    claimedName: attribution.name,
    reasons: [presented],
    officialRoute: GENERIC_ROUTE,
  };
}

/**
 * A listed line a page says an impostor showed ("来电显示为+864006700700…对方自称“微信客服”"): the
 * number is still the company's own; the warning is that a caller display can be faked.
 */
const SPOOFED_DISPLAY: Text = {
  zh: '页面说有人冒用这个号码的来电显示：号码本身是登记的官方号码，但来电显示可以伪造，不要按来电里的要求操作，挂断后自己拨打核实',
  en: 'The page says an impostor showed this number as the caller: the number itself is the listed official line, but a caller display can be faked; do not do what the call asks, hang up and call the number yourself',
};

function withSpoofWarning(verdict: Verdict): Verdict {
  return { ...verdict, reasons: [...verdict.reasons, SPOOFED_DISPLAY] };
}

function judgeListed(channel: NumberFact, claim: Claim | null, attribution: Attribution | null): Verdict {
  const entity = channel.entity;
  if (attribution) return judgeAttributed(channel, attribution);
  let rule = claimRule(claim?.id);
  let claimedBy = claim?.id;
  // "淘宝投诉不处理，可以拨打12315" names Taobao's problem, not Taobao's line.
  if (rule && claim && PUBLIC_OWNERS.has(channel.owner) && claim.gap > 3) {
    rule = undefined;
    claimedBy = undefined;
  }
  if (rule && rule.owner !== channel.owner) {
    return {
      verdict: 'suspicious',
      entity,
      claimedBy,
      reasons: [
        {
          zh: `页面把它写成${rule.label.zh}的号码，但它登记的归属是${entity.zh}`,
          en: `The page presents it as ${rule.label.en}'s line, but it is listed as ${entity.en}`,
        },
        ...(rule.noPhone ? [rule.noPhone] : []),
      ],
      officialRoute: platformRoute(rule),
    };
  }
  if (mayShowAsOfficial(channel)) {
    return {
      verdict: 'official',
      entity,
      ...(claimedBy ? { claimedBy } : {}),
      reasons: [
        {
          zh: `已登记的官方号码：${entity.zh}（来源可信度高）`,
          en: `Listed official number: ${entity.en} (high-confidence sources)`,
        },
      ],
    };
  }
  const route = confirmRoute(channel);
  return {
    verdict: 'unconfirmed',
    entity,
    ...(claimedBy ? { claimedBy } : {}),
    reasons: [
      {
        zh: `资料记载为${entity.zh}，但未能确认现在仍在使用（来源可信度${CONFIDENCE_ZH[channel.confidence]}），不能当作官方号码`,
        en: `Documented as ${entity.en}, but not confirmed to be in use (${channel.confidence} confidence); not shown as official`,
      },
      { zh: `请先核对：${route.zh}`, en: `Check first: ${route.en}` },
    ],
    officialRoute: route,
  };
}

/** What an unlisted number's shape adds to its reasons. */
const ODD_SHAPES: Partial<Record<Found['kind'], Text[]>> = {
  unknown: [{ zh: '号码位数或格式不常见，可能不完整', en: 'Unusual length or format; it may be incomplete' }],
  incomplete: [
    {
      zh: '号码开头像是被截掉了，不完整：不要按它拨打',
      en: 'The start of this number looks cut off; it is incomplete: do not call it',
    },
  ],
  foreign: [
    {
      // Printed with + or 00 and a country code, or as a Taiwan landline with its two-digit code.
      zh: '境外号码或台湾地区号码（不是大陆号码）：大陆平台和快递的客服不会用它联系你',
      en: 'A number from abroad or Taiwan, not a mainland number: mainland platform and courier service lines never call from one',
    },
  ],
};

/**
 * Reasons of verdicts on what a caller said, not what the page says (see samePageClaims). Verdicts
 * are shared and a judged number keeps its verdict's reasons array, so the array marks them.
 */
const CALLER_SAID = new WeakSet<readonly Text[]>();

/** A caller's number that a report says pretended to be someone ("自称京东客服人员"). */
function judgeScamCaller(scam: ScamClaim, odd: Text[]): Verdict {
  const reasons = [
    {
      zh: `页面说用这个号码联系的人「${scam.quote}」，但它不是「${scam.name}」登记的号码`,
      en: `The page says whoever used this number claimed “${scam.quote}”, but it is not a number “${scam.name}” is listed with`,
    },
    ...odd,
  ];
  CALLER_SAID.add(reasons);
  return {
    verdict: 'suspicious',
    claimedBy: '客服',
    claimedName: scam.name,
    reasons,
    officialRoute: GENERIC_ROUTE,
  };
}

/**
 * "0760-110", "0311110": the police's 110 never calls with an area code in front; scam callers who
 * say they are the police fake that display (police notices on #28's fourth held-out set).
 */
const AREA_CODE_110: Verdict = {
  verdict: 'suspicious',
  claimedBy: '客服',
  claimedName: '110',
  reasons: [
    {
      zh: '这是区号加 110：公安机关的 110 不会用“区号+110”的号码打给你，这样的来电显示是改号冒充',
      en: 'This is an area code before 110: the police never call from “area code + 110”; such a caller display is faked',
    },
  ],
  officialRoute: {
    zh: '挂断后自己拨打 110 或 96110 核实',
    en: 'Hang up and call 110 or 96110 yourself to check',
  },
};

/** A number a page gives to a public body ("税务机关服务热线4006310081"). */
function judgeBodyClaim(body: string, odd: Text[]): Verdict {
  return {
    verdict: 'suspicious',
    claimedBy: '客服',
    claimedName: body,
    reasons: [
      {
        zh: `页面把它写成「${body}」的号码，但它不在已登记的官方号码里；政府机关不用 400 号码或手机号办事`,
        en: `The page presents it as a “${body}” line, but it is not a listed official number; public bodies do not use 400 or mobile numbers`,
      },
      ...odd,
    ],
    officialRoute: GENERIC_ROUTE,
  };
}

/** A number the page gives as an example of what scam calls use ("诈骗电话…例如:95189"). */
function judgeScamExample(quote: string, odd: Text[]): Verdict {
  return {
    verdict: 'suspicious',
    claimedBy: '客服',
    reasons: [
      {
        zh: `页面把它列为诈骗来电用的号码（「${quote}」），它不在已登记的官方号码里`,
        en: `The page lists it as a number scam calls use (“${quote}”); it is not among the listed official numbers`,
      },
      ...odd,
    ],
    officialRoute: GENERIC_ROUTE,
  };
}

function judgeUnlisted(
  found: Found,
  claim: Claim | null,
  scam: ScamClaim | null,
  example: string | null,
): Verdict {
  const notListed: Text = { zh: '不在已登记的官方号码里', en: 'Not among the listed official numbers' };
  const odd = ODD_SHAPES[found.kind] ?? [];
  const rule = claimRule(claim?.id);
  if (claim?.body) return judgeBodyClaim(claim.body, odd);
  if (rule) {
    return {
      verdict: 'suspicious',
      claimedBy: rule.id,
      reasons: [
        {
          zh: `页面把它写成「${claim!.quote}」，但它不是${rule.label.zh}登记的号码`,
          en: `The page presents it as “${claim!.quote}”, but it is not a number ${rule.label.en} is listed with`,
        },
        ...(rule.noPhone ? [rule.noPhone] : []),
        ...odd,
      ],
      officialRoute: platformRoute(rule),
    };
  }
  if (claim?.strong) {
    return {
      verdict: 'suspicious',
      claimedBy: '客服',
      reasons: [
        {
          zh: `页面把它写成「${claim.quote}」，但它不在已登记的官方号码里；真正的售后和赔付在原平台内处理`,
          en: `The page presents it as “${claim.quote}”, but it is not a listed official number; real after-sales and compensation happen inside the original platform`,
        },
        ...odd,
      ],
      officialRoute: GENERIC_ROUTE,
    };
  }
  if (scam) return judgeScamCaller(scam, odd);
  if (example) return judgeScamExample(example, odd);
  return { verdict: 'unlisted', ...(claim ? { claimedBy: claim.id } : {}), reasons: [notListed, ...odd] };
}

/**
 * `context` is the text around the number (about 40 characters each side); `at` is where the
 * number starts in it (default: its first occurrence). Claims are read from the clause before
 * the number, or a label right after it.
 */
/**
 * Verdicts depend only on the registry record (or none), the claim and, for an unlisted number,
 * whether its shape is unusual: the same few combinations recur across a page, so each is built
 * once. Verdict objects are shared: callers must not change them.
 */
const verdicts = new Map<string, Verdict>();
/** Names make keys a page can multiply: past this many, verdicts are built and not kept. */
const MAX_CACHED_VERDICTS = 5_000;

/** Whom else the page gives a listed number to, when no claim rule named a platform. */
function attributionFor(before: string, after: string, claim: Claim | null, channel: NumberFact) {
  // A public number (12315, 110) is cited with every company's name: "唯品会投诉电话12315" is
  // where to complain about 唯品会, not a claim that it is 唯品会's line.
  if (claim && claim.id !== '客服') return null;
  if (PUBLIC_OWNERS.has(channel.owner)) return otherBody(before, channel.owner);
  const name = nameBefore(clauseBefore(before)) ?? nameAfter(after);
  return name ? attributionOf(name, channel.owner) : null;
}

/** The general hotline takes every body's complaints: "市场监管部门12345热线" is not a wrong body. */
const SHARED_PUBLIC_OWNERS: ReadonlySet<Owner> = new Set(['gov-12345']);

/**
 * A public number given to another public body ("国家市场监管总局的12305平台": 12305 is the post
 * bureau's): a wrong body is a claim the shopper must not follow. A company's name is no claim here.
 */
function otherBody(before: string, owner: Owner): Attribution | null {
  // Public numbers are the most cited and most stand with no body's name: one cheap search first.
  if (SHARED_PUBLIC_OWNERS.has(owner) || !BODY_SUFFIX.test(before.slice(-28))) return null;
  const run = BODY_RIGHT_BEFORE.exec(clauseBefore(before).slice(-28))?.[1];
  if (!run) return null;
  // The shortest tail that names a body is its name; "国家" before it is part of it.
  for (let i = run.length - 2; i >= 0; i--) {
    const named = ownerNamed(run.slice(i));
    if (!named) continue;
    if (named === owner || !PUBLIC_OWNERS.has(named)) return null;
    return { kind: 'other', name: run.slice(run.slice(i - 2, i) === '国家' ? i - 2 : i) };
  }
  return null;
}
const BODY_SUFFIX = /局|部门|委员会|消协|派出所/;
/** A body's name ending "…局" or the like right before the number, maybe with 的 and 投诉电话. */
const BODY_RIGHT_BEFORE =
  /([\u4e00-\u9fff]{2,10}(?:局|部门|委员会|消协|派出所))的?[\s:：]*(?:投诉|举报|申诉)?(?:电话|热线|平台|号码)?[\s:：]*$/;

/**
 * `context` is the text around the number (about 40 characters each side); `at` is where the
 * number starts in it (default: its first occurrence). Claims are read from the clause before
 * the number, or a label right after it.
 */
export function judgeNumber(found: Found, context: string, at = context.indexOf(found.text)): Verdict {
  if (isAreaCode110(found.digits)) return AREA_CODE_110;
  const words = foldTraditional(context); // same offsets as `context`
  const before = at >= 0 ? words.slice(0, at) : words;
  const after = at >= 0 ? words.slice(at + found.text.length) : '';
  // A number missing its head is someone's tail, a foreign one no listed line: never looked up.
  const hit = found.kind === 'incomplete' || found.kind === 'foreign' ? undefined : lookup(found.digits);
  const channel = hit?.channel;
  if (hit?.behindAreaCode && !AREA_DIALLED_OWNERS.has(hit.channel.owner)) {
    const impostor = scamClaim(before, after);
    return impostor
      ? byImpostorBehindAreaCode(hit.channel, found.digits, impostor.quote)
      : judgeBehindAreaCode(hit.channel, found.digits);
  }
  // A table cell before an unlisted number's own claims it; a listed line keeps its own cell
  // ("淘宝人工客服 | 12315投诉平台" lists two searches, it gives 12315 to no one).
  const claim = claimBefore(before) ?? claimAfter(after) ?? (channel ? null : cellClaim(before));
  const attribution = channel ? attributionFor(before, after, claim, channel) : null;
  // Scam phrasing is read for unlisted numbers only: "冒充10086、95533" spoofs the listed line.
  const phrased = claim?.strong ? null : scamClaim(before, after);
  const read = phrased && !sentToCheck(before, after) ? phrased : null;
  const scam = !channel && read && namesCompany(read.name, read.words) ? read : null;
  const spoofed = channel !== undefined && read !== null;
  const example = channel || claim?.strong || scam ? null : scamExample(before);
  const claimKey = claim ? `${claim.id}|${claim.strong}|${claim.gap > 3}|${claim.body ?? ''}` : '';
  // Unlisted numbers' reasons quote the page's claim words; listed numbers' reasons do not.
  const quoteKey = claim && !channel ? `|${claim.quote}` : '';
  const attributionKey = attribution ? `|${attribution.kind}|${attribution.name}` : '';
  const scamKey = scam ? `|${scam.name}|${scam.quote}` : example ? `|example|${example}` : '';
  const key = channel
    ? `${channel.id}|${claimKey}${attributionKey}|${spoofed}`
    : `-${ODD_SHAPES[found.kind] ? found.kind : ''}|${claimKey}${quoteKey}${scamKey}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = channel
      ? listedVerdict(channel, claim, attribution, spoofed)
      : judgeUnlisted(found, claim, scam, example);
    if (verdicts.size < MAX_CACHED_VERDICTS) verdicts.set(key, verdict);
  }
  return verdict;
}

function listedVerdict(
  channel: NumberFact,
  claim: Claim | null,
  attribution: Attribution | null,
  spoofed: boolean,
): Verdict {
  const verdict = judgeListed(channel, claim, attribution);
  return spoofed && verdict.verdict === 'official' ? withSpoofWarning(verdict) : verdict;
}

/** A found number with its verdict, in one fixed shape (no spreads: this runs per number). */
export function judged(found: Found, verdict: Verdict): JudgedNumber {
  return {
    text: found.text,
    start: found.start,
    end: found.end,
    digits: found.digits,
    kind: found.kind,
    verdict: verdict.verdict,
    entity: verdict.entity,
    claimedBy: verdict.claimedBy,
    claimedName: verdict.claimedName,
    reasons: verdict.reasons,
    officialRoute: verdict.officialRoute,
  };
}

export function scanText(text: string): JudgedNumber[] {
  const found = findPhoneNumbers(text);
  const out: JudgedNumber[] = [];
  for (let i = 0; i < found.length; i++) {
    const number = found[i]!;
    const from = Math.max(0, number.start - CONTEXT_CHARS);
    const context = text.slice(from, Math.min(text.length, number.end + CONTEXT_CHARS));
    const n = judged(number, judgeNumber(number, context, number.start - from));
    const heading = mayTakeHeading(n) ? headingAbove(text, number.start) : null;
    const presented = !heading && n.verdict === 'unlisted' ? presentedAs(text, n) : null;
    const topic = !heading && !presented ? listedUnderTopic(text, n) : null;
    out.push(heading ? underHeading(n, heading) : presented ? presentedAsLine(n, presented) : (topic ?? n));
  }
  return samePageClaims(out);
}

/** Short lines allocated nationally: a page's wrong owner for one is doubtful, not to be spread. */
const NATIONAL_KINDS = new Set<JudgedNumber['kind']>(['short-95-96', 'public-service']);

/**
 * What a page says a number is holds wherever it prints the number again with nothing said: "消费者
 * 客服热线:400-…" in its list, then "可随时拨打400-…" in its text; "国家市场监管总局的12305平台",
 * then "12305投诉平台" in its table. A bare mention is warned the same way. A listed line is
 * carried only when a public number is given to another body: a company's own line stays official.
 * What an impostor said is not carried: a report's other mentions are its own calls ("记者拨通了…").
 */
function samePageClaims(out: JudgedNumber[]): JudgedNumber[] {
  let claimed: Map<string, JudgedNumber> | null = null;
  for (const n of out) {
    if (n.verdict !== 'suspicious' || !n.claimedName || CALLER_SAID.has(n.reasons) || claimed?.has(n.digits))
      continue;
    const owner = lookup(n.digits)?.channel.owner;
    if (!owner || PUBLIC_OWNERS.has(owner)) (claimed ??= new Map()).set(n.digits, n);
  }
  if (!claimed) return out;
  return out.map((n) => {
    const bare =
      (n.verdict === 'unlisted' && !n.claimedBy && !NATIONAL_KINDS.has(n.kind)) ||
      (n.verdict === 'official' && !n.claimedName);
    const claim = bare ? claimed.get(n.digits) : undefined;
    return claim ? { ...claim, text: n.text, start: n.start, end: n.end, kind: n.kind } : n;
  });
}

function headingRoute(name: string): Text {
  const rule = CLAIM_RULES.find((r) => r.words.includes(name));
  return rule ? platformRoute(rule) : GENERIC_ROUTE;
}

/** An unlisted number a heading above presents as a company's line (headings.ts). */
function underHeading(n: JudgedNumber, heading: NonNullable<ReturnType<typeof headingAbove>>): JudgedNumber {
  return {
    ...n,
    verdict: 'suspicious',
    claimedName: heading.name,
    reasons: [headingReason(heading), ...n.reasons.slice(1)],
    // "淘宝" in the heading: the route names 淘宝's registered line, so the shopper can compare.
    officialRoute: headingRoute(heading.name),
  };
}

/**
 * A listed line a page gives, with no name in its clause, as the line of the company its topic
 * names: another company's line is suspicious there, whose it really is named (#28's 95187, 阿里云's
 * line, given as 拼多多's).
 */
function listedUnderTopic(text: string, n: JudgedNumber): JudgedNumber | null {
  if ((n.verdict !== 'official' && n.verdict !== 'unconfirmed') || n.claimedBy !== '客服' || n.claimedName)
    return null;
  const channel = lookup(n.digits)?.channel;
  if (!channel || PUBLIC_OWNERS.has(channel.owner)) return null;
  const name = topicOfListed(text, n);
  const attribution = name ? attributionOf(name, channel.owner) : null;
  return attribution?.kind === 'other' ? judged(n, judgeAttributed(channel, attribution)) : null;
}

/** The line a registry owner really uses, for the route: "中国工商银行客服 95588". */
function ownerRoute(owner: Owner | null): Text {
  const rule = CLAIM_RULES.find((r) => r.owner === owner);
  if (rule) return platformRoute(rule);
  const line = NUMBER_FACTS.numbers.find((f) => f.owner === owner && mayShowAsOfficial(f));
  return (line && routeOf([line.id])) ?? GENERIC_ROUTE;
}

/** An unlisted number the page gives to a company or body, with a reason to doubt it (presented.ts). */
function presentedAsLine(n: JudgedNumber, p: Presented): JudgedNumber {
  const name = quotedName(p.name);
  const route = ownerRoute(p.owner);
  const doubt: Text = p.phrase
    ? { zh: `页面说用它的人「${p.phrase}」`, en: `The page says whoever used it “${p.phrase}”` }
    : p.registered
      ? { zh: `它的登记号码是：${route.zh}`, en: `Its listed line: ${route.en}` }
      : p.scamWords
        ? {
            zh: `同一段文字讲的是诈骗（「${p.scamWords}」）`,
            en: `The same paragraph is about a scam (“${p.scamWords}”)`,
          }
        : {
            zh: '公司和机构不用个人手机号或境外号码当客服号码',
            en: 'Companies and public bodies do not use personal mobiles or numbers from abroad as service lines',
          };
  return {
    ...n,
    verdict: 'suspicious',
    claimedBy: '客服',
    claimedName: p.name,
    reasons: [
      {
        zh: `页面把它写成${name.zh}的号码，但它不在已登记的官方号码里`,
        en: `The page presents it as ${name.en}'s line, but it is not among the listed official numbers`,
      },
      doubt,
      ...n.reasons.slice(1),
    ],
    officialRoute: route,
  };
}

/** What an inline mark needs of a judged number; its kind, entity and claim stay here. */
export type JudgedForMark = Pick<
  JudgedNumber,
  'start' | 'end' | 'text' | 'digits' | 'verdict' | 'reasons' | 'officialRoute'
>;

/**
 * The numbers in each text, as the content script marks them (a `numbers/judge` reply), at most
 * `perText` of them: a text the page filled with numbers gets a bounded answer.
 */
export function judgeForMarks(texts: readonly string[], perText: number): JudgedForMark[][] {
  return texts.map((text) =>
    scanText(text)
      .slice(0, perText)
      .map(({ start, end, text, digits, verdict, reasons, officialRoute }) => ({
        start,
        end,
        text,
        digits,
        verdict,
        reasons,
        ...(officialRoute ? { officialRoute } : {}),
      })),
  );
}

export { claimLabel };
