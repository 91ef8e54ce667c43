// Types of the channel registry. Pure types: content scripts may import this file freely.
import type { SourceId } from './sources';

export type { SourceId } from './sources';

/** Every user-visible string: Chinese first, English alongside. */
export interface Text {
  zh: string;
  en: string;
}

/** Only 'high' may be shown as 官方 (see research/CHANNELS.md, "Confidence levels"). */
export type Confidence = 'high' | 'medium' | 'low';

export type ChannelKind = 'phone' | 'in-app' | 'web' | 'email';

/** Banks the registry knows: a page's bare 银行/我行 means one of them (rules/phone/attribution.ts). */
export const BANK_OWNERS = [
  'icbc',
  'ccb',
  'abc',
  'boc',
  'bocom',
  'cmb',
  'psbc',
  'hxb',
  'spdb',
  'cib',
  'ceb',
  'cmbc',
  'cgb',
] as const;
/** Couriers the registry knows: a page's bare 快递/物流 means one of them. */
export const COURIER_OWNERS = [
  'sf-express',
  'zto',
  'yto',
  'yunda',
  'sto',
  'china-post',
  'jd-logistics',
  'cainiao',
] as const;
/** Who really runs a channel; a number claimed for someone else names this owner. */
export const OWNERS = [
  'alibaba-taobao',
  'alipay',
  'alibaba-cloud',
  'weidian',
  'seller',
  'samr',
  'miit',
  'police',
  'jd',
  'pinduoduo',
  'wechat-pay',
  'china-mobile',
  'china-unicom',
  'china-telecom',
  'douyin',
  'kuaishou',
  'vipshop',
  'meituan',
  'suning',
  'spb',
  'gov-12345',
  'mfa',
  'emergency-120',
  'haier',
  'gree',
  'midea',
  'xiaomi',
  'huawei',
  'unionpay',
  ...BANK_OWNERS,
  ...COURIER_OWNERS,
] as const;
export type Owner = (typeof OWNERS)[number];

/** Wall-clock time in Asia/Shanghai, 'HH:MM'. A window with end < start runs past midnight. */
export interface TimeWindow {
  start: string;
  end: string;
}

/**
 * One documented statement about opening hours. Sources disagree, so every statement is kept
 * with its source instead of picking one.
 * windows: null = the source gives hours only in words (e.g. "differs by region").
 */
export interface HoursClaim {
  text: Text;
  windows: TimeWindow[] | 'always' | null;
  /** 'big-sale': applies only around 618 / 双11; ignored when computing "open now". */
  season?: 'big-sale';
  sources: SourceId[];
}

export interface IvrKey {
  key: string;
  label: Text;
}

/** A key sequence on a phone menu, as a guide documented it (never verified by us). */
export interface IvrPath {
  /** Stable name so routing does not depend on array positions. */
  id: string;
  keys: IvrKey[];
  purpose: Text;
  sources: SourceId[];
}

/** Another printed form of the same line, e.g. the number to dial from abroad. */
export interface PhoneAlias {
  number: string;
  /** Digits only, without +86; landlines keep their leading 0. */
  digits: string;
  label: Text;
}

interface ChannelBase {
  id: string;
  entity: Text;
  owner: Owner;
  purpose: Text;
  /** Empty when no source documents hours. */
  hours: HoursClaim[];
  confidence: Confidence;
  /** Set when the hours are less certain than the channel itself. */
  hoursConfidence?: Confidence;
  sources: SourceId[];
  /** 'YYYY-MM-DD': when the record was last checked against its sources. */
  lastChecked: string;
  note?: Text;
  /** Id of an in-app record that tells the shopper how to confirm this channel inside the app. */
  confirmRouteId?: string;
}

/** What a phone line is for: a customer-service, complaint, anti-fraud or spam-report line. */
export type LineKind = 'customer-service' | 'complaint' | 'anti-fraud' | 'report';

export interface PhoneChannel extends ChannelBase {
  kind: 'phone';
  /** What the line is for (records added from #28 on say so; older ones leave it out). */
  line?: LineKind;
  /** Display form, e.g. '9510211', '400-988-8898', '0571-88158198'. */
  number: string;
  /** Digits only, without +86; landlines keep their leading 0 ('057188158198'). */
  digits: string;
  aliases?: PhoneAlias[];
  ivr?: IvrPath[];
}

export interface InAppChannel extends ChannelBase {
  kind: 'in-app';
  /** Taps in order, e.g. 我的淘宝 → 客服小蜜. */
  route: Text[];
}

export interface WebChannel extends ChannelBase {
  kind: 'web';
  /** Absent when no source gives an address; we never invent one. */
  url?: string;
}

export interface EmailChannel extends ChannelBase {
  kind: 'email';
  /** Absent when no source gives an address; we never invent one. */
  address?: string;
}

export type Channel = PhoneChannel | InAppChannel | WebChannel | EmailChannel;
