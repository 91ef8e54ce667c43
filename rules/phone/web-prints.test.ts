// What the first run over real web pages (tests/fixtures/phone/web-2026-12.json) missed, as
// classes: Traditional-script pages, numbers from abroad in police reports, grouped numbers named
// by a phone word after them, and line words read as a company's name.
import { describe, expect, it } from 'vitest';
import { traditionalTableSource, TABLE_FILE } from '../../scripts/lib/traditional-table';
import { readFileSync } from 'node:fs';
import { findPhoneNumbers } from './extract';
import { scanText } from './judge';
import { foldTraditional } from './traditional';
import { BIG_INPUT } from '../../tests/support/time-limits';

const found = (text: string) => findPhoneNumbers(text).map((f) => [f.text, f.digits, f.kind]);
const verdictOf = (text: string, digits: string) => scanText(text).find((n) => n.digits === digits)?.verdict;

describe('Traditional characters', () => {
  it(
    "the fold table is the one the rules' words give (regenerate: npx tsx scripts/gen-traditional.ts)",
    BIG_INPUT,
    () => {
      expect(readFileSync(`rules/phone/${TABLE_FILE}`, 'utf8')).toBe(traditionalTableSource('rules/phone'));
    },
  );

  it('folds one character for one, so offsets still index the page text', () => {
    const text = '如有疑問請撥打咨詢電話3365029';
    expect(foldTraditional(text)).toBe('如有疑问请拨打咨询电话3365029');
    expect(foldTraditional(text)).toHaveLength(text.length);
  });

  it('leaves Simplified text alone: 怎么 stays 怎么 (Taiwan prints 幺 as 么)', () => {
    expect(foldTraditional('怎么拨打幺二三')).toBe('怎么拨打幺二三');
  });

  it('a local line after 咨詢電話 is found', () => {
    expect(found('如有疑問請撥打咨詢電話3365029。')).toEqual([['3365029', '3365029', 'unknown']]);
  });

  it('claims in Traditional are read: 淘寶客服熱線 is a Taobao claim', () => {
    expect(verdictOf('淘寶客服熱線：4001234567', '4001234567')).toBe('suspicious');
    expect(verdictOf('支付寶客服電話95188', '95188')).toBe('official');
    expect(verdictOf('唯品會官方客服熱線是95188', '95188')).not.toBe('official');
  });
});

describe('numbers from abroad', () => {
  it.each([
    ['陳女士接到“+85320923402”來電', '+85320923402', '85320923402'],
    ['梁先生接到“00852521896”來電', '00852521896', '00852521896'],
    ['李女士接到“0026253612”来电', '0026253612', '0026253612'],
    ['来电显示 +44 20 7946 0958', '+44 20 7946 0958', '4420 79460958'.replace(/\D/g, '')],
  ])('%s', (text, printed, digits) => {
    expect(found(text)).toEqual([[printed, digits, 'foreign']]);
  });

  it('is never looked up in the registry and says it is from abroad', () => {
    const [n] = scanText('接到“+95188123456”来电');
    expect(n).toMatchObject({ kind: 'foreign', verdict: 'unlisted' });
    expect(n!.reasons.map((r) => r.zh).join()).toContain('境外号码');
  });

  it('presented as a platform line it is suspicious', () => {
    expect(verdictOf('淘宝客服电话 +85320923402', '85320923402')).toBe('suspicious');
  });

  it.each(['版本+12345678', 'v2+123456789', '订单号 0012345678901 已发货', '编号00852521896'])(
    'not a short plus-number, a version, an order id or a bare 00-string: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it('+86 stays a Chinese number', () => {
    expect(found('电话 +86 571 95188')[0]).toMatchObject([expect.anything(), '057195188', 'landline']);
  });
});

describe('a grouped number named by a phone word after it', () => {
  it('"提供了一个“089-888-089-991”的电话" is reported', () => {
    expect(found('提供了一个“089-888-089-991”的电话')).toEqual([
      ['089-888-089-991', '089888089991', 'unknown'],
    ]);
  });

  it.each(['订单 2024-1101-2233 的电话回访', '运单号 7788-9900-1122-3344 号码', '共 12-34 的电话'])(
    'not a date, a waybill or two short groups: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe("line words are nobody's name", () => {
  it.each(['10086热线人工服务几点开', '95188客服热线人工服务', '9510211热线电话'])(
    '%s stays official',
    (text) => {
      expect(scanText(text)[0]?.verdict).toBe('official');
    },
  );
});

describe('110 named by the words after it (held-out set, after its first run)', () => {
  it.each(['带区号和不带区号的110电话。', '110电话是单向接警电话', '公安机关不会用110号码呼叫你电话'])(
    '%s',
    (text) => {
      expect(scanText(text).map((n) => [n.digits, n.verdict])).toEqual([['110', 'official']]);
    },
  );

  it.each(['第110号', '共110人', '110号楼'])('not a count or a house number: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

// The second held-out set (web-holdout-2.json) missed one number on its first run: a topic tag.
describe('topic tags', () => {
  it('finds the number that opens a Weibo or Douyin topic, #96110是…#', () => {
    expect(found('挽回损失2770亿。#96110是公安机关反诈劝阻专线#,接到')).toEqual([
      ['96110', '96110', 'public-service'],
    ]);
    expect(verdictOf('#96110是公安机关反诈劝阻专线#', '96110')).toBe('official');
  });

  it('still skips an anchor or an issue number after #', () => {
    expect(found('见 #12315 号帖')).toEqual([]);
    expect(found('page#4001234567 更多')).toEqual([]);
  });
});
