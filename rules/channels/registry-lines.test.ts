// The #28 lines as data: every company the issue names has its line, each line says what it is
// for, where it comes from and how sure that is, and only a line a stored page confirms is 官方.
import { describe, expect, it } from 'vitest';
import {
  APPLIANCE_LINES,
  BANK_LINES,
  CARRIER_REPORT_LINES,
  COURIER_LINES,
  PLATFORM_LINES,
  PUBLIC_COMPLAINT_LINES,
} from './data/company-lines';
import { findByDigits, mayShowAsOfficial, phoneChannels } from './registry';
import { SOURCES } from './sources';

const LINES = [
  ...PLATFORM_LINES,
  ...COURIER_LINES,
  ...BANK_LINES,
  ...APPLIANCE_LINES,
  ...CARRIER_REPORT_LINES,
  ...PUBLIC_COMPLAINT_LINES,
];
const ownerOf = (digits: string) => findByDigits(digits).map((c) => c.owner);

describe('#28 company lines', () => {
  it('knows a line of every company the issue names', () => {
    const owners = new Set(phoneChannels().map((c) => c.owner));
    for (const owner of [
      'douyin',
      'pinduoduo',
      'jd',
      'vipshop',
      'meituan',
      'suning',
      'cainiao',
      'sf-express',
      'zto',
      'yto',
      'yunda',
      'sto',
      'china-post',
      'jd-logistics',
      'china-mobile',
      'china-unicom',
      'china-telecom',
      'icbc',
      'ccb',
      'abc',
      'boc',
      'bocom',
      'spb',
    ] as const) {
      expect(owners, owner).toContain(owner);
    }
  });

  it('says what each line is for, when it was checked and where it comes from', () => {
    for (const c of LINES) {
      expect(c.line, c.id).toMatch(/^(customer-service|complaint|anti-fraud|report)$/);
      expect(c.lastChecked, c.id).toBe('2026-12-07');
      for (const s of c.sources) expect(Object.hasOwn(SOURCES, s), `${c.id}: ${s}`).toBe(true);
    }
  });

  it('shows a line as official only when a stored page confirms it', () => {
    for (const c of LINES) {
      const unsourced = c.sources.includes('lines-unsourced');
      expect(mayShowAsOfficial(c) && unsourced, c.id).toBe(false);
      if (unsourced) expect(c.confidence, c.id).toBe('medium');
    }
  });

  it('finds each line by its printed digits and names its owner', () => {
    expect(ownerOf('95152')).toEqual(['douyin']);
    expect(ownerOf('95338')).toEqual(['sf-express']);
    expect(ownerOf('11183')).toEqual(['china-post']);
    expect(ownerOf('400-66-95588')).toEqual(['icbc']);
    expect(ownerOf('95533')).toEqual(['ccb']);
    expect(ownerOf('10086999')).toEqual(['china-mobile']);
    expect(ownerOf('12305')).toEqual(['spb']);
    expect(ownerOf('400-6789-888')).toEqual(['vipshop']);
    // Added after the fourth held-out set (#28).
    expect(ownerOf('10109777')).toEqual(['meituan']);
    expect(ownerOf('400-820-5555')).toEqual(['cmb']);
    expect(ownerOf('+86-755-84391000')).toEqual(['cmb']);
    expect(ownerOf('95528')).toEqual(['spdb']);
    expect(ownerOf('95561')).toEqual(['cib']);
    expect(ownerOf('95595')).toEqual(['ceb']);
    expect(ownerOf('95568')).toEqual(['cmbc']);
    expect(ownerOf('12300')).toEqual(['miit']);
    expect(ownerOf('12308')).toEqual(['mfa']);
    expect(ownerOf('+86-10-65612308')).toEqual(['mfa']);
  });

  it('keeps lines only content sites print as unconfirmed', () => {
    const byId = new Map(LINES.map((c) => [c.id, c]));
    // 美团外卖 and 招行's number for callers abroad: one content page each, no company page.
    expect(byId.get('meituan-waimai-hotline')?.confidence).toBe('medium');
    expect(byId.get('cmb-credit-card-abroad')?.confidence).toBe('medium');
  });
});

describe('#28 lines added after the sixth held-out set', () => {
  const byId = new Map(phoneChannels().map((c) => [c.id, c]));

  it('knows the appliance brands’ after-sales lines, 120 and 拼多多’s merchant line', () => {
    expect(ownerOf('400-699-9999')).toEqual(['haier']);
    expect(ownerOf('400-8365-315')).toEqual(['gree']);
    expect(ownerOf('400-889-9315')).toEqual(['midea']);
    expect(ownerOf('120')).toEqual(['emergency-120']);
    expect(ownerOf('021-5339-5088')).toEqual(['pinduoduo']);
  });

  it('is high only with two agreeing pages or a public body’s own page', () => {
    for (const id of ['haier-hotline', 'gree-hotline']) {
      const c = byId.get(id)!;
      expect(c.confidence, id).toBe('high');
      // One record cites both pages: the content page and the news report quoting the company.
      const reliability = SOURCES[c.sources[0]!].reliability.zh;
      expect(reliability, id).toMatch(/另一篇新闻/);
    }
    const ambulance = byId.get('cn-120')!;
    expect(ambulance.confidence).toBe('high');
    expect(SOURCES[ambulance.sources[0]!].ref).toMatch(/\.gov\.cn\//);
  });

  it('keeps one-page and content-site-only lines unconfirmed, never 官方', () => {
    for (const id of ['midea-hotline', 'pdd-merchant-landline']) {
      expect(byId.get(id)!.confidence, id).toBe('medium');
      expect(mayShowAsOfficial(byId.get(id)!), id).toBe(false);
    }
  });
});

describe('#28 lines added after the seventh held-out set', () => {
  const byId = new Map(phoneChannels().map((c) => [c.id, c]));

  it('knows 小米, 华为, 中国银联, 中通 and 中国邮政’s 11185', () => {
    expect(ownerOf('400-100-5678')).toEqual(['xiaomi']);
    expect(ownerOf('950800')).toEqual(['huawei']);
    expect(ownerOf('95516')).toEqual(['unionpay']);
    expect(ownerOf('95311')).toEqual(['zto']);
    expect(ownerOf('11185')).toEqual(['china-post']);
  });

  it('is high only with two agreeing pages or the bank’s own notice', () => {
    for (const id of ['xiaomi-hotline', 'huawei-hotline', 'zto-hotline']) {
      const c = byId.get(id)!;
      expect(c.confidence, id).toBe('high');
      expect(SOURCES[c.sources[0]!].reliability.zh, id).toMatch(/另一篇/);
    }
    const unionpay = byId.get('unionpay-hotline')!;
    expect(unionpay.confidence).toBe('high');
    expect(SOURCES[unionpay.sources[0]!].ref).toMatch(/ccb\.com\//);
  });

  it('keeps one-page couriers unconfirmed, never 官方', () => {
    // 950616 also stays medium: web-2026-12 labels it suspicious where a page gives it to 京东's firms.
    for (const id of [
      'china-post-hotline',
      'yto-hotline',
      'sto-hotline',
      'yunda-hotline',
      'jd-logistics-hotline',
    ]) {
      expect(byId.get(id)!.confidence, id).toBe('medium');
      expect(mayShowAsOfficial(byId.get(id)!), id).toBe(false);
    }
  });
});

describe('#28 lines added after the eighth held-out set', () => {
  const byId = new Map(phoneChannels().map((c) => [c.id, c]));

  it('knows 中国银行’s credit-card lines, from the bank’s own page', () => {
    expect(ownerOf('40066-95566')).toEqual(['boc']);
    expect(ownerOf('+86-10-66085566')).toEqual(['boc']);
    for (const id of ['boc-credit-card-hotline', 'boc-credit-card-abroad']) {
      const c = byId.get(id)!;
      expect(SOURCES[c.sources[0]!].ref, id).toMatch(/^https:\/\/www\.boc\.cn\//);
      // Unconfirmed until the lead relabels the fifth held-out set (its label says unconfirmed).
      expect(mayShowAsOfficial(c), id).toBe(false);
    }
  });

  it('knows 美团点评’s 1010 line from a reprint of its notice, unconfirmed', () => {
    expect(ownerOf('10105557')).toEqual(['meituan']);
    const c = byId.get('meituan-dianping-hotline')!;
    expect(c.sources).toEqual(['web-dianping-10105557']);
    expect(mayShowAsOfficial(c)).toBe(false);
  });
});
