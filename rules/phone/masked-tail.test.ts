// A number's hidden middle or a web address is not a line: "+86632**10086" is a caller whose
// number only ends like 中国移动's, and "10086.cn" is its website. Read as numbers, both came out
// 官方 — an impostor's masked number shown as an official line (eighth held-out set, first run).
// Phrasings written for these tests.
import { describe, expect, it } from 'vitest';
import { scanText } from './judge';

const found = (text: string) => scanText(text).map((n) => [n.digits, n.verdict]);

describe('digits that only look like an official line', () => {
  it('reads no number from the tail of a masked one', () => {
    expect(found('对方的号码和移动客服很像，是+86632**10086，这让她十分疑惑')).toEqual([]);
    expect(found('来电显示 0755-××10086')).toEqual([]);
  });

  it('reads no number from a web address', () => {
    expect(found('短信链接域名非10086.cn，兑换流程缺少二次确认')).toEqual([]);
    expect(found('举报平台：12321.cn')).toEqual([]);
  });

  it('still reads the line itself beside them, and Markdown bold', () => {
    expect(found('请拨打10086。官网 10086.cn')).toEqual([['10086', 'official']]);
    expect(found('投诉电话为 **10086**,这是客服热线')).toEqual([['10086', 'official']]);
  });
});
