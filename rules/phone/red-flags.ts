// Scam red flags in page text, seller chat or call notes. Ordinary words (花呗, 钉钉, 验证码)
// appear on every shopping page, so a warning needs a strong phrase (屏幕共享, 安全账户, a
// request for the SMS code) or phrases from two categories, one of them an action (moving off the
// platform, credentials, remote control, moving money), not all of them ordinary words.
import {
  ACTION_CATEGORIES,
  CATEGORY_LABEL,
  RED_FLAG_PHRASES,
  type RedFlagCategory,
  type RedFlagPhrase,
} from './red-flag-phrases';
import type { Text } from './types';

export type { RedFlagCategory } from './red-flag-phrases';

export interface RedFlagHit {
  category: RedFlagCategory;
  /** The text as it appears in the input. */
  phrase: string;
  start: number;
  end: number;
}

export interface RedFlagResult {
  hits: RedFlagHit[];
  warn: boolean;
  reasons: Text[];
}

const MAX_TEXT = 2_000_000;
const MAX_HITS = 500;

/** What genuine channels say about themselves (CHANNELS.md, counter-messages). */
const COUNTER: Partial<Record<RedFlagCategory, Text>> = {
  'off-platform': {
    zh: '真正的赔付只在原平台内进行，不会通过微信/QQ 群或屏幕共享',
    en: 'Real compensation happens inside the original platform, never via WeChat/QQ groups or screen sharing',
  },
  credentials: {
    zh: '天猫的售后说明写明：天猫不会以订单有问题，让您提供任何银行卡、密码、手机验证码；微店的短信也写明客服绝不会索取验证码',
    en: 'Tmall’s after-sales text says it never asks for bank cards, passwords or SMS codes over an order problem; Weidian’s SMS says its service never asks for the code',
  },
  'remote-control': {
    zh: '平台客服不会要求下载会议软件或共享屏幕',
    en: 'Platform customer service does not ask you to install meeting apps or share your screen',
  },
};

interface Hit extends RedFlagHit {
  rule: RedFlagPhrase;
}

function collect(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const rule of RED_FLAG_PHRASES) {
    if (rule.pattern) {
      for (const m of text.matchAll(rule.pattern)) {
        hits.push({
          category: rule.category,
          phrase: m[0],
          start: m.index,
          end: m.index + m[0].length,
          rule,
        });
        if (hits.length > MAX_HITS * 4) return hits;
      }
      continue;
    }
    for (
      let at = text.indexOf(rule.phrase);
      at >= 0;
      at = text.indexOf(rule.phrase, at + rule.phrase.length)
    ) {
      hits.push({
        category: rule.category,
        phrase: rule.phrase,
        start: at,
        end: at + rule.phrase.length,
        rule,
      });
      if (hits.length > MAX_HITS * 4) return hits;
    }
  }
  return hits;
}

/** Drops hits inside a longer (or equally long, stronger) one: 短信验证码 hides 验证码. */
function dedupe(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || Number(b.rule.strong ?? false) - Number(a.rule.strong ?? false),
  );
  const kept: Hit[] = [];
  let reach = -1;
  for (const h of sorted) {
    if (h.end <= reach) continue;
    kept.push(h);
    reach = Math.max(reach, h.end);
  }
  return kept.slice(0, MAX_HITS);
}

const quote = (h: RedFlagHit): Text => ({
  zh: `“${h.phrase}”（${CATEGORY_LABEL[h.category].zh}）`,
  en: `“${h.phrase}” (${CATEGORY_LABEL[h.category].en})`,
});

export function findRedFlags(input: string): RedFlagResult {
  const text = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input;
  const kept = dedupe(collect(text));
  const hits: RedFlagHit[] = kept.map(({ category, phrase, start, end }) => ({
    category,
    phrase,
    start,
    end,
  }));
  const strong = kept.filter((h) => h.rule.strong);
  const categories = new Set(kept.map((h) => h.category));
  const combination =
    categories.size >= 2 &&
    kept.some((h) => ACTION_CATEGORIES.has(h.category)) &&
    kept.some((h) => !h.rule.weak);
  const warn = strong.length > 0 || combination;
  if (!warn) return { hits, warn, reasons: [] };

  const reasons: Text[] = [];
  const seen = new Set<string>();
  for (const h of strong) {
    if (seen.has(h.phrase)) continue;
    seen.add(h.phrase);
    const q = quote(h);
    reasons.push({ zh: `看到${q.zh}`, en: `Seen: ${q.en}` });
  }
  if (combination) {
    // One example per category, preferring a telling phrase over an ordinary word.
    const firstOf = new Map<RedFlagCategory, Hit>();
    for (const h of kept) {
      const had = firstOf.get(h.category);
      if (!had || (had.rule.weak && !h.rule.weak)) firstOf.set(h.category, h);
    }
    const parts = [...firstOf.values()].map(quote);
    reasons.push({
      zh: `同时出现${parts.map((p) => p.zh).join('、')}`,
      en: `Seen together: ${parts.map((p) => p.en).join(', ')}`,
    });
  }
  for (const c of categories) {
    const counter = COUNTER[c];
    if (counter) reasons.push(counter);
  }
  return { hits, warn, reasons };
}
