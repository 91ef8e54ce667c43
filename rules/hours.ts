// Opening hours in Asia/Shanghai, computed from epoch milliseconds. Shanghai is UTC+8 with no
// DST since 1991, so adding 8 h and reading the UTC fields is exact on any machine time zone
// (Intl time-zone data is not needed and differs between browsers).
import type { SourceId } from './channels/sources';
import type { Channel, Text, TimeWindow } from './channels/types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SHANGHAI_OFFSET = 8 * HOUR;
/** Clocks outside this range are broken (or a test); we refuse to guess rather than mislead. */
const SANE_FROM = Date.UTC(2020, 0, 1);
const SANE_TO = Date.UTC(2100, 0, 1);

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Wall-clock reading in Shanghai. weekday: 0 = Sunday. minutes: since local midnight. */
export interface ShanghaiClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
  hhmm: string;
  /** UTC epoch ms of 00:00 Shanghai on this day. */
  dayStart: number;
}

type Interval = [number, number];

const pad = (n: number) => String(n).padStart(2, '0');
const toHHMM = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Why a Date cannot be used, or null when it is fine. */
export function clockProblem(now: Date): Text | null {
  const ms = now.getTime();
  if (Number.isNaN(ms))
    return {
      zh: '设备时间无效，无法判断是否在服务时间',
      en: 'The device time is invalid; cannot tell if the line is open',
    };
  if (ms < SANE_FROM || ms >= SANE_TO) {
    return {
      zh: '设备时间看起来不对，请先检查系统时钟',
      en: 'The device clock looks wrong; please check it first',
    };
  }
  return null;
}

export function shanghaiClock(now: Date): ShanghaiClock | null {
  if (clockProblem(now)) return null;
  const local = now.getTime() + SHANGHAI_OFFSET;
  const d = new Date(local);
  const dayStart = Math.floor(local / DAY) * DAY - SHANGHAI_OFFSET;
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    minutes,
    hhmm: toHHMM(minutes),
    dayStart,
  };
}

/** A window as arcs of the day; one that crosses midnight becomes two. */
function arcs(w: TimeWindow): Interval[] {
  const s = toMinutes(w.start);
  const e = toMinutes(w.end);
  if (s < e) return [[s, e]];
  return e === 0
    ? [[s, 1440]]
    : [
        [0, e],
        [s, 1440],
      ];
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [as, ae] of a)
    for (const [bs, be] of b)
      if (Math.max(as, bs) < Math.min(ae, be)) out.push([Math.max(as, bs), Math.min(ae, be)]);
  return out.sort((x, y) => x[0] - y[0]);
}

/** Back to one window: a single arc, or the two halves of a window across midnight. */
function asWindow(set: Interval[]): TimeWindow | null {
  const [first, second] = set;
  if (!first || set.length > 2) return null;
  if (!second) return { start: toHHMM(first[0]), end: toHHMM(first[1] % 1440) };
  if (first[0] === 0 && second[1] === 1440 && first[1] < second[0])
    return { start: toHHMM(second[0]), end: toHHMM(first[1]) };
  return null;
}

/**
 * The window every documented all-year claim agrees on (big-sale extensions are ignored), so
 * "open now" is never claimed on the word of one source. null when no usable claim exists or
 * the claims share no single window.
 */
export function sharedWindow(channel: Channel): TimeWindow | 'always' | null {
  const claims = channel.hours.filter((c) => c.season === undefined && c.windows !== null);
  if (claims.length === 0) return null;
  let shared: Interval[] = [[0, 1440]];
  for (const claim of claims) {
    if (claim.windows === 'always' || claim.windows === null) continue;
    shared = intersect(shared, claim.windows.flatMap(arcs));
  }
  if (claims.every((c) => c.windows === 'always')) return 'always';
  return asWindow(shared);
}

interface ClockFields {
  shanghaiTime: string;
  weekday: number;
}

export type OpenStatus =
  | ({ state: 'unknown'; reason: Text } & Partial<ClockFields>)
  | ({ state: 'always'; sourcesDisagree: boolean } & ClockFields)
  | ({ state: 'open'; window: TimeWindow; closesAt: Date; sourcesDisagree: boolean } & ClockFields)
  | ({ state: 'closed'; window: TimeWindow; nextOpen: Date; sourcesDisagree: boolean } & ClockFields);

export function openStatus(channel: Channel, now: Date): OpenStatus {
  const problem = clockProblem(now);
  const clock = shanghaiClock(now);
  if (problem || !clock)
    return { state: 'unknown', reason: problem ?? { zh: '时间无效', en: 'Invalid time' } };
  const fields: ClockFields = { shanghaiTime: clock.hhmm, weekday: clock.weekday };
  const shared = sharedWindow(channel);
  if (shared === null) {
    const reason =
      channel.hours.length === 0
        ? { zh: '没有查到服务时间', en: 'No documented hours' }
        : { zh: '服务时间因地区或来源而异，无法判断', en: 'Hours vary by region or source; cannot tell' };
    return { state: 'unknown', reason, ...fields };
  }
  const allYear = channel.hours.filter((c) => c.season === undefined && c.windows !== null);
  const sourcesDisagree = new Set(allYear.map((c) => JSON.stringify(c.windows))).size > 1;
  if (shared === 'always') return { state: 'always', sourcesDisagree, ...fields };
  const s = toMinutes(shared.start);
  const e = toMinutes(shared.end);
  const m = clock.minutes;
  const at = (offsetMinutes: number) => new Date(clock.dayStart + offsetMinutes * 60_000);
  const base = { window: shared, sourcesDisagree, ...fields };
  if (s < e) {
    if (m >= s && m < e) return { state: 'open', closesAt: at(e), ...base };
    return { state: 'closed', nextOpen: at(m < s ? s : 1440 + s), ...base };
  }
  // The window runs past midnight (e.g. 07:00-01:00 or 09:00-00:00).
  if (m >= s) return { state: 'open', closesAt: at(1440 + e), ...base };
  if (m < e) return { state: 'open', closesAt: at(e), ...base };
  return { state: 'closed', nextOpen: at(s), ...base };
}

// --- When to call (seed 001; seed 000 for the self-operated line) ---

const GENERAL_SLOTS: Interval[] = [
  [9 * 60, 11 * 60],
  [14 * 60, 16 * 60],
];
const SELF_OP_SLOTS: Interval[] = [[10 * 60, 18 * 60]];
const SELF_OP_CHANNEL = 'tmall-supermarket-hotline';

interface BigSale {
  name: Text;
  month: number;
  day: number;
}
const BIG_SALES: BigSale[] = [
  { name: { zh: '618', en: '618' }, month: 6, day: 18 },
  { name: { zh: '双11', en: 'Double 11' }, month: 11, day: 11 },
];

/** The sale day itself or one of the 3 days before (seed 001). */
function bigSaleAround(month: number, day: number): BigSale | undefined {
  return BIG_SALES.find((s) => s.month === month && day <= s.day && day >= s.day - 3);
}

export interface CallTimeAdvice {
  good: boolean;
  reasons: Text[];
  suggestion?: Text;
  /** Start of the next recommended slot, when now is not one. */
  nextGoodTime?: Date;
  source: 'seed-001';
  sources: SourceId[];
}

/** Pass the channel to get its own advice (天猫超市: weekdays 10-18 per seed 000) and its hours. */
export function bestTimeToCall(now: Date, channel?: Channel): CallTimeAdvice {
  const selfOp = channel?.id === SELF_OP_CHANNEL;
  const sources: SourceId[] = selfOp ? ['seed-001', 'seed-000'] : ['seed-001'];
  const clock = shanghaiClock(now);
  if (!clock)
    return {
      good: false,
      reasons: [clockProblem(now) ?? { zh: '时间无效', en: 'Invalid time' }],
      source: 'seed-001',
      sources,
    };
  const slots = selfOp ? SELF_OP_SLOTS : GENERAL_SLOTS;
  const reasons: Text[] = [];
  const sale = bigSaleAround(clock.month, clock.day);
  const weekend = clock.weekday === 0 || clock.weekday === 6;
  const inSlot = slots.some(([s, e]) => clock.minutes >= s && clock.minutes < e);
  const status = channel ? openStatus(channel, now) : undefined;

  if (sale) {
    reasons.push({
      zh: `${sale.name.zh}大促当天及前 3 天热线最忙，尽量避开`,
      en: `${sale.name.en} and the 3 days before are the busiest on the hotline; avoid them`,
    });
  }
  if (weekend && clock.minutes >= 12 * 60) {
    reasons.push({
      zh: '周末下午和晚上接线量大，可能要等 20 分钟以上',
      en: 'Weekend afternoons and evenings are busy; waits can exceed 20 minutes',
    });
  } else if (weekend || !inSlot) {
    reasons.push(
      selfOp
        ? {
            zh: '自营客服在工作日 10:00-18:00 人手最多',
            en: 'The self-operated line is best staffed on weekdays 10:00-18:00',
          }
        : {
            zh: '推荐在工作日 9:00-11:00 或 14:00-16:00 拨打',
            en: 'Best on weekdays 9:00-11:00 or 14:00-16:00',
          },
    );
  }
  if (status?.state === 'closed')
    reasons.push({ zh: '现在不在这条线的服务时间内', en: 'This line is outside its hours now' });

  const good = reasons.length === 0;
  if (good) {
    reasons.push({ zh: '现在是推荐的拨打时段', en: 'Now is a recommended time to call' });
    return { good, reasons, source: 'seed-001', sources };
  }
  const next = nextSlot(clock, slots);
  const saleHint = sale
    ? {
        zh: `大促结束后一周内再打（如 ${sale.month}月${sale.day + 1}日-${sale.day + 7}日）。`,
        en: `Call in the week after the sale (e.g. ${sale.month}/${sale.day + 1}-${sale.month}/${sale.day + 7}). `,
      }
    : { zh: '', en: '' };
  const suggestion = next && {
    zh: `${saleHint.zh}下一个推荐时段：${next.label.zh}`,
    en: `${saleHint.en}Next suggested time: ${next.label.en}`,
  };
  return {
    good,
    reasons,
    source: 'seed-001',
    sources,
    ...(suggestion && { suggestion, nextGoodTime: next.at }),
  };
}

/** First slot start after `clock` on a weekday outside big-sale days (looks ahead 30 days). */
function nextSlot(clock: ShanghaiClock, slots: Interval[]): { at: Date; label: Text } | undefined {
  for (let offset = 0; offset <= 30; offset++) {
    const day = shanghaiClock(new Date(clock.dayStart + offset * DAY + HOUR));
    if (!day || day.weekday === 0 || day.weekday === 6 || bigSaleAround(day.month, day.day)) continue;
    const start = slots.map(([s]) => s).find((s) => offset > 0 || s > clock.minutes);
    if (start === undefined) continue;
    const hhmm = toHHMM(start);
    return {
      at: new Date(day.dayStart + start * 60_000),
      label: {
        zh: `${day.month}月${day.day}日（${WEEKDAY_ZH[day.weekday] ?? ''}）${hhmm}`,
        en: `${WEEKDAY_EN[day.weekday] ?? ''} ${day.month}/${day.day} ${hhmm}`,
      },
    };
  }
  return undefined;
}

/**
 * A wall-clock time typed in Beijing time ("2026-11-23T10:00", as a datetime-local field gives
 * it) as epoch milliseconds, or null when it is not such a time.
 */
export function shanghaiLocalToEpoch(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const epoch = Date.UTC(year, month - 1, day, hour, minute) - 8 * 3600_000;
  const back = new Date(epoch + 8 * 3600_000);
  // Rejects 2026-02-30 and 25:00 rather than rolling them over into another day.
  if (back.getUTCDate() !== day || back.getUTCHours() !== hour || back.getUTCMonth() !== month - 1)
    return null;
  return epoch;
}
