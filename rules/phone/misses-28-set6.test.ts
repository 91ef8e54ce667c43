// #28, what the sixth held-out set showed besides claim reading: appliance brands' after-sales
// lines, 120, and 拼多多's merchant line. Phrasings written for these tests.
import { describe, expect, it } from 'vitest';
import { scanText } from './judge';

const found = (text: string) => scanText(text).map((n) => [n.digits, n.verdict]);

describe('appliance brands’ after-sales lines', () => {
  it('are 官方 as printed, even in a 4-4-3 grouping or with 官方唯一 before them', () => {
    expect(found('海尔售后的官方唯一客服电话：400-699-9999')).toEqual([['4006999999', 'official']]);
    expect(found('格力的400客服电话只有400-8365-315一个')).toEqual([['4008365315', 'official']]);
  });

  it('make another number given as the brand’s line suspicious, naming the real one', () => {
    const [n] = scanText('格力空调售后维修电话 400-1616-123');
    expect(n).toMatchObject({ digits: '4001616123', verdict: 'suspicious', claimedName: '格力空调' });
    expect(n!.officialRoute!.zh).toContain('400-836-5315');
  });

  it('keep a line only one repair site prints unconfirmed (美的 400-889-9315)', () => {
    expect(found('美的官方客服电话:400-889-9315')).toEqual([['4008899315', 'unconfirmed']]);
  });
});

describe('public and platform lines', () => {
  it('finds 120 named as the ambulance line, official, and not a count', () => {
    expect(found('身体不适请拨打120')).toEqual([['120', 'official']]);
    expect(found('记住“120”急救电话')).toEqual([['120', 'official']]);
    expect(found('共有120人参加')).toEqual([]);
  });

  it('keeps 拼多多’s merchant landline unconfirmed under a 拼多多 heading, not suspicious', () => {
    expect(found('二、拼多多官方客服联系渠道\n商家专线:021-5339-5088')).toEqual([
      ['02153395088', 'unconfirmed'],
    ]);
  });
});

describe('masked numbers', () => {
  it('reads no number from the head of a masked one, but reads Markdown bold', () => {
    expect(found('联系方式为400-1616-×××，服务电话也是 400-1616-***')).toEqual([]);
    expect(found('投诉电话为 **10086**,这是客服热线')).toEqual([['10086', 'official']]);
  });
});
