// #28, the misses left after the third held-out set and those the fourth one showed: lines printed
// slash-joined, the directory's 114, callers faking "area code + 110", "86-" without a plus, the
// ministry's 12300/12308 behind an area code, and more banks' 955xx lines.
import { describe, expect, it } from 'vitest';
import { scanText } from './judge';

const found = (text: string) => scanText(text).map((n) => [n.digits, n.verdict]);

describe('numbers the finder used to miss', () => {
  it('reads carrier lines joined by slashes, with words or lines across each slash', () => {
    expect(found('三大运营商客服专线:移动10086/联通10010/电信10000')).toEqual([
      ['10086', 'official'],
      ['10010', 'official'],
      ['10000', 'official'],
    ]);
    expect(found('发送特定格式短信至运营商服务号码(如10086/10010/10000)')).toHaveLength(3);
  });

  it('still skips a slash that is a ratio or a path', () => {
    expect(found('中奖概率只有1/10000，别信')).toEqual([]);
    expect(found('见 /api/v2/10000/items')).toEqual([]);
  });

  it('finds 114 only where it is called, like 110', () => {
    expect(found('可以通过114查询来电号码是否属实')).toEqual([['114', 'unlisted']]);
    expect(found('拨打114查号')).toEqual([['114', 'unlisted']]);
    expect(found('共有114人参加')).toEqual([]);
  });

  it('finds the 110 of a police notice in more of its phrasings', () => {
    expect(found('记者咨询了110指挥中心的民警。')).toEqual([['110', 'official']]);
    expect(found('民警表示,110给市民打电话,显示的是普通的固定电话号码。')).toEqual([['110', 'official']]);
  });

  it('reads "86-" before an area code as the country code', () => {
    expect(found('身在境外可以拨打86-755-84391000,支持全球漫游接入。')).toEqual([
      ['075584391000', 'unconfirmed'],
    ]);
  });
});

describe('"area code + 110" is a faked display', () => {
  it.each(['來電顯示為“0760-110”的電話,對方自稱中山警方', '如果接到0311110打来的电话,说你“摊上事儿了”'])(
    '%s',
    (text) => {
      const [n, ...rest] = scanText(text);
      expect(rest).toEqual([]);
      expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '110' });
      expect(n!.reasons[0]!.zh).toContain('公安机关的 110 不会用“区号+110”的号码打给你');
    },
  );

  it('a police line with an area code in front of a longer local number is a landline as before', () => {
    expect(found('中山市公安局用23188110及23188900这两个固定号码呼出')).toEqual([]);
  });
});

describe('more official lines', () => {
  it('knows the ministries’ 12300 and 12308, also behind an area code', () => {
    expect(found('工信部申诉热线12300')).toEqual([['12300', 'official']]);
    expect(found('領保熱線(24小時):+86-10-12308 或 +86-10-65612308')).toEqual([
      ['01012308', 'official'],
      ['01065612308', 'official'],
    ]);
  });

  it('knows more banks’ 955xx lines and 招行’s credit-card line', () => {
    expect(found('浦发银行(95528)、兴业银行(95561)、光大银行(95595)、民生银行(95568)')).toEqual([
      ['95528', 'official'],
      ['95561', 'official'],
      ['95595', 'official'],
      ['95568', 'official'],
    ]);
    expect(found('招商银行信用卡客服热线是400-820-5555')).toEqual([['4008205555', 'official']]);
  });

  it('a bank line given to another bank is not official', () => {
    expect(scanText('兴业银行客服电话：95528')[0]!.verdict).toBe('suspicious');
  });
});

describe('a heading in another node, as the content script sends it', () => {
  it('claims a service line under it for the company it names', () => {
    // lib/number-watch.ts sends an <h2>'s words as a "# …" line before the number's own text.
    const [n] = scanText('# 快手客服怎么联系\n客服热线：400-006-6666');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '快手' });
    expect(n!.reasons[0]!.zh).toBe(
      '页面在标题「快手客服怎么联系」下把它当作客服号码，但它不是「快手」登记的号码',
    );
    expect(scanText('客服热线：400-006-6666')[0]!.verdict).toBe('unlisted');
  });
});
