// #28: claims read where pages put them (after the number, in a table row, in scam-report
// phrasing, naming a public body), and the misses the issue lists.
import { describe, expect, it } from 'vitest';
import { scanText } from './judge';

const one = (text: string) => {
  const found = scanText(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe('claims wherever pages put them', () => {
  it('reads a police report: the caller’s number, then whom the caller claimed to be', () => {
    const n = one('接到电话01066279113,对方自称京东客服人员,以关闭退款渠道为由');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '京东' });
    expect(n.reasons[0]!.zh).toContain('「自称京东客服人员」');
  });

  it('reads the claim before a caller’s number with an odd international prefix', () => {
    const n = one('王女士接到一个自称“顺丰快递”的电话,显示号码为“+1778238410509”,接听后');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '顺丰快递' });
  });

  it('reads the cell before a number in a table row', () => {
    expect(one('官方客服电话 | 400-006-6666(人工服务时间) | 否 |').verdict).toBe('suspicious');
  });

  it('calls a 400 number given to a public body suspicious, naming the body', () => {
    const n = one('具體事項請撥打稅務機關服務熱線4006310081了解。');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '税务' });
  });

  it('keeps a listed line official when a page says scammers spoof it', () => {
    const found = scanText('冒充10086、95533等官方服务号,以积分兑换现金为名发送木马链接');
    expect(found.map((n) => [n.digits, n.verdict])).toEqual([
      ['10086', 'official'],
      ['95533', 'official'],
    ]);
  });

  it('does not read words glued after a number as a company’s name', () => {
    expect(one('中国移动用户可通过10086发送短信或拨打客服电话举报').verdict).toBe('official');
    expect(one('目前顺丰在95338全国免费咨询热线、微信公众号').verdict).toBe('official');
  });

  it('leaves a number with no claim or scam phrase unlisted', () => {
    expect(one('稿件发布与内容纠错:18309209791').verdict).toBe('unlisted');
  });
});

describe('the misses #28 lists', () => {
  it('finds a carrier’s spam-report line that extends its short number', () => {
    expect(one('转发“垃圾短信”到10086999,转发或编辑时').verdict).toBe('official');
  });

  it('finds a carrier’s short number followed by 号, not a house number', () => {
    expect(one('请拨打10086号咨询').verdict).toBe('official');
    expect(scanText('住在10086号楼')).toEqual([]);
  });

  it('finds the postal regulator’s complaint line', () => {
    expect(one('可以向国家邮政局12305热线进一步投诉').verdict).toBe('official');
  });

  it('reads 110 named as the police call centre', () => {
    expect(one('记者从110获悉,最近一周').digits).toBe('110');
  });
});

describe('reasons quote the page', () => {
  it('quotes a platform claim’s own words', () => {
    expect(one('淘宝官方理赔专线：4001234567').reasons[0]!.zh).toContain('「淘宝官方理赔专线」');
  });

  it('reads an official-line claim right after the number', () => {
    const n = one('400-626-8888是唯一官方客服热线,提供真人专线服务');
    expect(n.verdict).toBe('suspicious');
    expect(n.reasons[0]!.zh).toContain('「唯一官方客服热线」');
  });

  it('names a caller who claims a trade, not a company, no company', () => {
    expect(one('梁先生接到“00852521896”来电,对方自称贷款客服,称').verdict).toBe('unlisted');
  });
});

describe('a heading above', () => {
  it('presents a 400 service line under it as the company’s', () => {
    const n = one('【快手客服怎么联系2020】\n一、联系方式\n客服热线：400-123-4567（9:00-24:00）');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '快手' });
    expect(n.reasons[0]!.zh).toContain('「【快手客服怎么联系2020】」');
  });

  it('leaves a shop’s mobile near 客服 under a platform heading unlisted', () => {
    expect(one('淘宝店铺客服联系方式\n店主客服：13912345678').verdict).toBe('unlisted');
  });

  it('takes no company from words like 电信诈骗', () => {
    expect(one('警惕电信诈骗，客服电话要核实\n客服热线：400-123-4567').verdict).toBe('unlisted');
  });
});

describe('what stays as it was', () => {
  it('gives a listed line in a row of searches to no one', () => {
    expect(one('相关搜索: 淘宝人工客服 | 12315投诉平台官网 | 淘宝投诉电话').verdict).toBe('official');
  });

  it('takes no heading from a chat line naming the shop', () => {
    const text = '[店铺] 小米官方旗舰店 客服 小爱 2025-11-07 14:40\n售后电话：400-100-5679';
    expect(one(text).verdict).toBe('unlisted');
  });
});
