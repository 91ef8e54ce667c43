// Text around a digit run that says it is not a phone number: an order/tracking/QQ label, a
// price, a URL, letters glued to it (tracking numbers like YT7582890600202). Every check reads a
// bounded window, so the cost per candidate is constant.
import { isCallOnly, isKnown, isPublicShort } from './patterns';
import { isDigit } from './runs';
import { foldTraditional } from './traditional';

/** Labels whose value is an id, a count or a code, never a phone number. */
const ID_LABEL =
  /(?:订单号|订单编号|订单|交易号|交易单号|流水号|运单号|运单编号|快递单号|物流单号|单号|编号|QQ号?|qq号?|Q号|扣扣|邮编|邮政编码|身份证号?|卡号|工号|会员号|宝贝ID|商品ID|ID|Id|id|uid|UID|阅读|浏览|点赞|粉丝|已售|销量|月销|收藏|评论|播放|价格|售价|金额|合计|实付款?|￥|¥|\$|RMB|第|No\.?)\s*[:：=#]?\s*(?:是|为)?\s*[:：]?\s*\(?$/;

/** Units and counters right after a number: a price, an amount, a date, a duration. Only
 * currency may stand after a space ("1299 元"); "0571-… 天猫客服" is not 0571-… days. */
const UNIT_AFTER =
  /^(?:\s?(?:元|块|万元|%|％)|(?:万|千|百|亿|件|个|次|人(?!工)|天(?!猫)|周|月|年|日|号(?!码)|分(?!机)|秒|小时|折|倍|台|位|条|张|米|克|斤|ml|mm|cm|km|kg|kV|mAh))/;

/**
 * Masked digits after it ("400-1616-×××", "138****"): the head of a hidden number, never one.
 * Two asterisks are Markdown bold ("**10086**"), so a mask of asterisks needs three.
 */
const MASK_AFTER = /^[\s\-－]?(?:[×＊✱]{2}|\*{3})/;
/**
 * Digits, then masked ones, before it ("+86632**10086", "0755-××10086"): the tail of a hidden
 * number, which an impostor's number may share with an official line. A digit must stand before
 * the mask, so Markdown bold ("**10086**") is still read.
 */
const MASK_BEFORE = /\d[\s\-－]?(?:[×＊✱*]{2,})[\s\-－]?$/;
/** Digits read across a mask ("0755-××10086") are a hidden number too. */
const MASK_INSIDE = /[×＊✱]|\*{2}/;

/** An extension after 转 / 分机 / ext: not a number of its own. */
const EXTENSION_BEFORE = /(?:转|分机|ext\.?|x)\s*$/i;

/**
 * Words about calling that make a bare 110 a phone number ("报警电话110", "拨打110"), before it or
 * after it ("110电话是单向接警电话", "用110号码").
 */
const CALL_WORDS_BEFORE =
  /(?:报警|急救|拨打|拨|打|电话|致电|报案|求助|热线|从|通过|显示为|call|helpline|hotline)\s*[:：]?\s*[“"「]?$/i;
const CALL_WORDS_AFTER =
  /^[”"」]?\s*(?:是)?(?:报警|报案|急救|电话|号码|就?接到|获悉|指挥中心|查询|查号|来电|打来|(?:给|往)[^\s，。,]{0,4}打电话|(?:反|防)?诈骗?(?:电话|专线|咨询|查证)|专线)/;

/**
 * Reprints that gloss characters with their pinyin ("110报(bào)警电话", a converter's marks): the
 * glosses dropped, so the words after 110 read as printed.
 */
export const unglossed = (words: string): string =>
  words.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/g, '');

const URL_TOKEN_STOP = /[\s\u3000"'<>（）【】，。；、\u4e00-\u9fff]/;

/** Digits may touch: pieces of a run-together "95102114001234567" are cut from one group. */
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch === '_');
}

/** A line people list with others: a registry number, a public short number, 110 or 114. */
const isListedLine = (d: string): boolean => isKnown(d) || isPublicShort(d) || isCallOnly(d);

/**
 * "移动10086/联通10010/电信10000", "(如10086/10010/10000)": lines joined by slashes are a list, not a
 * path, when what stands across each slash is a word or another such line. "1/10000" is a ratio.
 */
function inSlashList(text: string, start: number, end: number, digits: string): boolean {
  if (!isListedLine(digits)) return false;
  const across = (at: number, step: 1 | -1): boolean => {
    const ch = text[at];
    if (ch !== undefined && /[\u4e00-\u9fff]/.test(ch)) return true;
    let k = at;
    while (isDigit(text[k])) k += step;
    const run = step === 1 ? text.slice(at, k) : text.slice(k + 1, at + 1);
    return run !== '' && isListedLine(run);
  };
  return (text[start - 1] !== '/' || across(start - 2, -1)) && (text[end] !== '/' || across(end + 1, 1));
}

/** One character (or none) among `set`: a string search, not a regex call, per candidate. */
const isOneOf = (ch: string | undefined, set: string): boolean => ch !== undefined && set.includes(ch);

/** True when the digits at [start, end) sit inside a URL (…?id=819…, //img…/2211900559174/…). */
function insideUrl(text: string, start: number): boolean {
  let i = start - 1;
  const stop = Math.max(0, start - 300);
  while (i >= stop && !URL_TOKEN_STOP.test(text[i]!)) i--;
  const token = text.slice(i + 1, start);
  return /:\/\/|^\/\/|www\.|[?&=]|\.(?:com|cn|net|htm)/i.test(token);
}

/**
 * "#96110是公安机关反诈劝阻专线#": a Weibo or Douyin topic, closed by a second # on the same line
 * after words; any other #digits is an anchor or an issue number (#3, page#12).
 */
function opensTopic(text: string, end: number): boolean {
  const rest = /^[^#\n]{0,40}#/.exec(text.slice(end, end + 42))?.[0];
  return rest !== undefined && /[\u4e00-\u9fff]/.test(rest);
}

/** "拨打10086号" is the line, not a house number: a registry line of 5+ digits before a bare 号. */
function lineBeforeHao(text: string, end: number, digits: string): boolean {
  return (
    text[end] === '号' &&
    digits.length >= 5 &&
    isKnown(digits) &&
    !/[楼院室房门店街路线]/.test(text[end + 1] ?? '')
  );
}

/**
 * "已满10000积分" is a count of points; "10086积分兑换短信" is the carrier's points message. A line
 * before 积分 is a count only after a word of quantity.
 */
const POINTS_AFTER = /^积分/;
const QUANTITY_BEFORE = /(?:满|有|送|获得?|共|累计|达到?|超过|剩余|扣除?|兑换|赠送)\s*$/;

function isPoints(text: string, start: number, end: number, digits: string): boolean {
  if (!POINTS_AFTER.test(foldTraditional(text.slice(end, end + 2)))) return false;
  return (
    !isListedLine(digits) || QUANTITY_BEFORE.test(foldTraditional(text.slice(Math.max(0, start - 4), start)))
  );
}

export function isExcluded(text: string, start: number, end: number, digits: string): boolean {
  const before = text[start - 1];
  const after = text[end];
  // Glued to letters or inside an identifier: tracking numbers, hashes, file names.
  if (isLetter(before) || isOneOf(before, '=&%@_')) return true;
  if (before === '#' && !opensTopic(text, end)) return true;
  if (isLetter(after) || isOneOf(after, '=&%@_')) return true;
  if ((before === '/' || after === '/') && !inSlashList(text, start, end, digits)) return true;
  if (after === '.' && isDigit(text[end + 1])) return true; // 9510211.5 is an amount
  if (after === '.' && isLetter(text[end + 1])) return true; // 10086.cn is a web address
  if (MASK_AFTER.test(text.slice(end, end + 4))) return true;
  if (MASK_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  if (MASK_INSIDE.test(text.slice(start, end))) return true;
  const head = text.slice(Math.max(0, start - 14), start);
  if (ID_LABEL.test(head) || EXTENSION_BEFORE.test(head)) return true;
  if (UNIT_AFTER.test(text.slice(end, end + 4)) && !lineBeforeHao(text, end, digits)) return true;
  if (insideUrl(text, start)) return true;
  if (isPoints(text, start, end, digits)) return true;
  if (isCallOnly(digits)) {
    // Folded: Taiwan's and Macau's pages print these words in Traditional characters.
    const near = CALL_WORDS_BEFORE.test(foldTraditional(text.slice(Math.max(0, start - 10), start)));
    if (!near && !CALL_WORDS_AFTER.test(foldTraditional(unglossed(text.slice(end, end + 16))))) return true;
  }
  return false;
}
