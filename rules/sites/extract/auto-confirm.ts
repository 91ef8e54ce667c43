// When an order confirms receipt by itself (自动确认收货): after that the money goes to the
// seller, so a shopper with a complaint must act before (hubeilong guide: the buyer may extend
// once, by 3 days, when 3 days are left). Read from the page's own countdown data (Tmall
// detailData: {type: "countdown", targetTime, afterText: "…自动确认收货"}) or from the visible
// countdown ("还剩9天23时自动确认收货", "您还有 5天12时 来确认收货"), which counts from `now`.
import { obj, str, type Json } from './json-path';
import { dateTimeOf } from './order';

const MINUTE = 60_000;
const UNIT_MS = { day: 1440 * MINUTE, hour: 60 * MINUTE, minute: MINUTE, second: 1000 };

/** "YYYY-MM-DD HH:MM" in Asia/Shanghai (dateTimeOf's reading of epoch ms, to the minute). */
const shanghaiMinute = (ms: number) => dateTimeOf(ms)?.slice(0, 16);

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
    // dateTimeOf refuses what is not a plausible epoch in milliseconds.
    const by = Number.isFinite(target) && target > 1e11 ? shanghaiMinute(target) : undefined;
    if (by) return by;
  }
  return undefined;
}
