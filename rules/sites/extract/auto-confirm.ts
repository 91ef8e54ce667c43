// When an order confirms receipt by itself (自动确认收货): after that the money goes to the
// seller, so a shopper with a complaint must act before (hubeilong guide: the buyer may extend
// once, by 3 days, when 3 days are left). Read from the page's own countdown data (Tmall
// detailData: {type: "countdown", targetTime, afterText: "…自动确认收货"}) or from the visible
// countdown ("还剩9天23时自动确认收货", "您还有 5天12时 来确认收货"), which counts from `now`.
import { obj, str, type Json } from './json-path';

const MINUTE = 60_000;
const UNIT_MS = { day: 1440 * MINUTE, hour: 60 * MINUTE, minute: MINUTE, second: 1000 };

/** "YYYY-MM-DD HH:MM" in Asia/Shanghai (no daylight saving: a fixed +8 h). */
export function shanghaiMinute(ms: number): string {
  const d = new Date(Math.floor(ms / MINUTE) * MINUTE + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Epoch ms of a "YYYY-MM-DD HH:MM" Asia/Shanghai time, or NaN. */
export function shanghaiMs(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!match) return NaN;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h - 8, mi);
}

/** Deadlines more than this far from the reading are not countdowns we believe. */
const MAX_AHEAD_MS = 90 * UNIT_MS.day;

const COUNTDOWN =
  /(?:还剩|还有|剩余)\s*(?:(\d{1,3})\s*天)?\s*(?:(\d{1,2})\s*(?:小时|时))?\s*(?:(\d{1,2})\s*分钟?)?\s*(?:(\d{1,2})\s*秒)?[^。\d]{0,16}?确认收货/;

/** The deadline a visible countdown names, read at `now`; undefined without one. */
export function autoConfirmFromText(text: string, now: number): string | undefined {
  const match = COUNTDOWN.exec(text);
  if (!match || !match.slice(1, 5).some(Boolean)) return undefined;
  // Only a countdown to the automatic confirmation, not "还剩2天确认收货后可评价" and the like.
  if (
    !/自动确认收货|超时[^。]{0,10}确认收货/.test(text.slice(match.index, match.index + match[0].length + 24))
  )
    return undefined;
  const [days, hours, minutes, seconds] = match.slice(1, 5).map((n) => Number(n ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  const left =
    days * UNIT_MS.day + hours * UNIT_MS.hour + minutes * UNIT_MS.minute + seconds * UNIT_MS.second;
  return left > 0 && left <= MAX_AHEAD_MS ? shanghaiMinute(now + left) : undefined;
}

/** The first `{type: "countdown", targetTime}` among `parts` whose text is about 自动确认收货. */
export function autoConfirmFromCountdown(parts: Json[]): string | undefined {
  for (const part of parts) {
    const entry = obj(part);
    if (str(entry?.type) !== 'countdown') continue;
    const words = `${str(entry?.preText) ?? ''}${str(entry?.afterText) ?? ''}`;
    if (!/确认收货/.test(words)) continue;
    const target = Number(str(entry?.targetTime) ?? entry?.targetTime);
    if (Number.isFinite(target) && target > 9e11 && target < 5e12) return shanghaiMinute(target);
  }
  return undefined;
}
