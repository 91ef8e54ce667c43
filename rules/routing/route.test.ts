import { describe, expect, it } from 'vitest';
import { getChannel, hasChannel, isPhone } from '../channels/registry';
import type { Platform, ShopType } from '../types';
import { PROBLEMS } from './problems';
import { routeFor, type RouteStep } from './route';

const PLATFORMS: Array<Platform | undefined> = ['tmall', 'taobao', 'weidian', undefined];
const SHOP_TYPES: Array<ShopType | undefined> = [
  'tmall',
  'taobao',
  'weidian',
  'tmall-supermarket',
  'tmall-global-direct',
  'unknown',
  undefined,
];
const ALL = PLATFORMS.flatMap((platform) =>
  SHOP_TYPES.flatMap((shopType) => PROBLEMS.map((problem) => ({ platform, shopType, problem }))),
);
const KIND_ORDER = ['seller-chat', 'in-app', 'hotline', 'escalation', 'external'];

const ids = (steps: RouteStep[]) => steps.map((s) => s.channelId);
const ivrKeys = (step: RouteStep | undefined) => {
  const channel = getChannel(step?.channelId ?? '');
  return isPhone(channel) && step?.ivrIndex !== undefined
    ? channel.ivr?.[step.ivrIndex]?.keys.map((k) => k.key)
    : undefined;
};

describe('routeFor over every platform × shop type × problem', () => {
  it(`returns steps that exist, in order, for all ${ALL.length} combinations`, () => {
    for (const query of ALL) {
      const { steps } = routeFor(query);
      const label = JSON.stringify(query);
      expect(steps.length, label).toBeGreaterThan(0);
      for (const step of steps) {
        expect(hasChannel(step.channelId), `${label} → ${step.channelId}`).toBe(true);
        expect(step.sources.length, label).toBeGreaterThan(0);
        if (step.ivrIndex !== undefined) expect(ivrKeys(step), label).toBeDefined();
      }
      const ranks = steps.map((s) => KIND_ORDER.indexOf(s.kind));
      expect(ranks, label).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('never labels a medium or low channel official, nor calls it 官方', () => {
    for (const query of ALL) {
      for (const step of routeFor(query).steps) {
        const channel = getChannel(step.channelId);
        expect(step.official).toBe(channel.confidence === 'high');
        if (channel.confidence !== 'high') expect(step.title.zh).not.toMatch(/官方/);
        if (channel.kind === 'phone' && channel.confidence !== 'high')
          expect(step.detail.zh).toMatch(/未能确认/);
      }
    }
  });

  it('never routes a Weidian order to a Weidian phone number, nor to any hotline', () => {
    for (const query of ALL.filter((q) => q.platform === 'weidian' || q.shopType === 'weidian')) {
      for (const step of routeFor(query).steps) {
        const channel = getChannel(step.channelId);
        expect(channel.kind === 'phone' && channel.owner === 'weidian').toBe(false);
      }
    }
    const weidian = routeFor({ platform: 'weidian', shopType: 'weidian', problem: 'after-sales-refused' });
    expect(weidian.steps.some((s) => s.kind === 'hotline')).toBe(false);
    expect(ids(weidian.steps)).toEqual([
      'merchant-chat',
      'weidian-after-sales',
      'weidian-service',
      'cn-12315',
      'cn-12315-web',
    ]);
  });
});

describe('specific routes', () => {
  it('Tmall third-party after-sales: in-app first, then 9510211 with seed 000’s 2 → 3', () => {
    const { steps, undetermined } = routeFor({
      platform: 'tmall',
      shopType: 'tmall',
      problem: 'after-sales-refused',
    });
    const inApp = steps.findIndex((s) => s.channelId === 'taobao-order-after-sales');
    const hotline = steps.findIndex((s) => s.kind === 'hotline' && s.channelId === 'taobao-tmall-hotline');
    expect(inApp).toBeGreaterThanOrEqual(0);
    expect(inApp).toBeLessThan(hotline);
    expect(ivrKeys(steps[hotline])).toEqual(['2', '3']);
    expect(steps[hotline]?.ivrId).toBe('tmall-merchant-after-sales');
    expect(steps[hotline]?.sources).toContain('seed-000');
    expect(undetermined).toEqual([]);
  });

  it('Taobao after-sales uses seed 001’s 1 → 2 → 0', () => {
    const { steps } = routeFor({ platform: 'taobao', shopType: 'taobao', problem: 'after-sales-refused' });
    expect(ivrKeys(steps.find((s) => s.kind === 'hotline'))).toEqual(['1', '2', '0']);
  });

  it('天猫超市: 400-988-8898 as unconfirmed with a way to check, then 9510211', () => {
    const { steps } = routeFor({
      platform: 'tmall',
      shopType: 'tmall-supermarket',
      problem: 'selfop-damaged-missing',
    });
    const list = ids(steps);
    expect(list.indexOf('tmall-supermarket-hotline')).toBeLessThan(list.indexOf('taobao-tmall-hotline'));
    const selfOp = steps.find((s) => s.channelId === 'tmall-supermarket-hotline');
    expect(selfOp?.official).toBe(false);
    expect(selfOp?.detail.zh).toMatch(/关于淘宝 → 消费者客服热线/);
  });

  it('天猫国际自营: in-app, then 9510211, and no unconfirmed number', () => {
    const { steps, notes } = routeFor({
      platform: 'tmall',
      shopType: 'tmall-global-direct',
      problem: 'selfop-damaged-missing',
    });
    const list = ids(steps);
    expect(list.indexOf('tmall-global-after-sales')).toBeLessThan(list.indexOf('taobao-tmall-hotline'));
    expect(list).not.toContain('tmall-supermarket-hotline');
    expect(notes.map((n) => n.zh).join()).toMatch(/400-988-8898/);
  });

  it('unknown platform: the general route plus what could not be determined', () => {
    const { steps, undetermined } = routeFor({ problem: 'counterfeit' });
    expect(ids(steps)).toEqual(expect.arrayContaining(['taobao-order-after-sales', 'taobao-tmall-hotline']));
    expect(undetermined.length).toBeGreaterThan(0);
    expect(
      routeFor({ platform: 'taobao', shopType: 'unknown', problem: 'counterfeit' }).undetermined.length,
    ).toBe(1);
    expect(
      routeFor({ platform: 'weidian', shopType: 'tmall', problem: 'counterfeit' }).undetermined[0]?.zh,
    ).toMatch(/对不上/);
  });

  it('suspicious contact: check in the app, 96110, 110, report', () => {
    const { steps } = routeFor({ platform: 'taobao', problem: 'suspicious-contact' });
    expect(ids(steps)).toEqual(['taobao-app-hotline-check', 'cn-96110', 'cn-110', 'cn-12381', 'cn-12321']);
    expect(ids(routeFor({ platform: 'weidian', problem: 'suspicious-contact' }).steps)[0]).toBe(
      'weidian-app-service-check',
    );
  });

  it('account security: 9510211 with the account path (seed 001) and Alipay 95188', () => {
    const { steps } = routeFor({ platform: 'taobao', shopType: 'taobao', problem: 'account-security' });
    expect(ivrKeys(steps.find((s) => s.channelId === 'taobao-tmall-hotline'))).toEqual(['1', '3', '0']);
    expect(ids(steps)).toContain('alipay-hotline');
  });

  it('88VIP: 9510211 first, the unconfirmed 9510288 after it', () => {
    const list = ids(routeFor({ platform: 'tmall', shopType: 'tmall', problem: 'vip88' }).steps);
    expect(list.indexOf('taobao-tmall-hotline')).toBeLessThan(list.indexOf('vip88-hotline'));
    expect(routeFor({ platform: 'weidian', problem: 'vip88' }).undetermined[0]?.zh).toMatch(/88VIP/);
  });

  it('self-operated problem on a normal shop is flagged and routed as after-sales', () => {
    const { steps, undetermined } = routeFor({
      platform: 'tmall',
      shopType: 'tmall',
      problem: 'selfop-damaged-missing',
    });
    expect(undetermined[0]?.zh).toMatch(/不是天猫超市/);
    expect(ids(steps)).toContain('taobao-order-after-sales');
  });
});
