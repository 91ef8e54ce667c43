import { describe, expect, it } from 'vitest';
import { NUMBER_FACTS } from '../channels/number-facts';
import { attributionOf, nameAfter, nameBefore, PUBLIC_OWNERS } from './attribution';
import { scanText } from './judge';

/** Every high-confidence company number (public lines are cited with every name; see below). */
const companyNumbers = NUMBER_FACTS.numbers.filter(
  (n) => n.confidence === 'high' && !PUBLIC_OWNERS.has(n.owner),
);
const TEMPLATES = [
  (who: string, n: string) => `${who}官方客服热线是 ${n}`,
  (who: string, n: string) => `${who}客服电话：${n}`,
  (who: string, n: string) => `请拨打${who}的人工客服${n}`,
  (who: string, n: string) => `${n}（${who}客服）`,
  (who: string, n: string) => `${who}售后投诉电话 ${n} 24小时`,
];

describe('a registry number given to someone else is never 官方', () => {
  it.each([
    '拼多多',
    '唯品会',
    '抖音',
    '快手',
    '苏宁易购',
    '美团',
    '顺丰速运',
    '招商银行',
    '中国联通',
    '某某商城',
    '阿福优选',
  ])('%s', (who) => {
    let checked = 0;
    for (const fact of companyNumbers) {
      // A name that is the number's owner's own ("中国联通" for 10010) is the one exception.
      if (attributionOf(who, fact.owner) === null) continue;
      for (const template of TEMPLATES) {
        const text = template(who, fact.digits[0]!);
        const numbers = scanText(text);
        expect(numbers, text).toHaveLength(1);
        expect(numbers[0]!.verdict, text).not.toBe('official');
        checked++;
      }
    }
    // Every number but the name's own (招商银行 has two: 95555 and its credit-card line).
    const others = companyNumbers.filter((f) => attributionOf(who, f.owner) !== null).length;
    expect(others).toBeGreaterThanOrEqual(companyNumbers.length - 2);
    expect(checked).toBe(5 * others);
  });

  it('names the real owner: 95188 is Alipay’s, whoever the page says', () => {
    const [n] = scanText('唯品会官方客服热线是 95188');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '唯品会' });
    expect(n!.reasons[0]!.zh).toBe('页面把它写成「唯品会」的号码，但它登记的归属是支付宝客服热线');
  });

  it('a name it cannot place is not official and not called suspicious', () => {
    const [n] = scanText('闲鱼客服电话 9510211');
    expect(n).toMatchObject({ verdict: 'unconfirmed', claimedName: '闲鱼' });
    expect(n!.reasons[0]!.zh).toContain('不能当作「闲鱼」的官方号码');
  });
});

describe('still official when given to its owner or to no one', () => {
  it.each([
    '支付宝的客服电话是95188',
    '蚂蚁金服客服热线 95188',
    '请拨打客服热线95188',
    '遇到问题请拨打官方客服热线 95188',
    '平台客服热线 9510211',
    '中国联通客服 10010',
    '移动客服10086',
    '电话：95188',
    // Public lines keep their owner whoever is named before them.
    '唯品会投诉电话12315',
    '电信诈骗举报电话96110',
    '国家反诈中心 96110',
    'XX市消保委投诉电话12315',
  ])('%s', (text) => {
    expect(scanText(text).map((n) => n.verdict)).toEqual(['official']);
  });
});

describe('reading the name', () => {
  it.each([
    ['唯品会官方客服热线是 ', '唯品会'],
    ['请拨打唯品会的客服电话', '唯品会'],
    ['如有问题致电抖音客服：', '抖音'],
    ['遇到问题请拨打官方客服热线', null],
    ['电话：', null],
    ['联系电话 ', null],
    ['本店售后客服 ', null],
  ])('before: %s → %s', (clause, name) => {
    expect(nameBefore(clause)).toBe(name);
  });

  it('after: a label in brackets', () => {
    expect(nameAfter('（唯品会客服）')).toBe('唯品会');
    expect(nameAfter('，服务时间 9:00')).toBeNull();
  });
});
