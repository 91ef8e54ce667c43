import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  findByDigits,
  getChannel,
  isPhone,
  mayShowAsOfficial,
  phoneChannels,
  phoneKey,
} from './registry';
import { SOURCES } from './sources';
import type { Channel } from './types';

const byId = (id: string) => getChannel(id);

describe('channel registry data', () => {
  it('has no duplicate ids', () => {
    const ids = CHANNELS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no duplicate digits across records, aliases included', () => {
    const keys = phoneChannels().flatMap((c) =>
      [c.digits, ...(c.aliases ?? []).map((a) => a.digits)].map(phoneKey),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every record, hours claim and IVR path at least one known source', () => {
    const cited = (c: Channel) => [
      c.sources,
      ...c.hours.map((h) => h.sources),
      ...(isPhone(c) ? (c.ivr ?? []).map((p) => p.sources) : []),
    ];
    for (const c of CHANNELS) {
      for (const list of cited(c)) {
        expect(list.length, c.id).toBeGreaterThan(0);
        for (const s of list) expect(SOURCES[s], `${c.id} cites ${s}`).toBeDefined();
      }
    }
  });

  it('stores digits that match the printed number (aliases too)', () => {
    for (const c of phoneChannels()) {
      expect(c.digits, c.id).toBe(c.number.replace(/\D/g, ''));
      for (const a of c.aliases ?? [])
        expect(a.digits, a.number).toBe(a.number.replace(/^\+86/, '0').replace(/\D/g, ''));
    }
  });

  it('shows only high-confidence records as official', () => {
    for (const c of CHANNELS) expect(mayShowAsOfficial(c), c.id).toBe(c.confidence === 'high');
    expect(mayShowAsOfficial(byId('tmall-supermarket-hotline'))).toBe(false);
    expect(mayShowAsOfficial(byId('vip88-hotline'))).toBe(false);
    expect(mayShowAsOfficial(byId('taobao-tmall-hotline'))).toBe(true);
  });

  it('gives every in-app record a route', () => {
    const inApp = CHANNELS.filter((c) => c.kind === 'in-app');
    expect(inApp.length).toBeGreaterThan(5);
    for (const c of inApp) expect(c.kind === 'in-app' && c.route.length, c.id).toBeGreaterThan(0);
  });

  it('gives unconfirmed Taobao/Tmall/Alipay numbers an in-app way to confirm them', () => {
    const platformOwners = new Set(['alibaba-taobao', 'alipay', 'weidian']);
    for (const c of phoneChannels().filter((p) => platformOwners.has(p.owner))) {
      if (c.confidence === 'high' && c.confirmRouteId === undefined) continue;
      expect(c.confirmRouteId, c.id).toBeDefined();
      expect(byId(c.confirmRouteId ?? '').kind, c.id).toBe('in-app');
    }
  });

  it('keeps every documented 9510211 hours value with its source', () => {
    const hotline = byId('taobao-tmall-hotline');
    const claims = hotline.hours.map((h) => ({ windows: h.windows, season: h.season, sources: h.sources }));
    expect(claims).toEqual(
      expect.arrayContaining([
        {
          windows: [{ start: '09:00', end: '21:00' }],
          season: undefined,
          sources: ['seed-001', 'research-channels'],
        },
        { windows: [{ start: '09:00', end: '22:00' }], season: 'big-sale', sources: ['seed-001'] },
        { windows: [{ start: '08:00', end: '23:00' }], season: undefined, sources: ['seed-000'] },
        { windows: [{ start: '07:00', end: '01:00' }], season: undefined, sources: ['research-channels'] },
      ]),
    );
    expect(hotline.hoursConfidence).toBe('low');
  });

  it('keeps both seeds’ IVR paths for 9510211', () => {
    const hotline = byId('taobao-tmall-hotline');
    const paths = isPhone(hotline) ? (hotline.ivr ?? []) : [];
    const keys = (id: string) => paths.find((p) => p.id === id)?.keys.map((k) => k.key);
    expect(keys('tmall-merchant-after-sales')).toEqual(['2', '3']);
    expect(keys('consumer-after-sales')).toEqual(['1', '2', '0']);
    expect(keys('consumer-account-security')).toEqual(['1', '3', '0']);
  });

  it('publishes no Weidian phone number and none of the guide sites’ own numbers', () => {
    expect(phoneChannels().filter((c) => c.owner === 'weidian')).toEqual([]);
    expect(findByDigits('4006808581')).toEqual([]);
  });

  // 2026-11-22: checked against the shared docs; 2026-12-07: the #28 lines (data/company-lines).
  it('marks every record with the day it was checked against its sources', () => {
    for (const c of CHANNELS) expect(['2026-11-22', '2026-12-07'], c.id).toContain(c.lastChecked);
  });
});

describe('lookups', () => {
  it('getChannel throws a clear error for an unknown id', () => {
    expect(() => getChannel('no-such-channel')).toThrow(/Unknown channel id "no-such-channel"/);
  });

  it('findByDigits finds numbers in their printed forms', () => {
    const ids = (d: string) => findByDigits(d).map((c) => c.id);
    expect(ids('9510211')).toEqual(['taobao-tmall-hotline']);
    expect(ids('4008 608 608')).toEqual(['tmall-legacy-hotline']);
    expect(ids('057188158198')).toEqual(['taobao-legacy-hotline']);
    expect(ids('57188158198')).toEqual(['taobao-legacy-hotline']);
    expect(ids('+86-571-95188')).toEqual(['alipay-hotline']);
    expect(ids('57195188')).toEqual(['alipay-hotline']);
    expect(ids('95188')).toEqual(['alipay-hotline']);
    expect(ids('950618')).toEqual(['jd-hotline']);
    expect(ids('010-12321')).toEqual(['cn-12321']);
    expect(ids('')).toEqual([]);
    expect(ids('12344')).toEqual([]);
  });

  it('names the real owner of other companies’ numbers', () => {
    expect(findByDigits('95187')[0]?.owner).toBe('alibaba-cloud');
    expect(findByDigits('4008822528')[0]?.owner).toBe('pinduoduo');
    expect(findByDigits('10086')[0]?.owner).toBe('china-mobile');
  });
});
