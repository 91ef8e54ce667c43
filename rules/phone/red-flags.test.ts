import { describe, expect, it } from 'vitest';
import { BIG_INPUT } from '../../tests/support/time-limits';
import { findRedFlags } from './red-flags';

const reasons = (text: string) =>
  findRedFlags(text)
    .reasons.map((r) => r.zh)
    .join(' / ');

describe('findRedFlags: ordinary words alone never warn', () => {
  it.each([
    '支持花呗分期，免息 3 期',
    '钉钉群通知：周五发货',
    '获取验证码 登录后可用花呗付款',
    '花呗 钉钉 借呗',
    '快递丢失可申请理赔',
    '请添加客服微信',
    '取消会员后不再自动扣费',
    '',
  ])('%s', (text) => {
    const r = findRedFlags(text);
    expect(r.warn).toBe(false);
    expect(r.reasons).toEqual([]);
  });

  it('still reports the hits it saw', () => {
    expect(findRedFlags('支持花呗分期').hits).toEqual([
      { category: 'credit', phrase: '花呗', start: 2, end: 4 },
    ]);
  });
});

describe('findRedFlags: strong phrases warn alone', () => {
  it.each([
    ['请打开腾讯会议，点击共享屏幕', '共享屏幕'],
    ['开启屏幕共享', '屏幕共享'],
    ['请将资金转入安全账户', '安全账户'],
    ['把验证码发给我', '把验证码发给我'],
    ['告诉我验证码', '告诉我验证码'],
    ['您把短信验证码报给我就行', '把短信验证码报给我'],
    ['验证码是多少', '验证码是多少'],
  ])('%s', (text, phrase) => {
    const r = findRedFlags(text);
    expect(r.warn).toBe(true);
    expect(reasons(text)).toContain(`“${phrase}”`);
  });
});

describe('findRedFlags: combinations warn', () => {
  it('加微信 + 理赔', () => {
    const text = '您的快递丢失了，我们给您双倍赔付，请加我微信处理理赔';
    expect(findRedFlags(text).warn).toBe(true);
    expect(reasons(text)).toContain('“加我微信”（转到平台外联系）');
    expect(reasons(text)).toContain('“双倍赔付”（赔付诱饵）');
    expect(reasons(text)).toContain('真正的赔付只在原平台内进行');
  });

  it.each([
    '系统显示退款误入备用金，需要退还差价',
    '主动退款，请下载会议软件',
    '百万保障到期将自动扣费，请扫码添加客服',
    '请提供银行卡号，我们给您过敏召回退款',
    '加QQ 进理赔群领取双倍退款',
  ])('%s', (text) => {
    const r = findRedFlags(text);
    expect(r.warn).toBe(true);
    expect(r.reasons[0]!.zh).toMatch(/同时出现|看到/);
  });

  it('two categories without an action do not warn', () => {
    expect(findRedFlags('关闭会员，双倍赔偿').warn).toBe(false);
  });
});

describe('findRedFlags: hits', () => {
  it('keeps the longer phrase where two overlap', () => {
    const r = findRedFlags('短信验证码');
    expect(r.hits.map((h) => h.phrase)).toEqual(['短信验证码']);
  });

  it('gives offsets into the text', () => {
    const text = '请开启屏幕共享';
    const [hit] = findRedFlags(text).hits;
    expect(text.slice(hit!.start, hit!.end)).toBe('屏幕共享');
  });

  it('stays bounded on huge input', BIG_INPUT, () => {
    const r = findRedFlags('花呗理赔'.repeat(1_000_000));
    expect(r.hits.length).toBeLessThanOrEqual(500);
  });
});
