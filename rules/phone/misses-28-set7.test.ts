// What #28's seventh held-out set showed, in phrasings written for these tests (not copied from
// its pages): a guide's topic gives its listed lines to the company it is about; labels and list
// markers before a number; counts of points and dates are not numbers; a bare kind word is no company.
import { describe, expect, it } from 'vitest';
import { scanText } from './judge';

const found = (text: string) => scanText(text).map((n) => [n.digits, n.verdict]);

describe('a guide page’s topic', () => {
  const guide = (row: string) =>
    `【唯品会怎么联系人工客服】下面整理了几种办法。\n三、唯品会客服联系方式一览\n方式 | 说明 |\n${row}\n`;

  it('gives an unnamed service line in its table or list to the company it is about', () => {
    const [n] = scanText(guide('人工客服热线 | 拨打 400-777-1212 | 全天 |'));
    expect(n).toMatchObject({ digits: '4007771212', verdict: 'suspicious', claimedName: '唯品会' });
    expect(found(guide('- 会员客服热线：400-777-1212'))).toEqual([['4007771212', 'suspicious']]);
  });

  it('calls another company’s listed line suspicious there, naming whose it is', () => {
    const [n] = scanText(guide('它的主要服务热线是：95338。'));
    expect(n).toMatchObject({ digits: '95338', verdict: 'suspicious', claimedName: '唯品会' });
    expect(n!.entity!.zh).toContain('顺丰');
  });

  it('leaves a line its own row names, a public line and a mobile as they were', () => {
    expect(found(guide('顺丰速运客服 | 95338 |'))).toEqual([['95338', 'official']]);
    expect(found(guide('投诉热线 | 12315 |'))).toEqual([['12315', 'official']]);
    expect(found(guide('客服热线 | 13912345678 |'))).toEqual([['13912345678', 'unlisted']]);
    // No topic: the same row on a page that names no company.
    expect(found('方式 | 说明 |\n人工客服热线 | 拨打 400-777-1212 | 全天 |')).toEqual([
      ['4007771212', 'unlisted'],
    ]);
  });
});

describe('labels and words around a brand’s line', () => {
  it('reads a line label across list markers: every number on the line is the brand’s', () => {
    const text = '小米电视售后客服热线:(1)400-777-3434(点此咨询)(2)400-777-3434(点此咨询)';
    expect(found(text)).toEqual([
      ['4007773434', 'suspicious'],
      ['4007773434', 'suspicious'],
    ]);
  });

  it('keeps 华为’s 为 in its name', () => {
    expect(scanText('华为售后热线 400-777-5656')[0]).toMatchObject({
      verdict: 'suspicious',
      claimedName: '华为',
    });
  });

  it('reads "…与投诉的核心客服热线" as no one’s name: a listed line stays 官方', () => {
    expect(found('为用户提供咨询与投诉的核心客服热线是10107888。')).toEqual([['10107888', 'official']]);
  });

  it('takes a bare 银行 or 快递 as the company of that kind, not as another one', () => {
    expect(found('银行客服95533发来短信')).toEqual([['95533', 'official']]);
    expect(found('快递客服95338打来电话')).toEqual([['95338', 'official']]);
    expect(found('快递客服95588打来电话')).toEqual([['95588', 'suspicious']]);
  });
});

describe('digits that are not numbers', () => {
  it('a count of points, even when it is a carrier’s line; the carrier’s points SMS is its line', () => {
    expect(found('账户已满10000积分，可兑换现金')).toEqual([]);
    expect(found('您的賬戶已滿10000積分')).toEqual([]);
    expect(found('共有88888积分')).toEqual([]);
    expect(found('收到一条10086积分兑换的短信')).toEqual([['10086', 'official']]);
  });

  it('a date followed by a digit', () => {
    expect(found('客服电话：2026-01-22 1')).toEqual([]);
    expect(found('客服电话：2026-1-22 3')).toEqual([]);
  });
});

describe('impostors’ numbers in reports', () => {
  it('an area code before a bank’s line, from a caller who said he was the bank: suspicious, quoted', () => {
    const [n] = scanText('市民接到一个“0571-95588”的电话,对方自称是工商银行客服,要给他提额。');
    expect(n).toMatchObject({ digits: '057195588', verdict: 'suspicious' });
    expect(n!.reasons[0]!.zh).toContain('自称是工商银行');
    // Without the caller's claim it stays unconfirmed, as before.
    expect(found('工商银行客服0571-95588')).toEqual([['057195588', 'unconfirmed']]);
  });

  it('reads a page whose converter glossed its characters with pinyin', () => {
    const [n] = scanText('唯品(pǐn)會客服熱(rè)線(xiàn):400-777-1212');
    expect(n).toMatchObject({ digits: '4007771212', verdict: 'suspicious', claimedName: '唯品会' });
  });
});

describe('Taiwan landlines', () => {
  it('are found with their two-digit code, in brackets or before a dash, and are unlisted', () => {
    expect(found('請洽客服專線(04)2345678,週一至週五')).toEqual([['042345678', 'unlisted']]);
    expect(found('請撥客服專線 05-234-5678 立案')).toEqual([['052345678', 'unlisted']]);
    expect(found('消保專線:(02)2345-6789。')).toEqual([['0223456789', 'unlisted']]);
  });

  it('leave mainland numbers, scores and dates as they were', () => {
    expect(found('客服电话：0371-5678901')).toEqual([['03715678901', 'unlisted']]);
    expect(found('比分03-12,日期2026-03-15')).toEqual([]);
  });
});
