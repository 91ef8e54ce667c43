import { describe, expect, it } from 'vitest';
import { CHANNELS, phoneChannels } from '../channels/registry';
import type { PhoneChannel } from '../channels/types';
import { judgeNumber, scanText } from './judge';
import type { JudgedNumber } from './types';

const only = (text: string): JudgedNumber => {
  const all = scanText(text);
  expect(all).toHaveLength(1);
  return all[0]!;
};
const zh = (n: JudgedNumber) => n.reasons.map((r) => r.zh).join(' / ');

describe('judgeNumber: official', () => {
  it.each([
    ['淘宝/天猫消费者热线 9510211，服务时间 9:00-21:00', '淘宝/天猫消费者热线'],
    ['支付宝客服 95188', '支付宝客服热线'],
    ['From abroad call +86-571-95188.', '支付宝客服热线'],
    ['消费投诉请拨打 12315', '12315 消费者投诉举报热线（市场监管）'],
    ['反诈专线 0571-96110', '96110 反诈预警专线（公安）'],
    ['报警电话 110', '110 报警'],
    ['京东客服电话 950618', '京东客服'],
  ])('%s', (text, entity) => {
    const n = only(text);
    expect(n.verdict).toBe('official');
    expect(n.entity?.zh).toBe(entity);
    expect(zh(n)).toContain('已登记的官方号码');
  });

  it('a public number after a platform complaint is still the public number', () => {
    expect(only('淘宝投诉不处理，可以拨打12315').verdict).toBe('official');
    expect(only('淘宝投诉不处理，可以拨打12315').claimedBy).toBeUndefined();
  });
});

describe('judgeNumber: unconfirmed', () => {
  it.each([
    ['天猫超市售后 400-988-8898', '4009888898'],
    ['淘宝热线 0571-88158198', '057188158198'],
    ['天猫热线 4008 608 608', '4008608608'],
    ['88VIP 专线 9510288', '9510288'],
    ['菜鸟客服 951966', '951966'],
    ['拼多多客服 400-8822-528', '4008822528'],
  ])('%s', (text, digits) => {
    const n = only(text);
    expect(n).toMatchObject({ digits, verdict: 'unconfirmed' });
    expect(zh(n)).toContain('未能确认');
    expect(n.officialRoute?.zh).toBeTruthy();
  });

  it('gives the in-app check for Taobao records', () => {
    expect(only('天猫超市售后 400-988-8898').officialRoute?.zh).toBe(
      '淘宝 App → 我的淘宝 → 设置 → 关于淘宝 → 消费者客服热线',
    );
  });

  it('never shows a medium or low record as official, whatever the page says', () => {
    const weak = phoneChannels().filter((c: PhoneChannel) => c.confidence !== 'high');
    expect(weak.length).toBeGreaterThan(3);
    for (const c of weak) {
      for (const text of [c.number, `官方客服 ${c.number}`, `${c.entity.zh}：${c.number}`]) {
        const found = {
          text: c.number,
          start: 0,
          end: c.number.length,
          digits: c.digits,
          kind: 'unknown' as const,
        };
        expect(judgeNumber(found, text).verdict, text).not.toBe('official');
      }
    }
  });
});

describe('judgeNumber: unlisted and suspicious', () => {
  it('a number nobody claims is unlisted', () => {
    expect(only('400-680-8581\n欢迎访问：路由通')).toMatchObject({ verdict: 'unlisted' });
    expect(only('收件电话 13912345678')).toMatchObject({ verdict: 'unlisted' });
  });

  it('a shop’s own service line is unlisted, not suspicious', () => {
    expect(only('品牌服务热线 400-100-5679')).toMatchObject({ verdict: 'unlisted', claimedBy: '客服' });
  });

  it.each([
    ['淘宝客服电话：400-123-4567', 'taobao'],
    ['天猫官方客服电话：４００－６６８－２２１１', 'tmall'],
    ['微店官方客服 400-680-8581', 'weidian'],
    ['支付宝退款中心客服 138 0013 8000', 'alipay'],
    ['京东人工客服 400-606-5500', 'jd'],
    ['400-123-4567（淘宝人工客服）', 'taobao'],
  ])('a platform’s line that is not listed: %s', (text, claim) => {
    const n = only(text);
    expect(n).toMatchObject({ verdict: 'suspicious', claimedBy: claim });
    expect(n.entity).toBeUndefined();
    expect(n.officialRoute?.zh).toBeTruthy();
  });

  it('Taobao claims point to 9510211 and the in-app check', () => {
    expect(only('淘宝客服电话：400-123-4567').officialRoute?.zh).toBe(
      '淘宝/天猫消费者热线 9510211；或 淘宝 App → 我的淘宝 → 设置 → 关于淘宝 → 消费者客服热线',
    );
  });

  it('Weidian claims say Weidian publishes no number and give the in-app route', () => {
    const n = only('微店官方客服 400-680-8581');
    expect(zh(n)).toContain('微店没有公布客服电话号码');
    expect(n.officialRoute?.zh).toContain('微店 App → 订单 → 联系客服');
  });

  it.each([
    ['淘宝客服 95017', '微信支付客服', '淘宝'],
    ['联系淘宝客服热线(95188)', '支付宝客服热线', '淘宝'],
    ['微店官方客服 400-8822-528', '拼多多客服', '微店'],
    ['支付宝客服热线 9510211', '淘宝/天猫消费者热线', '支付宝'],
    ['淘宝客服电话：12315', '12315 消费者投诉举报热线（市场监管）', '淘宝'],
  ])('a listed number presented as someone else’s names its owner: %s', (text, owner, claimed) => {
    const n = only(text);
    expect(n.verdict).toBe('suspicious');
    expect(n.entity?.zh).toBe(owner);
    expect(zh(n)).toContain(`页面把它写成${claimed}的号码，但它登记的归属是${owner}`);
  });

  it('a compensation or complaint line nobody lists is suspicious', () => {
    expect(only('理赔专线 177-2213-8806')).toMatchObject({ verdict: 'suspicious', claimedBy: '客服' });
  });

  it('a list of numbers after one claim shares it', () => {
    const [a, b] = scanText('请联系淘宝理赔中心客服 0755-83365512 或 400-820-9153');
    expect(a).toMatchObject({ verdict: 'suspicious', claimedBy: 'taobao' });
    expect(b).toMatchObject({ verdict: 'suspicious', claimedBy: 'taobao' });
  });

  it('a claim stops at the next number and at the nearest platform word', () => {
    const [taobao, alipay] = scanText('淘宝官方热线只有9510211，还有支付宝是95188。');
    expect(taobao!.verdict).toBe('official');
    expect(alipay!.verdict).toBe('official');
  });

  it('works on a bare context without an offset', () => {
    const found = {
      text: '4001234567',
      start: 0,
      end: 10,
      digits: '4001234567',
      kind: 'service-400-800' as const,
    };
    expect(judgeNumber(found, '淘宝客服电话 4001234567').verdict).toBe('suspicious');
    expect(judgeNumber(found, '').verdict).toBe('unlisted');
  });
});

describe('wording', () => {
  const texts = [
    '淘宝客服电话：400-123-4567',
    '淘宝客服 95017',
    '微店官方客服 400-680-8581',
    '理赔专线 177-2213-8806',
    '天猫超市售后 400-988-8898',
    '9510211',
    '13800138000',
    '客服电话：4001-23456',
  ];
  it('never calls a number a scam', () => {
    for (const text of texts) {
      for (const n of scanText(text)) {
        for (const r of [...n.reasons, ...(n.officialRoute ? [n.officialRoute] : [])]) {
          expect(r.zh).not.toMatch(/诈骗|骗子|骗局/);
          expect(r.en).not.toMatch(/scam|fraud/i);
        }
      }
    }
  });

  it('has English for every reason', () => {
    for (const text of texts)
      for (const n of scanText(text)) for (const r of n.reasons) expect(r.en).toMatch(/\w/);
  });

  it('uses registry entities only', () => {
    const entities = new Set(CHANNELS.map((c) => c.entity.zh));
    for (const text of texts)
      for (const n of scanText(text)) if (n.entity) expect(entities.has(n.entity.zh)).toBe(true);
  });
});
