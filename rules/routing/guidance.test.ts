// Evidence lists, call script, escalation plan and fraud guard.
import { describe, expect, it } from 'vitest';
import { hasChannel } from '../channels/registry';
import { SOURCES } from '../channels/sources';
import type { Order } from '../types';
import { evidenceFor } from './evidence';
import { escalationPlan } from './escalation';
import { FRAUD_GUARD } from './fraud-guard';
import { PROBLEM_LABELS, PROBLEMS } from './problems';
import { callQuestions, callScript } from './script';

const ORDER: Order = {
  orderId: '4864583305858004803',
  shopName: '某某旗舰店',
  shopType: 'tmall',
  items: [{ title: '某品牌 电动牙刷' }, { title: '刷头' }],
  amount: '126.80',
  createdAt: '2025-11-06 10:21:33',
};

describe('evidenceFor', () => {
  it('starts with the always-items and has no duplicates or unknown sources', () => {
    for (const problem of PROBLEMS) {
      for (const platform of ['tmall', 'taobao', 'weidian', undefined] as const) {
        const list = evidenceFor(problem, platform);
        expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
        for (const e of list) for (const s of e.sources) expect(SOURCES[s]).toBeDefined();
        if (problem !== 'suspicious-contact') expect(list[0]?.id).toBe('order-number');
      }
    }
  });

  it('lists situation items from the digest', () => {
    expect(evidenceFor('counterfeit').map((e) => e.id)).toEqual(
      expect.arrayContaining(['anti-fake-lookup', 'official-appraisal', 'side-by-side']),
    );
    expect(evidenceFor('selfop-damaged-missing').map((e) => e.id)).toEqual(
      expect.arrayContaining(['waybill-photo', 'unboxing-video']),
    );
    const weidian = evidenceFor('after-sales-refused', 'weidian');
    expect(weidian.find((e) => e.id === 'payment-voucher')).toBeDefined();
    expect(weidian.find((e) => e.id === 'unboxing-video')?.when?.zh).toBe('生鲜易腐商品');
    expect(evidenceFor('suspicious-contact').map((e) => e.id)).not.toContain('id-last4');
  });
});

describe('callScript', () => {
  it('opens with the order number, then the problem, order facts, what was tried and the demand', () => {
    const script = callScript({
      order: ORDER,
      problem: 'after-sales-refused',
      tried: '在线客服介入 3 天没有结果。',
    });
    expect(script.text.zh.startsWith('您好，我的订单号是 4864583305858004803。')).toBe(true);
    const zh = script.text.zh;
    const order = [
      '订单号',
      '问题是',
      '某品牌 电动牙刷',
      '某某旗舰店',
      '在线客服介入 3 天没有结果',
      '诉求是',
    ].map((p) => zh.indexOf(p));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(zh).toMatch(/等 2 件/);
    expect(zh).toMatch(/24 小时内安排检测，有问题立即换新/);
    expect(script.missing).toEqual([]);
    expect(script.demandIsDefault).toBe(true);
  });

  it('uses the Tmall authenticity demand for counterfeits on Tmall, and the shopper’s own demand when given', () => {
    expect(callScript({ order: ORDER, problem: 'counterfeit' }).demand.zh).toBe(
      '依据天猫正品保障规则，要求商家履行假一赔四承诺',
    );
    expect(callScript({ platform: 'taobao', problem: 'counterfeit' }).demand.zh).not.toMatch(/天猫/);
    const own = callScript({ order: ORDER, problem: 'counterfeit', demand: '全额退款' });
    expect(own.demand.zh).toBe('全额退款');
    expect(own.demandIsDefault).toBe(false);
  });

  it('leaves placeholders and lists what is missing without an order', () => {
    const script = callScript({ problem: 'lost-parcel' });
    expect(script.text.zh).toMatch(/【订单号】/);
    expect(script.missing.map((m) => m.zh)).toEqual(
      expect.arrayContaining(['订单号', '商品名称', '店铺名称']),
    );
  });

  it('cleans page text: no control or invisible characters, bounded length', () => {
    const order: Order = { ...ORDER, items: [{ title: `坏\u0000标题\u200b${'长'.repeat(200)}` }] };
    const zh = callScript({ order, problem: 'order-anomaly' }).text.zh;
    expect(zh.includes('\u0000') || zh.includes('\u200b')).toBe(false);
    expect(zh).toMatch(/坏 标题长+…/);
  });

  it('has the questions to ask and a problem-specific check before hanging up', () => {
    expect(callQuestions().map((q) => q.id)).toEqual([
      'case-number',
      'agent-id',
      'reply-time',
      'verify-fix',
      'save-call-log',
    ]);
    expect(callQuestions('account-security').find((q) => q.id === 'verify-fix')?.text.zh).toMatch(/登录/);
  });
});

describe('escalationPlan', () => {
  it('labels timed stages as the shopper’s own reminders', () => {
    for (const problem of PROBLEMS) {
      for (const platform of ['tmall', 'taobao', 'weidian', undefined] as const) {
        const plan = escalationPlan(problem, platform);
        expect(plan.disclaimer.zh).toMatch(/不是平台承诺/);
        for (const stage of plan.stages) {
          expect(hasChannel(stage.channelId)).toBe(true);
          if (stage.ownFollowUpAfterHours !== undefined)
            expect(stage.when.zh.startsWith('你自己的跟进提醒')).toBe(true);
        }
      }
    }
  });

  it('follows the seeds per platform', () => {
    const tmall = escalationPlan('counterfeit', 'tmall').stages.map((s) => s.id);
    expect(tmall).toEqual(['recall-24h', 'supervision-72h', 'past-promised', 'regulator']);
    expect(escalationPlan('counterfeit', 'taobao').stages.map((s) => s.id)).not.toContain('supervision-72h');
    expect(escalationPlan('after-sales-refused', 'weidian').stages.map((s) => s.id)).toEqual([
      'weidian-review',
      'regulator',
    ]);
    expect(escalationPlan('suspicious-contact', 'tmall').stages.map((s) => s.id)).toEqual(['police']);
  });
});

describe('FRAUD_GUARD and labels', () => {
  it('covers codes, cards, passwords, screen sharing and WeChat/QQ, with known sources', () => {
    const all = FRAUD_GUARD.map((r) => r.text.zh).join();
    for (const word of ['验证码', '银行卡', '支付密码', '共享屏幕', '微信', 'QQ'])
      expect(all).toContain(word);
    for (const rule of FRAUD_GUARD) for (const s of rule.sources) expect(SOURCES[s]).toBeDefined();
  });

  it('labels every problem in both languages', () => {
    for (const p of PROBLEMS) expect(PROBLEM_LABELS[p].zh && PROBLEM_LABELS[p].en).toBeTruthy();
  });
});
