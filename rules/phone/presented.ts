// Whose line a page says an unlisted number is, wherever the page says it (#28): in the clause
// before it ("一个航空公司的客服电话4006888595"), in brackets or a label after it, "请与我行银行卡务部
// 联系:400-…", an SMS signed by a name ("发出“温馨银联管家”短信的两个手机号码…"), or the cells
// before it in a table row. Only a company or a public body counts as a presenter ("贷款客服" is a
// trade, "店主" a person). A presented number is called suspicious only when the page gives a
// reason to doubt it: a personal mobile or a foreign number as a company's line, or scam words in
// the same paragraph ("事主被人诈骗", "公安机关接到群众报警"), quoted in the reason.
import { foldTraditional } from './traditional';
import { NUMBER_FACTS } from '../channels/number-facts';
import { companyNamed, nameAfter, nameBefore, namesCompany, ownerNamed, PUBLIC_OWNERS } from './attribution';
import { clauseBefore, sentToCheck } from './claims';
import { unglossed } from './context';
import { topicAbove } from './headings';
import type { Owner } from '../channels/types';
import type { JudgedNumber } from './types';

export interface Presented {
  /** The company or body the page gives the number to ("温馨银联管家", "航空公司"). */
  name: string;
  /** The registry owner the name is, when it is one (its real line goes in the route). */
  owner: Owner | null;
  /** Why the number is doubted: the page's scam words, or null (see `registered`, the shape). */
  scamWords: string | null;
  /** The owner has registered lines and this is not one: reason enough on its own. */
  registered: boolean;
  /** The page's scam phrase about the number's user ("冒充抖音客服"), when that is the scope. */
  phrase?: string;
}

/** How far a paragraph is read each side of the number for scam words. */
const PARAGRAPH_CHARS = 200;
/** How far the number's line is read for whose it is (clauses are cut at 64 characters). */
const NAME_CHARS = 64;
/** Words of a scam report: someone was cheated. "防诈骗" tips are not reports. */
const SCAM_WORDS = /(?<!防|反|防范|谨防|预防|警惕)(?:诈骗|骗取|骗走|被骗|受骗|骗子|骗局)|冒充|假冒|上当/;
/** Words of a report to the police, read when no scam word is there: "公安机关接到群众报警". */
const REPORT_WORDS = /报警|报案|事主|受害人/;
/** "发出“温馨银联管家”短信的两个手机号码": the SMS's signature names who its senders claimed to be. */
const SMS_SIGNED = /[“"「]([^”"」]{2,12})[”"」](?:的)?(?:手机)?短信[^。！？!?\n]{0,16}$/;
/** "请与我行银行卡务部联系:", "向中国银行客服中心咨询:". */
const CONTACT_WITH = /(?:与|向|找)([\u4e00-\u9fffA-Za-z]{2,12}?)(?:联系|咨询|核实)[\s:：]*$/;
/**
 * Scam phrasing in the number's clause: "骗子冒充抖音客服,用4001234567打来电话", or after it in its
 * sentence: "13800001111打来,称是顺丰快递". The words after the phrase name whom.
 */
const PHRASE =
  /(?:冒充|假冒|假扮|冒用|自称是?|声称是?|谎称是?|称其?是|称其为|说自己是|伪装成|以|假(?=[“"「]))([^。！？!?\n]{2,16})/;
/** "搜索“东方航空客服”，拨打了排在前面的400…": a search for a company's line, earlier in the sentence. */
const QUOTED_LINE =
  /[“"「『]([^”"」』]{2,12}?)(?:官方)?(?:客服|热线|电话)[^”"」』]{0,4}[”"」』][^。！？!?\n]{0,30}$/;
/** "抖音官方客服电话在中国大陆地区统一使用950201": the company's line is the clause's subject. */
const SUBJECT_LINE =
  /(?:官方)?(?:客服|热线|专线|售后)(?:电话|热线|号码)?[^，,。；;:：\d]{0,14}?(?:使用|改为|更换为|换成|是|为)[^，,。；;\d]{0,4}$/;
/** A local branch or shop has its own landline: "工商银行广州分行客服电话 020-…". */
const BRANCH = /分行|支行|营业厅|网点|门店|分公司|分部|服务站|维修点/;
/**
 * A part of a company with lines of its own the registry does not list (a bank's card centre,
 * its lines for firms or callers abroad): its name alone does not make another number doubtful.
 */
const SUB_UNIT = /信用卡|理财|贵宾|私人银行|企业|对公|商户|商家|海外|境外|国际|年金/;
/**
 * Short 95/96 lines and public short numbers are allocated nationally, not bought like a 400 line
 * or a mobile: an airline's 95530 in an article about airline scams is the airline's.
 */
const ALLOCATED = new Set<JudgedNumber['kind']>(['short-95-96', 'public-service']);
/** A table row's cells before the number's own: "| 京东 | 客服电话 |". */
const ROW_SERVICE = /客服|热线|电话|专线|售后|投诉/;
/** A list marker between a label and its number: "售后客服热线:(1)400-…". */
const LIST_MARKER = /[(（]\d[)）]\s*$/;
/** The number is given as a service line, by the words before it in its clause or row. */
const SERVICE_GIVEN = /客服|热线|专线|售后|维修|服务电话|客户服务/;

/** A label opening the number's line, up to its colon. */
const LINE_LABEL = /^[^\d:：|]{2,30}[:：]/;
/** "找到一个航空公司": the article before a company kind is not part of its name. */
const DETERMINER = /^(?:到|了|在)?(?:一个|一家|某个|某家|某)/;

let withLine: Set<Owner> | undefined;
/**
 * Whether the registry holds a line of this owner (built on first use). An unconfirmed line counts:
 * 拼多多's lines are known though no primary source is held, and a page giving it a 400 line that
 * is none of them presents a line it is not.
 */
function hasRegisteredLine(owner: Owner): boolean {
  withLine ??= new Set(NUMBER_FACTS.numbers.map((f) => f.owner));
  return withLine.has(owner);
}

const SHAPE_DOUBTED = new Set<JudgedNumber['kind']>(['mobile', 'foreign']);

/**
 * The number's line, at most `chars` each side, folded to Simplified. Bounded searches: a page that
 * is one long line must not cost a scan to its start per number.
 */
function lineAround(
  text: string,
  start: number,
  end: number,
  chars: number,
): { before: string; after: string } {
  const head = text.slice(Math.max(0, start - chars), start);
  const tail = text.slice(end, end + chars);
  const lineEnd = tail.indexOf('\n');
  // A converter's pinyin glosses ("服务(wù)电话" in Traditional print) dropped: the words read as printed.
  return {
    before: unglossed(foldTraditional(head.slice(head.lastIndexOf('\n') + 1))),
    after: unglossed(foldTraditional(lineEnd >= 0 ? tail.slice(0, lineEnd) : tail)),
  };
}

/** "冒充抖音客服" before the number in its clause, or "称是顺丰快递" after it in its sentence. */
function phraseName(clause: string, after: string): { name: string; quote: string } | null {
  const cut = after.search(/[。！？!?\n]/);
  for (const words of [clause, cut >= 0 ? after.slice(0, cut) : after]) {
    const m = PHRASE.exec(words);
    const name = m ? companyNamed(m[1]!) : null;
    if (name)
      return {
        name,
        quote: m![0]
          .split(/[,，;；]/)[0]!
          .replace(/[\d\s:：]+$/, '')
          .slice(0, 20),
      };
  }
  return null;
}

/** The name the page gives the number to, from the nearest scope that has one. */
function nameGiven(before: string, after: string): string | null {
  const clause = clauseBefore(before);
  const bare = clause.replace(/[“”"「」『』]/g, '');
  const name =
    SMS_SIGNED.exec(clause)?.[1] ??
    CONTACT_WITH.exec(bare)?.[1] ??
    nameBefore(bare) ??
    subjectName(bare) ??
    nameAfter(after) ??
    rowName(before) ??
    QUOTED_LINE.exec(clause)?.[1];
  return name ? trimmed(name) : null;
}

/**
 * The name as a reason quotes it: "网上搜到的美团" → 美团 (after the last 的), "事主在百度上搜到携程"
 * → 携程 (from a known company's name when three or more characters stand before it).
 */
function trimmed(name: string): string {
  const tail = name.slice(name.lastIndexOf('的') + 1).replace(DETERMINER, '');
  const company = companyNamed(tail);
  const at = company ? tail.indexOf(company) : -1;
  return at >= 3 ? tail.slice(at) : tail;
}

/**
 * A line given as a service line with no name of its own ("消费者客服热线:400-…", "| 电话客服 |
 * 拨打400-…"), under a heading that names the company the page is about: the page gives it to that
 * company. A personal mobile is a person's, not the topic's.
 */
function topicName(text: string, n: JudgedNumber, before: string): string | null {
  if (n.kind === 'mobile' || !SERVICE_GIVEN.test(before.slice(-30))) return null;
  // "小米售后客服热线:(1)400-…(2)400-…": the line's own label names it for every number on the line.
  const label = LINE_LABEL.exec(before)?.[0];
  return (label && nameBefore(label)) || (topicAbove(text, n.start)?.name ?? null);
}

/**
 * The company a page's topic gives a listed line to, when the line's own clause names no one
 * ("拼多多的客服电话是多少 … 其主要服务热线是:95187"), or null. The caller compares it with the
 * line's owner.
 */
export function topicOfListed(text: string, n: JudgedNumber): string | null {
  const { before, after } = lineAround(text, n.start, n.end, NAME_CHARS);
  if (companyGiven(before, after) !== null) return null;
  return topicName(text, n, before);
}

/**
 * The name the page gives the number to when it names a company or body; a name that names none
 * ("各区客服热线…", the next number's label read after this one) leaves the page's topic to say.
 */
function companyGiven(before: string, after: string): string | null {
  const name = nameGiven(before, after);
  return name && namesCompany(name, '') ? name : null;
}

function subjectName(clause: string): string | null {
  const m = SUBJECT_LINE.exec(clause);
  if (!m) return null;
  const head = clause.slice(0, m.index).replace(/的$/, '').slice(-8);
  const name = companyNamed(head);
  // The name must end the subject: "抖音官方客服", not "抖音上的商家客服".
  return name && head.endsWith(name) ? name : null;
}

function rowName(before: string): string | null {
  if (!before.includes('|')) return null;
  const cells = before.slice(0, before.lastIndexOf('|'));
  return ROW_SERVICE.test(cells) ? companyNamed(cells) : null;
}

/** How far before a scam word its quote may start: back to the clause's start, if that is near. */
const QUOTE_HEAD = 16;

/**
 * The first scam word with its neighbours in the same clause ("事主被人诈骗人民币"), for the reason.
 * The quote starts where the clause does, never inside a word or a name ("…先生转账后…" for 李先生):
 * a clause starting further back than QUOTE_HEAD is quoted from the scam word on.
 */
function scamQuote(words: string): string | null {
  const m = SCAM_WORDS.exec(words) ?? REPORT_WORDS.exec(words);
  if (!m) return null;
  const SEPARATOR = /[,，。；;、:：…—“”"\s\d]/;
  const head = words.slice(Math.max(0, m.index - QUOTE_HEAD), m.index);
  let from = head.length;
  while (from > 0 && !SEPARATOR.test(head[from - 1]!)) from--;
  // No clause start in reach (the window cut the text, not a separator): no head at all.
  if (from === 0 && m.index > QUOTE_HEAD && !SEPARATOR.test(words[m.index - QUOTE_HEAD - 1]!))
    from = head.length;
  const end = m.index + m[0].length;
  const tail = words.slice(end, end + 6).split(SEPARATOR)[0]!;
  return head.slice(from) + m[0] + tail;
}

/** Who the page presents this unlisted number as belonging to, and why that is doubted. */
export function presentedAs(text: string, n: JudgedNumber): Presented | null {
  const around = lineAround(text, n.start, n.end, NAME_CHARS);
  const before = around.before.replace(LIST_MARKER, '');
  const after = around.after;
  const phrase = phraseName(clauseBefore(before), after);
  if (phrase) {
    return {
      name: phrase.name,
      owner: ownerNamed(phrase.name),
      scamWords: null,
      registered: false,
      phrase: phrase.quote,
    };
  }
  const name = companyGiven(before, after) ?? topicName(text, n, before);
  if (!name || !namesCompany(name, '')) return null;
  if (sentToCheck(before, after)) return null;
  const owner = ownerNamed(name);
  const part = SUB_UNIT.test(name) || (n.kind === 'landline' && BRANCH.test(name));
  const registered = owner !== null && !part && !PUBLIC_OWNERS.has(owner) && hasRegisteredLine(owner);
  if (registered) return { name, owner, scamWords: null, registered };
  if (SHAPE_DOUBTED.has(n.kind)) return { name, owner, scamWords: null, registered };
  if (ALLOCATED.has(n.kind)) return null;
  const paragraph = lineAround(text, n.start, n.end, PARAGRAPH_CHARS);
  const scamWords = scamQuote(paragraph.before + paragraph.after);
  if (scamWords === null) return null;
  return { name, owner, scamWords, registered };
}
