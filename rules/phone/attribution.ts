// Whose line the page says a number is, when it names someone the claim table (claims.ts) has
// no rule for: "唯品会客服电话95188", "抖音官方客服热线：95188". A registry number is only
// 官方 when the page gives it to its real owner or to no one; any other name, known or not,
// keeps it from being shown as official (issue 17: a false 官方 is the one error we never make).
import { BANK_OWNERS, COURIER_OWNERS, type Owner, type Text } from '../channels/types';
import { CLAIM_RULES } from './claims';

/** Names pages use for registry owners besides their claim words (claims.ts). */
const MORE_OWNER_NAMES: Readonly<Record<Owner, readonly string[]>> = {
  'alibaba-taobao': ['阿里巴巴'],
  alipay: ['蚂蚁'],
  cainiao: [],
  'alibaba-cloud': ['万网'],
  weidian: [],
  seller: [],
  samr: ['12315', '市场监管', '市场监督', '工商', '消协', '消费者协会', '消保委', '消费者权益', '市监'],
  miit: ['12321', '12381', '12300', '工信部', '工业和信息化部', '不良信息', '垃圾信息', '反诈', '诈骗'],
  police: ['110', '96110', '公安', '警方', '警察', '报警', '派出所', '反诈', '反电诈', '诈骗'],
  jd: [],
  pinduoduo: [],
  'wechat-pay': ['微信', '腾讯'],
  'china-mobile': ['中国移动', '移动', '10086'],
  'china-unicom': ['中国联通', '联通', '10010'],
  'china-telecom': ['中国电信', '电信', '10000'],
  douyin: ['抖音', '抖店', '字节跳动'],
  kuaishou: ['快手'],
  vipshop: ['唯品会', '唯品'],
  meituan: ['美团', '大众点评'],
  suning: ['苏宁'],
  'sf-express': ['顺丰', '順豐'],
  zto: ['中通'],
  yto: ['圆通'],
  yunda: ['韵达'],
  sto: ['申通'],
  'china-post': ['EMS', 'ems', '邮政', '邮局'],
  'jd-logistics': ['京东物流', '京东快递', '京东'],
  spb: ['12305', '邮政局', '邮政管理', '邮政业', '邮政'],
  'gov-12345': ['12345', '市民服务', '政务服务', '便民热线'],
  icbc: ['工商银行', '工行', 'ICBC'],
  ccb: ['建设银行', '建行', 'CCB'],
  abc: ['农业银行', '农行'],
  boc: ['中国银行', '中行'],
  bocom: ['交通银行', '交行'],
  cmb: ['招商银行', '招行'],
  psbc: ['邮储', '邮政储蓄'],
  hxb: ['华夏银行'],
  spdb: ['浦发银行', '浦东发展银行', '浦发'],
  cib: ['兴业银行'],
  ceb: ['光大银行'],
  cmbc: ['民生银行'],
  cgb: ['广发银行', '广发'],
  mfa: ['12308', '外交部', '领事保护', '领保'],
  'emergency-120': ['120', '急救'],
  haier: ['海尔'],
  gree: ['格力'],
  // Not bare 美的: "完美的客服" would name it.
  xiaomi: ['小米'],
  huawei: ['华为'],
  unionpay: ['银联', '云闪付'],
  midea: ['美的集团', '美的空调', '美的家电', '美的电器', '美的售后', '美的客服', '美的官方', '美的中央空调'],
};

/** Every name a page may use for each registry owner: a name containing one is that owner's. */
const OWNER_NAMES = new Map(
  (Object.keys(MORE_OWNER_NAMES) as Owner[]).map((owner) => [
    owner,
    [...CLAIM_RULES.filter((r) => r.owner === owner).flatMap((r) => r.words), ...MORE_OWNER_NAMES[owner]],
  ]),
);
const ALL_OWNER_NAMES = [...OWNER_NAMES.values()].flat();

/** Companies with no record here whose names pages pair with other companies' numbers. */
const OTHER_COMPANIES: readonly string[] = [
  '饿了么',
  '携程',
  '去哪儿',
  '小红书',
  '得物',
  '当当',
  '亚马逊',
  '国美',
  '极兔',
  '德邦',
  '滴滴',
  '网易',
];
/** Whole kinds of company ("我行": a bank of itself): a bank, insurer, broker or airline is never an e-commerce line. */
const COMPANY_KIND = /银行|我行|本行|保险|证券|航空|快递|物流/;

/** Words between a name and its number that describe the line, stripped from the end (华为 keeps its 为). */
const LINE_WORDS =
  /(?:电话号码|电话|号码|热线|客服|官方|人工|专线|投诉|举报|售后|维修|报修|维权|理赔|退款|服务|中心|客户|在线|全国|统一|免费|24小时|7[x×*]24小时|的|是|(?<!华)为|[\s:：\-—=])$/i;
/** At least one of these must be stripped: a bare "电话：" presents a number as no one's line. */
const CLAIM_WORD = /客服|热线|官方|人工|专线|投诉|举报|售后|维权|理赔|退款|服务/;
/** The name: letters, CJK and digits right before the line words. */
const NAME_AT_END = /[\u4e00-\u9fffA-Za-z0-9·&]{1,16}$/;
/**
 * What comes before a name in a sentence ("请拨打唯品会…", "遇到问题…"): the name starts after
 * the last of these. Longest first where they overlap.
 */
const LEAD_IN =
  /(?:请拨打|可拨打|请致电|请联系|拨打|致电|联系|咨询|打给|请打|如有问题|有问题|遇到问题|问题|如果|或者|可以|直接|通过|需要|请|或|和|及|与|向|找|打)/g;
/**
 * Words that name no one in particular: a line "of the platform" is attributed to no one, and
 * neither is one named only by line words ("10086热线人工服务" is not a company called 热线).
 */
const NO_ONE =
  /^(?:平台|官方|专属|免费|咨询|商家|卖家|店铺|本店|店家|客户|用户|消费者|买家|顾客|会员|国家|全国|我们|我司|本公司|公司|总部|售后|人工|在线|网上|官网|热线|客服|专线|服务|电话|号码|投诉|举报|维权|理赔|退款|中心)+$/;

const MAX_NAME = 12;
/** A name, its line words and a lead-in fit in this much: "请拨打唯品会官方客服热线电话是：". */
const TAIL_CHARS = 32;
/** Pages repeat the words before their numbers ("客服电话："): each tail is read once. */
const namesBefore = new Map<string, string | null>();

/** The name a clause ends with before its line words ("…唯品会官方客服热线是 " → 唯品会), or null. */
export function nameBefore(clause: string): string | null {
  const tail = clause.slice(-TAIL_CHARS);
  let name = namesBefore.get(tail);
  if (name === undefined) {
    name = readNameBefore(tail);
    // Bounded: a hostile page of distinct clauses must not grow it without end.
    if (namesBefore.size < 2_000) namesBefore.set(tail, name);
  }
  return name;
}

function readNameBefore(tail: string): string | null {
  let rest = tail;
  let stripped = '';
  for (let m = LINE_WORDS.exec(rest); m && rest.length > 0; m = LINE_WORDS.exec(rest)) {
    stripped = m[0] + stripped;
    rest = rest.slice(0, m.index);
  }
  if (!CLAIM_WORD.test(stripped)) return null;
  const run = NAME_AT_END.exec(rest)?.[0];
  if (!run) return null;
  let start = 0;
  LEAD_IN.lastIndex = 0;
  for (let m = LEAD_IN.exec(run); m; m = LEAD_IN.exec(run)) start = m.index + m[0].length;
  return cleanName(run.slice(start));
}

/** A name in brackets or right after the number: "95188（唯品会客服）" → 唯品会. */
export function nameAfter(after: string): string | null {
  const m =
    /^[\s(（【[:：\-—]+([\u4e00-\u9fffA-Za-z·&]{2,12}?)(?:官方)?(?:客服|热线|人工|专线|售后|投诉)/.exec(
      after.slice(0, 24),
    );
  return m ? cleanName(m[1]!) : null;
}

/** Words that describe a line, not whose it is: "投诉的核心客服热线", "最常用的客服电话". */
const DESCRIBING = /核心|主要|首要|重要|常用|唯一|指定|正规|正确|最新|统一/g;

function cleanName(name: string): string | null {
  // "…咨询与投诉的核心" is a phrase, not a name: when it names no company we know, what follows its
  // last 的 is what names the line ("核心": no one). "海尔售后的官方唯一" keeps 海尔.
  const de = namesCompany(name, '') ? -1 : name.lastIndexOf('的');
  const tail = name.slice(de + 1);
  const bare = tail.replace(DESCRIBING, '');
  if (tail.length < 2 || tail.length > MAX_NAME || bare === '' || NO_ONE.test(bare)) return null;
  return tail;
}

/**
 * A name the page gives the number to that is not its registry owner's: one we know ('other':
 * another registry owner, a company in the list, a bank…) or one we cannot place ('unknown': not
 * shown as official, not called suspicious either).
 */
export interface Attribution {
  kind: 'other' | 'unknown';
  name: string;
}

const BANKS: ReadonlySet<Owner> = new Set(BANK_OWNERS);
const COURIERS: ReadonlySet<Owner> = new Set(COURIER_OWNERS);
/** Kind words that stand for whichever company of that kind the page is about. */
const BARE_KINDS: ReadonlyArray<readonly [RegExp, ReadonlySet<Owner>]> = [
  [/^(?:银行|我行|本行|发卡行)$/, BANKS],
  [/^(?:快递|物流|快递公司|物流公司|快递员)$/, COURIERS],
];

/** Reads `name` against the number's registry owner: null when it is the owner's own. */
export function attributionOf(name: string, owner: Owner): Attribution | null {
  const names = (words: readonly string[]) => words.some((word) => name.includes(word));
  if (names(OWNER_NAMES.get(owner)!)) return null;
  // A bare kind ("银行客服95533") names no company: a bank's line given to "the bank" is its own.
  const kind = BARE_KINDS.find(([word]) => word.test(name));
  if (kind) return kind[1].has(owner) ? null : { kind: 'other', name };
  const known = names(ALL_OWNER_NAMES) || names(OTHER_COMPANIES) || COMPANY_KIND.test(name);
  return { kind: known ? 'other' : 'unknown', name };
}

/**
 * The registry owner a name is ("工商银行信用卡中心" → icbc), or null; public bodies included. The
 * longest name wins: "工商银行" is the bank, not 工商 (the market regulator's old name).
 */
export function ownerNamed(name: string): Owner | null {
  let best: { owner: Owner; length: number } | null = null;
  for (const [owner, words] of OWNER_NAMES) {
    for (const word of words) {
      if (name.includes(word) && (best === null || word.length > best.length))
        best = { owner, length: word.length };
    }
  }
  return best?.owner ?? null;
}

/** Words that make a claimed caller a company or a public body, not a trade ("贷款客服"). */
const COMPANY_WORDS = /公司|平台|官方|商城|旗舰店|政府|公安|法院|检察|海关|税务|银监|银保监/;

/** True when a scam report's claim names a company or body we know of, or says it is one. */
export function namesCompany(name: string, words: string): boolean {
  const has = (list: readonly string[]) => list.some((word) => name.includes(word));
  return has(ALL_OWNER_NAMES) || has(OTHER_COMPANIES) || COMPANY_KIND.test(name) || COMPANY_WORDS.test(words);
}

/** Public owners' words ("110", "反诈") and bare words inside others ("电信诈骗") name no company. */
const NOT_A_COMPANY_NAME =
  /^(?:\d+|移动|电信|联通|反诈|反电诈|诈骗|微信|蚂蚁|邮政|邮局|工商|市监|公安|警方|警察|报警|派出所)$/;
/** Owners of public numbers (12315, 110, 12305, 12345): bodies, not companies. */
export const PUBLIC_OWNERS: ReadonlySet<Owner> = new Set([
  'samr',
  'miit',
  'police',
  'spb',
  'gov-12345',
  'emergency-120',
]);
/** Company names a heading may give, longest first ("天猫超市" before "天猫"). */
const HEADING_NAMES = [
  ...[...OWNER_NAMES].filter(([owner]) => !PUBLIC_OWNERS.has(owner)).flatMap(([, names]) => names),
  ...OTHER_COMPANIES,
]
  .filter((name) => name.length >= 2 && !NOT_A_COMPANY_NAME.test(name))
  .sort((a, b) => b.length - a.length);

/** The first company a line names ("【快手客服怎么联系2020】" → 快手), or null. */
export function companyNamed(line: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const name of HEADING_NAMES) {
    const at = line.indexOf(name);
    if (at >= 0 && (best === null || at < best.at)) best = { name, at };
  }
  return best?.name ?? null;
}

/** How the reasons name it: 「唯品会」. */
export const quotedName = (name: string): Text => ({ zh: `「${name}」`, en: `“${name}”` });
