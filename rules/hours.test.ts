import { describe, expect, it } from 'vitest';
import { getChannel } from './channels/registry';
import type { Channel } from './channels/types';
import { bestTimeToCall, openStatus, shanghaiClock, sharedWindow } from './hours';

/** A Date for a Shanghai wall-clock time, built from UTC so the machine's zone never matters. */
const sh = (y: number, mo: number, d: number, h: number, mi = 0) =>
  new Date(Date.UTC(y, mo - 1, d, h - 8, mi));

const hotline = getChannel('taobao-tmall-hotline');
const lateLine: Channel = {
  ...getChannel('vip88-hotline'),
  id: 'test-late-line',
  hours: [
    {
      text: { zh: '7:00-次日1:00', en: '7:00-1:00' },
      windows: [{ start: '07:00', end: '01:00' }],
      sources: ['research-channels'],
    },
  ],
};

describe('shanghaiClock', () => {
  it('reads Shanghai wall time from UTC ms (UTC+8, no DST)', () => {
    // 2026-11-22 16:30 UTC is 2026-11-23 00:30 in Shanghai, a Monday.
    const clock = shanghaiClock(new Date(Date.UTC(2026, 10, 22, 16, 30)));
    expect(clock).toMatchObject({ year: 2026, month: 11, day: 23, weekday: 1, hhmm: '00:30' });
    expect(clock?.dayStart).toBe(Date.UTC(2026, 10, 22, 16, 0));
  });

  it('returns null for invalid or implausible clocks', () => {
    expect(shanghaiClock(new Date(Number.NaN))).toBeNull();
    expect(shanghaiClock(new Date(0))).toBeNull();
    expect(shanghaiClock(new Date(Date.UTC(2200, 0, 1)))).toBeNull();
  });
});

describe('sharedWindow', () => {
  it('takes the window all all-year claims share', () => {
    expect(sharedWindow(hotline)).toEqual({ start: '09:00', end: '21:00' });
    expect(sharedWindow(lateLine)).toEqual({ start: '07:00', end: '01:00' });
    expect(sharedWindow(getChannel('alipay-hotline'))).toEqual({ start: '08:00', end: '00:00' });
    expect(sharedWindow(getChannel('taobao-legacy-hotline'))).toBe('always');
  });

  it('is null without usable claims or when claims do not overlap', () => {
    expect(sharedWindow(getChannel('vip88-hotline'))).toBeNull();
    expect(sharedWindow(getChannel('cn-12315'))).toBeNull();
    const disjoint: Channel = {
      ...lateLine,
      hours: [
        { text: { zh: 'a', en: 'a' }, windows: [{ start: '08:00', end: '10:00' }], sources: ['seed-000'] },
        { text: { zh: 'b', en: 'b' }, windows: [{ start: '12:00', end: '14:00' }], sources: ['seed-001'] },
      ],
    };
    expect(sharedWindow(disjoint)).toBeNull();
  });
});

describe('openStatus', () => {
  it('is open at 20:59 and closed at 21:00, reopening at 09:00 the next day', () => {
    const before = openStatus(hotline, sh(2026, 11, 24, 20, 59));
    expect(before).toMatchObject({ state: 'open', shanghaiTime: '20:59', weekday: 2, sourcesDisagree: true });
    expect(before.state === 'open' && before.closesAt).toEqual(sh(2026, 11, 24, 21, 0));
    const after = openStatus(hotline, sh(2026, 11, 24, 21, 0));
    expect(after.state).toBe('closed');
    expect(after.state === 'closed' && after.nextOpen).toEqual(sh(2026, 11, 25, 9, 0));
  });

  it('opens later the same day when called early', () => {
    const early = openStatus(hotline, sh(2026, 11, 24, 8, 59));
    expect(early.state === 'closed' && early.nextOpen).toEqual(sh(2026, 11, 24, 9, 0));
  });

  it('handles a window across midnight', () => {
    const lateEvening = openStatus(lateLine, sh(2026, 11, 24, 23, 30));
    expect(lateEvening.state === 'open' && lateEvening.closesAt).toEqual(sh(2026, 11, 25, 1, 0));
    const afterMidnight = openStatus(lateLine, sh(2026, 11, 25, 0, 30));
    expect(afterMidnight.state === 'open' && afterMidnight.closesAt).toEqual(sh(2026, 11, 25, 1, 0));
    const night = openStatus(lateLine, sh(2026, 11, 25, 1, 0));
    expect(night.state === 'closed' && night.nextOpen).toEqual(sh(2026, 11, 25, 7, 0));
    expect(openStatus(lateLine, sh(2026, 11, 25, 6, 59)).state).toBe('closed');
  });

  it('closes a window ending at 24:00 at the next midnight', () => {
    const alipay = openStatus(getChannel('alipay-hotline'), sh(2026, 11, 24, 23, 59));
    expect(alipay.state === 'open' && alipay.closesAt).toEqual(sh(2026, 11, 25, 0, 0));
  });

  it('reports always-open and unknown hours', () => {
    expect(openStatus(getChannel('taobao-legacy-hotline'), sh(2026, 11, 24, 3, 0)).state).toBe('always');
    const none = openStatus(getChannel('vip88-hotline'), sh(2026, 11, 24, 10, 0));
    expect(none).toMatchObject({ state: 'unknown', shanghaiTime: '10:00' });
    expect(openStatus(getChannel('cn-12315'), sh(2026, 11, 24, 10, 0)).state).toBe('unknown');
  });

  it('returns unknown with a reason for broken clocks instead of throwing', () => {
    for (const bad of [new Date(Number.NaN), new Date(0), new Date(Date.UTC(2150, 0, 1))]) {
      const status = openStatus(hotline, bad);
      expect(status.state).toBe('unknown');
      expect(status.state === 'unknown' && status.reason.zh.length).toBeGreaterThan(0);
    }
  });
});

describe('bestTimeToCall', () => {
  it('recommends weekday 9-11 and 14-16', () => {
    expect(bestTimeToCall(sh(2026, 11, 24, 9, 30)).good).toBe(true);
    expect(bestTimeToCall(sh(2026, 11, 24, 15, 59)).good).toBe(true);
    const noon = bestTimeToCall(sh(2026, 11, 24, 12, 0));
    expect(noon.good).toBe(false);
    expect(noon.nextGoodTime).toEqual(sh(2026, 11, 24, 14, 0));
    expect(noon.source).toBe('seed-001');
  });

  it('advises against 双11 and the 3 days before, suggesting the week after', () => {
    for (const day of [sh(2026, 11, 11, 10, 0), sh(2026, 11, 9, 10, 0)]) {
      const advice = bestTimeToCall(day);
      expect(advice.good).toBe(false);
      expect(advice.reasons.map((r) => r.zh).join()).toMatch(/双11/);
      expect(advice.suggestion?.zh).toMatch(/11月12日-18日/);
      expect(advice.nextGoodTime).toEqual(sh(2026, 11, 12, 9, 0));
    }
    expect(bestTimeToCall(sh(2026, 6, 16, 10, 0)).good).toBe(false);
    expect(bestTimeToCall(sh(2026, 11, 12, 10, 0)).good).toBe(true);
  });

  it('advises against weekend afternoons and points to Monday', () => {
    const saturday = bestTimeToCall(sh(2026, 11, 21, 15, 0));
    expect(saturday.good).toBe(false);
    expect(saturday.reasons[0]?.zh).toMatch(/周末下午/);
    expect(saturday.nextGoodTime).toEqual(sh(2026, 11, 23, 9, 0));
    expect(saturday.suggestion?.zh).toMatch(/11月23日（周一）09:00/);
  });

  it('uses weekday 10-18 for the Tmall Supermarket line (seed 000)', () => {
    const selfOp = getChannel('tmall-supermarket-hotline');
    const at17 = bestTimeToCall(sh(2026, 11, 24, 17, 0), selfOp);
    expect(at17.good).toBe(true);
    expect(at17.sources).toEqual(['seed-001', 'seed-000']);
    expect(bestTimeToCall(sh(2026, 11, 24, 17, 0)).good).toBe(false);
  });

  it('says when the line itself is closed', () => {
    const lateCall = bestTimeToCall(sh(2026, 11, 24, 22, 0), hotline);
    expect(lateCall.good).toBe(false);
    expect(lateCall.nextGoodTime).toEqual(sh(2026, 11, 25, 9, 0));
  });

  it('does not throw on a broken clock', () => {
    const advice = bestTimeToCall(new Date(Number.NaN));
    expect(advice.good).toBe(false);
    expect(advice.reasons).toHaveLength(1);
  });
});
