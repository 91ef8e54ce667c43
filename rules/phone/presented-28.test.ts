// #28, what the sixth held-out set showed: a number a page presents as a company's or body's line
// is read wherever the page says so, not only right before it. Phrasings written for these tests,
// none copied from a labelled page.
import { describe, expect, it } from 'vitest';
import { scanText } from './judge';

const one = (text: string) => {
  const numbers = scanText(text);
  expect(numbers).toHaveLength(1);
  return numbers[0]!;
};

describe('a number a page gives to a company whose lines are registered', () => {
  it('is suspicious in the clause before it, naming the registered line', () => {
    const n = one('中国银行客服电话是4001234567');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '中国银行' });
    expect(n.reasons[0]!.zh).toContain('「中国银行」');
    expect(n.officialRoute!.zh).toContain('95566');
  });

  it('is suspicious with the name in brackets after it, or in the cell before it', () => {
    expect(one('4001234567（顺丰客服）')).toMatchObject({ verdict: 'suspicious', claimedName: '顺丰' });
    expect(one('| 顺丰快递客服 | 400-111-2222 |')).toMatchObject({
      verdict: 'suspicious',
      claimedName: '顺丰',
    });
  });

  it('is suspicious when a quoted search names the line ("“美团客服电话”400…")', () => {
    const n = one('网上搜到的“美团客服电话”4009998888其实打不通');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '美团' });
    expect(n.officialRoute!.zh).toContain('10107888');
  });

  it('is suspicious when an SMS signed with the name gives it', () => {
    const n = one('收到一条署名“中国移动”的短信，称积分可以兑换，请拨打4001234567');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '中国移动' });
  });

  it('is suspicious as the object of a clause whose subject is the company’s line', () => {
    expect(one('目前,顺丰的客服热线已经统一改为4001118888。')).toMatchObject({
      verdict: 'suspicious',
      claimedName: '顺丰',
    });
    expect(one('抖音上的商家客服电话是4001112222').verdict).toBe('unlisted');
  });

  it('reads 工商银行 as the bank, not as 工商 (the market regulator’s old name)', () => {
    const n = one('工商银行客服电话 4001234567');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '工商银行' });
    expect(n.officialRoute!.zh).toContain('95588');
  });

  it('leaves a line of a part of the company with lines of its own unlisted', () => {
    expect(one('招商银行企业客服 400-888-1234').verdict).toBe('unlisted');
  });

  it('leaves a branch’s own landline unlisted', () => {
    expect(one('工商银行广州分行客服电话 020-83338080').verdict).toBe('unlisted');
  });

  it('leaves a number the page sends readers to for checking unlisted', () => {
    // 40066-95566 itself is 中行's registered card line since numbers6: an unregistered number here.
    expect(one('请拨打中国银行信用卡中心4006661234核实').verdict).toBe('unlisted');
  });
});

describe('a number a page gives to a company or body it has no registered line for', () => {
  it('is suspicious when the paragraph reports a scam, quoting the scam words', () => {
    const n = one('王先生在网上找到一家航空公司的客服电话4006668888,想改签机票。……后来他发现被骗走3万元。');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '航空公司' });
    expect(n.reasons[1]!.zh).toContain('「后来他发现被骗走」');
  });

  it('is suspicious when a bank SMS that police were told about gives it ("请与我行…联系")', () => {
    const n = one('派出所接到群众报警,称收到短信:“您的卡将扣年费,请与我行信用卡部联系:400-222-3333”');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '我行信用卡部' });
    expect(n.reasons[1]!.zh).toContain('报警');
  });

  it('is suspicious as a personal mobile that sent a company-signed SMS', () => {
    const numbers = scanText('发送“XX银联服务”短信的号码15011112222、15033334444都在外地');
    expect(numbers.map((n) => [n.digits, n.verdict, n.claimedName])).toEqual([
      ['15011112222', 'suspicious', 'XX银联服务'],
      ['15033334444', 'suspicious', 'XX银联服务'],
    ]);
  });

  it('is suspicious with scam phrasing in its clause or sentence, quoting it', () => {
    const n = one('骗子冒充抖音客服,用4001234567打来电话');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '抖音' });
    expect(n.reasons[1]!.zh).toContain('「冒充抖音客服」');
    const after = one('市民张女士接到13800001111打来的电话,对方称是圆通快递客服');
    expect(after).toMatchObject({ verdict: 'suspicious', claimedName: '圆通' });
    const landline = one('接到一个陌生电话（0755-88886666），对方称其是淘宝客服，说要退款。');
    expect(landline).toMatchObject({ verdict: 'suspicious', claimedName: '淘宝' });
  });

  it('quotes the company, not the words before it ("事主在百度上搜到携程")', () => {
    const n = one('事主在百度上搜到“携程客服电话”01053456789，拨打后被骗');
    expect(n).toMatchObject({ verdict: 'suspicious', claimedName: '携程' });
  });

  it('leaves an airline’s 95 line unlisted in an article about airline scams', () => {
    expect(one('东方航空的客服电话是95530，骗子会发假短信').verdict).toBe('unlisted');
  });

  it('stays unlisted without scam words ("网易客服热线", a tip against scams)', () => {
    expect(one('网易客服热线 95163，工作日可打').verdict).toBe('unlisted');
    expect(one('谨防诈骗。航空公司客服电话4006668888').verdict).toBe('unlisted');
  });

  it('stays unlisted for a shop’s or a person’s mobile with no company named', () => {
    expect(one('店主客服：13912345678，被骗请报警').verdict).toBe('unlisted');
  });
});
