// Damaged and scam-report prints of numbers (issue 17 items 2-5), through the whole finder and judge.
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './extract';
import { scanText } from './judge';

const found = (text: string) => findPhoneNumbers(text).map((f) => [f.text, f.digits, f.kind]);

describe('run-together short numbers (lost punctuation)', () => {
  it('"拨打公安机关11096110号码" is 110 and 96110', () => {
    expect(found('拨打公安机关11096110号码')).toEqual([
      ['110', '110', 'public-service'],
      ['96110', '96110', 'public-service'],
    ]);
  });

  it('splits registry short numbers too: 9518812315', () => {
    expect(found('请拨打9518812315').map(([, d]) => d)).toEqual(['95188', '12315']);
  });

  it.each(['订单号 11096110', '共有11096110人浏览', '11096110', 'id=11096110 电话'])(
    'not without words about calling, nor as an id or a count: %s',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );

  it('a run that is itself a number is not cut: 95188 stays 95188, 9510211 stays whole', () => {
    expect(found('电话 9510211').map(([, d]) => d)).toEqual(['9510211']);
  });
});

describe('Chinese characters and words as separators', () => {
  it.each([
    ['拼多多客服400到8822到528', '4008822528', 'service-400-800'],
    ['拼多多座机021到53395288', '02153395288', 'landline'],
    ['座机 021 到 5339 5288', '02153395288', 'landline'],
    ['加微信 138 零 1234 零 5678', '13812345678', 'mobile'],
  ])('%s', (text, digits, kind) => {
    expect(findPhoneNumbers(text).map((f) => [f.digits, f.kind])).toContainEqual([digits, kind]);
  });

  it('an area code bridged to digits that are no local part is not a landline', () => {
    expect(findPhoneNumbers('0571 年 12345678').filter((f) => f.kind === 'landline')).toEqual([]);
  });
});

describe('numbers whose head was cut off', () => {
  it('"客服电话-843-2288" is reported incomplete, never official', () => {
    const [n] = scanText('搜索结果：淘宝客服电话-843-2288 全天');
    expect(n).toMatchObject({ text: '-843-2288', digits: '8432288', kind: 'incomplete' });
    expect(n!.verdict).toBe('suspicious');
    expect(n!.reasons.map((r) => r.zh)).toContain('号码开头像是被截掉了，不完整：不要按它拨打');
  });

  it('only what is no number on its own: "-951-0211" is the whole 9510211', () => {
    expect(scanText('…客服热线-951-0211')[0]).toMatchObject({ digits: '9510211', kind: 'short-95-96' });
  });

  it('a whole number after a dash label stays whole', () => {
    expect(scanText('淘宝客服-9510211')[0]).toMatchObject({ kind: 'short-95-96', verdict: 'official' });
  });

  it('not a range or a negative amount', () => {
    expect(found('价格 100-843-2288元')).toEqual([]);
    expect(found('2019-2023')).toEqual([]);
  });
});

describe('caller numbers as police reports print them', () => {
  it.each([
    ['诈骗来电号码：075513800138000', '075513800138000'],
    ['骗子号码为 1700123456', '1700123456'],
    ['来电显示 +86 0755 2345 678', '07552345678'],
  ])('%s is found and unlisted', (text, digits) => {
    const n = scanText(text).find((x) => x.digits === digits);
    expect(n, JSON.stringify(scanText(text))).toBeDefined();
    expect(n!.verdict).toBe('unlisted');
  });

  it('an 18-digit identity number or a bank card after 号码 is not a phone', () => {
    expect(found('身份证号码：110101199003077777')).toEqual([]);
    expect(found('银行卡号码：6222020200112233445')).toEqual([]);
  });
});
