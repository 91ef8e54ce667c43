// #28, what the fifth held-out set showed: a company's short line behind an area code, numbers a
// page presents as a platform's that are not its line, a registered line shown by an impostor,
// and lines the finder or the registry did not know.
import { describe, expect, it } from 'vitest';
import { scanText } from './judge';

const found = (text: string) => scanText(text).map((n) => [n.digits, n.verdict]);

describe('a short line behind an area code', () => {
  it('is never 官方 for a company: no source documents "0311 95533"', () => {
    const [n] = scanText('0311是石家庄的区号,031195533来电频繁是怎么回事');
    expect(n).toMatchObject({ digits: '031195533', verdict: 'unconfirmed' });
    expect(n!.reasons[0]!.zh).toContain('这是区号加 95533');
  });

  it('stays official for the public lines dialled that way (属地区号+96110, 010-12321)', () => {
    expect(found('请接听025-96110的来电')).toEqual([['02596110', 'official']]);
    expect(found('举报电话010-12321')).toEqual([['01012321', 'official']]);
    expect(found('支付宝境外拨打+86-571-95188')).toEqual([['057195188', 'official']]);
  });
});

describe('a number presented as a platform’s line, or as one scam calls use', () => {
  it('a short number under a heading naming 淘宝’s help channels is suspicious, routed to 9510211', () => {
    const [n] = scanText('五、淘宝官方帮助渠道\n客服电话:95105\n微信公众号:淘宝客服');
    expect(n).toMatchObject({ digits: '95105', verdict: 'suspicious', claimedName: '淘宝' });
    expect(n!.reasons[0]!.zh).toContain('「五、淘宝官方帮助渠道」');
    expect(n!.officialRoute!.zh).toContain('9510211');
  });

  it('numbers a page gives as examples of what scam calls use are suspicious, quoting it', () => {
    const numbers = scanText('诈骗电话通常会使用与官方号码类似的号码,例如:95189、95288 等。');
    expect(numbers.map((n) => [n.digits, n.verdict])).toEqual([
      ['95189', 'suspicious'],
      ['95288', 'suspicious'],
    ]);
    expect(numbers[1]!.reasons[0]!.zh).toContain('「诈骗电话通常会使用与官方号码类似的号码」');
  });

  it('an unlisted number with no scam words before it stays unlisted', () => {
    expect(found('遇到诈骗电话可以拨打95105咨询')).toEqual([['95105', 'unlisted']]);
    expect(found('客服电话:95105')).toEqual([['95105', 'unlisted']]);
  });
});

describe('a registered line shown by an impostor', () => {
  it('is still the company’s official line, with a warning that displays can be faked', () => {
    const text = '稱接聽到來電顯示為+864006700700的電話,對方自稱“微信客服”,并告知用戶其微信賬號存在違規行為';
    const [n] = scanText(text);
    expect(n).toMatchObject({ digits: '4006700700', verdict: 'official' });
    expect(n!.reasons.at(-1)!.zh).toContain('来电显示可以伪造');
    expect(scanText('微信客服热线4006700700')[0]!.reasons).toHaveLength(1);
  });
});

describe('lines the registry did not know', () => {
  it('美团 10107888 is official (two agreeing pages)', () => {
    expect(found('美团客服热线:10107888(24小时服务)')).toEqual([['10107888', 'official']]);
  });

  it('finds 10085, 10000999 and 广发 95508, each from one page only: unconfirmed, never 官方', () => {
    expect(found('用户常混淆10086与10085的功能')).toEqual([
      ['10086', 'official'],
      ['10085', 'unconfirmed'],
    ]);
    expect(found('中国电信转发至“10000999”')).toEqual([['10000999', 'unconfirmed']]);
    expect(found('95508是广发银行的信用卡客服专线')).toEqual([['95508', 'unconfirmed']]);
    expect(found('95580是中国邮政储蓄银行的客服电话')).toEqual([['95580', 'unconfirmed']]);
  });
});

describe('two short lines joined by 和 or a slash', () => {
  it('are never read as one number', () => {
    expect(found('中国移动的客服热线是1860和1861')).toEqual([]);
    expect(found('中国移动将1860/1861全面升级为10086')).toEqual([['10086', 'official']]);
  });
});

describe('110 in reprints that gloss characters with pinyin', () => {
  it('is found where the words after it say it is called', () => {
    expect(found('當(dāng)事人最好先撥打公安機(jī)關(guān)的110報(bào)警電話。')).toEqual([
      ['110', 'official'],
    ]);
    expect(found('96110是專門的預(yù)警勸阻咨詢電話,而110是報(bào)警電話')).toEqual([
      ['96110', 'official'],
      ['110', 'official'],
    ]);
    expect(found('共有110(rén)参加')).toEqual([]);
  });
});

describe('a bank line behind a junk prefix, where a page says scammers disguise numbers so', () => {
  it('is found and suspicious; the bank’s own line beside it stays official', () => {
    expect(found('一是偽裝成00095588、40095588、+8695588、地區號95588等類似工行95588的電話號碼')).toEqual([
      ['00095588', 'suspicious'],
      ['40095588', 'suspicious'],
      ['95588', 'official'],
      ['95588', 'official'],
      ['95588', 'official'],
    ]);
    expect(found('订单00095588已发货')).toEqual([]);
  });
});
