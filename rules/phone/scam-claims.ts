// Police reports say whom a caller pretended to be in their own words, around the caller's number:
// "接到电话0633…,对方自称京东客服人员", "自称“顺丰快递”的电话,显示号码为+1778…", "以淘宝客服名义
// 来电…". The claim is read within the number's sentence only, and only where it is about the
// number: right after it (its caller), or before it with a word for a call or number in between.

/** Where a sentence ends: claims never carry across these. */
const SENTENCE_END = /[。！？!?\n]/;
const PHRASE = '自称|冒充|假冒|假扮|冒用|声称是|谎称是';
const PHRASE_RE = new RegExp(PHRASE);
/** Right after the number: ",对方自称京东客服人员". */
const AFTER = new RegExp(
  `^[\\s,，、”"）)]{0,3}(?:的?来电|打来的?电话|的电话)?[\\s,，]{0,2}(?:对方|该号码|其|来电者|的人|他|她)?(?:${PHRASE})`,
);
/** Before the number: "自称“顺丰快递”的电话,显示号码为“". */
const BEFORE = new RegExp(
  `(?:${PHRASE})([^。！？!?\\n]{1,24}?)(?:打来)?的?(?:电话|来电)[^。！？!?\\n]{0,12}$`,
);
/** "以…名义" right before the number's clause. */
const IN_NAME_OF = /以[“"「]?([^，,。！？\n]{2,10}?)[”"」]?(?:的)?名义[^。！？!?\n]{0,16}$/;
/** The name: quotes dropped, cut before the words for staff and lines. */
const NAME_END = /(?:官方)?(?:客服|工作人员|员工|人员|热线|专线|的|电话|来电|打来)/;

export interface ScamClaim {
  /** Whom the caller claimed to be ("京东", "顺丰快递"). */
  name: string;
  /** The page's own words, for the reason ("自称京东客服人员"). */
  quote: string;
  /** All the claim's words to the clause end, for telling a company from "贷款客服". */
  words: string;
}

function nameIn(words: string): string | null {
  const bare = words.replace(/^(?:冒充|假冒|是)+/, '').replace(/[“”"「」『』‘’']/g, '');
  const cut = bare.search(NAME_END);
  const name = (cut >= 0 ? bare.slice(0, cut) : bare).trim();
  return name.length >= 2 && name.length <= 16 ? name : null;
}

/** The words from the phrase to the end of the claim's clause ("自称京东客服人员"). */
function wordsFrom(text: string): string {
  const end = text.search(/[，,。；;！？\n]/);
  return end >= 0 ? text.slice(0, end) : text;
}

function claimOf(name: string, words: string): ScamClaim {
  return { name, quote: words.replace(/[“”"「」]/g, '').slice(0, 20), words };
}

export function scamClaim(before: string, after: string): ScamClaim | null {
  const tail = after.slice(0, 40);
  const cut = tail.search(SENTENCE_END);
  const sentenceAfter = cut >= 0 ? tail.slice(0, cut) : tail;
  const a = AFTER.exec(sentenceAfter);
  if (a) {
    const rest = sentenceAfter.slice(a[0].length);
    const name = nameIn(rest);
    if (name) return claimOf(name, wordsFrom(sentenceAfter.slice(sentenceAfter.search(PHRASE_RE))));
  }
  const head = before.slice(-48);
  // Most numbers have no scam words before them: one plain search before the two patterns.
  const b =
    (PHRASE_RE.test(head) ? BEFORE.exec(head) : null) ??
    (head.includes('名义') ? IN_NAME_OF.exec(head) : null);
  if (b) {
    const name = nameIn(b[1]!);
    if (name) return claimOf(name, wordsFrom(b[0]));
  }
  return null;
}

/**
 * A number a page gives as an example of what scam calls use: "诈骗电话通常会使用与官方号码类似的
 * 号码,例如:95189、95288", "伪装成00095588、40095588…的电话号码". Read before the number, in its
 * sentence; the quote is the page's words from the scam word on.
 */
const EXAMPLE =
  /(?:诈骗|骗子|假冒|冒充|仿冒|山寨)[^。！？!?\n]{0,24}?(?:号码|电话)[^。！？!?\n]{0,6}?(?:例如|比如|譬如|如)[:：]?(?:[\d\s、,，+-]{0,40})$/;
const DISGUISED = /(?:伪装成|伪装为|假冒成|冒充成)(?:[\d\s、,，+-]{0,40})$/;

export function scamExample(before: string): string | null {
  const head = before.slice(-60);
  if (!/诈骗|骗子|假冒|冒充|仿冒|山寨|伪装/.test(head)) return null;
  const m = EXAMPLE.exec(head) ?? DISGUISED.exec(head);
  if (!m) return null;
  return m[0].replace(/(?:[\d\s、,，:：+-]|例如|比如|譬如|如)+$/, '').slice(0, 30);
}
