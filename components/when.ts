// One date style for every screen (SCREENS.md): 12月8日 周二 09:00, 24-hour Beijing time.
import { shanghaiClock, shanghaiLocalToEpoch } from '../rules/hours';
import type { Lang } from '../lib/i18n';

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 'YYYY-MM-DD' → 2026年11月22日 / 22 Nov 2026; anything else is returned as it is. */
export function formatDay(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/**
 * A moment in Beijing time, as short as it can be said from `now`: 09:00 today, 明天 09:00,
 * else 12月8日 周二 09:00 (with the year when it is not this year's).
 */
export function beijingMoment(at: Date, now: Date, lang: Lang): string {
  const when = shanghaiClock(at);
  const today = shanghaiClock(now);
  if (!when) return '';
  if (today && when.dayStart === today.dayStart) return when.hhmm;
  if (today && when.dayStart - today.dayStart === 86_400_000)
    return lang === 'zh' ? `明天 ${when.hhmm}` : `tomorrow ${when.hhmm}`;
  const year = today && today.year === when.year ? '' : String(when.year);
  return lang === 'zh'
    ? `${year && `${year}年`}${when.month}月${when.day}日 ${WEEKDAYS_ZH[when.weekday]} ${when.hhmm}`
    : `${WEEKDAYS_EN[when.weekday]} ${when.day} ${MONTHS_EN[when.month - 1]}${year && ` ${year}`} ${when.hhmm}`;
}

/**
 * A page's own 'YYYY-MM-DD HH:MM[:SS]' (Beijing time) said the same way; text in any other
 * shape is shown as the page gave it.
 */
export function formatPageTime(text: string, now: Date, lang: Lang): string {
  const at = shanghaiLocalToEpoch(text.trim().replace(/^(\S+ \d{2}:\d{2}):\d{2}$/, '$1'));
  return at === null ? text : beijingMoment(new Date(at), now, lang);
}

/** A stored moment with its full date: 2026年12月8日 周二 00:34 (Beijing time). */
export const beijingDate = (at: Date, lang: Lang): string => beijingMoment(at, new Date(NaN), lang);
