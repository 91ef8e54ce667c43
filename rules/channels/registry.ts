// The channel registry: plain typed data plus small lookups. No zod here on purpose: content
// scripts import this for phone classification and must stay small (schema.ts validates it).
import { ALIPAY_CAINIAO_PHONES } from './data/alipay-cainiao-phones';
import {
  APPLIANCE_LINES,
  BANK_LINES,
  CARRIER_REPORT_LINES,
  COURIER_LINES,
  PLATFORM_LINES,
  PUBLIC_COMPLAINT_LINES,
} from './data/company-lines';
import { IN_APP_CHANNELS } from './data/in-app';
import { OTHER_COMPANY_PHONES } from './data/other-companies';
import { PUBLIC_SERVICES } from './data/public-services';
import { TAOBAO_TMALL_PHONES } from './data/taobao-tmall-phones';
import { phoneKey } from './policy';
import type { Channel, PhoneChannel } from './types';

export { mayShowAsOfficial, phoneKey } from './policy';

export const CHANNELS: readonly Channel[] = [
  ...TAOBAO_TMALL_PHONES,
  ...ALIPAY_CAINIAO_PHONES,
  ...IN_APP_CHANNELS,
  ...PUBLIC_SERVICES,
  ...OTHER_COMPANY_PHONES,
  ...PLATFORM_LINES,
  ...COURIER_LINES,
  ...BANK_LINES,
  ...APPLIANCE_LINES,
  ...CARRIER_REPORT_LINES,
  ...PUBLIC_COMPLAINT_LINES,
];

/** Throws on an unknown id: asking for a channel that does not exist is a programming error. */
export function getChannel(id: string, channels: readonly Channel[] = CHANNELS): Channel {
  const found = channels.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown channel id "${id}" (not in rules/channels registry)`);
  return found;
}

export function hasChannel(id: string, channels: readonly Channel[] = CHANNELS): boolean {
  return channels.some((c) => c.id === id);
}

export function isPhone(channel: Channel): channel is PhoneChannel {
  return channel.kind === 'phone';
}

export function phoneChannels(channels: readonly Channel[] = CHANNELS): PhoneChannel[] {
  return channels.filter(isPhone);
}

/** All records whose number (or a printed alias of it) has these digits. */
export function findByDigits(digits: string, channels: readonly Channel[] = CHANNELS): PhoneChannel[] {
  const key = phoneKey(digits);
  if (key === '') return [];
  return phoneChannels(channels).filter(
    (c) => phoneKey(c.digits) === key || (c.aliases ?? []).some((a) => phoneKey(a.digits) === key),
  );
}

/** Position of a named IVR path on a phone channel; throws if the data has no such path. */
export function ivrIndexOf(channel: Channel, ivrId: string): number {
  const index = isPhone(channel) ? (channel.ivr ?? []).findIndex((p) => p.id === ivrId) : -1;
  if (index < 0) throw new Error(`Channel "${channel.id}" has no IVR path "${ivrId}"`);
  return index;
}
