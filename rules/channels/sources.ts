// Where every fact in rules/channels and rules/routing comes from. `ref` is relative to the
// shared folder (/work/shared in development). Provenance is data: the UI shows it.
import { LINE_SOURCE_IDS, LINE_SOURCES } from './data/line-sources';
import type { Text } from './types';

export const SOURCE_IDS = [
  'seed-000',
  'seed-001',
  'seed-002',
  'seed-003',
  'seed-004',
  'research-channels',
  'sample-tmall-detail',
  'guide-extend-receipt',
  ...LINE_SOURCE_IDS,
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

/** `web`: a public page outside the seeds, `ref` is its address. */
export type SourceKind = 'seed' | 'research' | 'sample' | 'web';

/**
 * What kind of publisher a shopper is told the fact comes from. Only 'official-help' (the
 * platform's own help centre or page) and 'government' can carry a fact on their own word.
 */
export type PublisherKind = 'official-help' | 'government' | 'third-party-guide' | 'compiled';

export interface SourceInfo {
  title: Text;
  kind: SourceKind;
  /** Where the file or page is kept; internal, never shown (the link is `url`). */
  ref: string;
  /** How far to trust it, in one line. */
  reliability: Text;
  /** Who published it, as a shopper would name them; absent: the title is shown instead. */
  publisher?: Text;
  /** Absent: derived from `kind` (see publisherKindOf). */
  publisherKind?: PublisherKind;
  /** The public page, when it has one. */
  url?: string;
  /** 'YYYY-MM-DD': the day the page was read. */
  read?: string;
}

/** How a publisher kind is named to a shopper. */
export const PUBLISHER_KIND_LABELS: Record<PublisherKind, Text> = {
  'official-help': { zh: '平台官方页面', en: 'the platform’s own page' },
  government: { zh: '政府网站', en: 'government site' },
  'third-party-guide': { zh: '第三方指南', en: 'third-party guide' },
  compiled: { zh: '资料汇编', en: 'compiled notes' },
};

/** The publisher kind of a source, falling back on its storage kind for older records. */
export function publisherKindOf(info: SourceInfo): PublisherKind {
  if (info.publisherKind) return info.publisherKind;
  return info.kind === 'research'
    ? 'compiled'
    : info.kind === 'sample'
      ? 'official-help'
      : 'third-party-guide';
}

/**
 * Who says it, in plain Chinese for exported texts: 店托易博客（第三方指南）、… — each publisher
 * once, never an internal id.
 */
export function sourceNamesZh(ids: readonly SourceId[]): string {
  const names = ids.map((id) => {
    const info = SOURCES[id];
    return `${(info.publisher ?? info.title).zh}（${PUBLISHER_KIND_LABELS[publisherKindOf(info)].zh}）`;
  });
  return [...new Set(names)].join('、');
}

/** True when a fact rests on the platform's or the government's own word. */
export function isFirstHand(info: SourceInfo): boolean {
  const kind = publisherKindOf(info);
  return kind === 'official-help' || kind === 'government';
}

export const SOURCES: Record<SourceId, SourceInfo> = {
  'seed-000': {
    title: { zh: '天猫客服投诉电话全攻略（店托易）', en: 'Tmall complaint hotline guide (Diantuoyi blog)' },
    kind: 'seed',
    ref: 'seeds/000_92438da873131038.txt',
    publisher: { zh: '店托易博客', en: 'the Diantuoyi blog' },
    publisherKind: 'third-party-guide',
    read: '2026-11-22',
    reliability: {
      zh: '营销博客，未经官方确认；部分说法（如订单号格式）与公开样本矛盾',
      en: 'Marketing blog, not confirmed by the platform; some claims (order-number format) contradict public samples',
    },
  },
  'seed-001': {
    title: { zh: '淘宝消费者热线全攻略（店托易）', en: 'Taobao consumer hotline guide (Diantuoyi blog)' },
    kind: 'seed',
    ref: 'seeds/001_bd26e4d74f5e7254.txt',
    publisher: { zh: '店托易博客', en: 'the Diantuoyi blog' },
    publisherKind: 'third-party-guide',
    read: '2026-11-22',
    reliability: {
      zh: '营销博客，未经官方确认；号码 9510211 与其他来源一致',
      en: 'Marketing blog, not confirmed by the platform; its 9510211 agrees with other sources',
    },
  },
  'seed-002': {
    title: { zh: '如何咨询天猫客服', en: 'How to contact Tmall customer service' },
    kind: 'seed',
    ref: 'seeds/002_9613ca43a8b67cf4.txt',
    publisher: { zh: '未署名的网络指南', en: 'an unsigned web guide' },
    publisherKind: 'third-party-guide',
    read: '2026-11-22',
    reliability: {
      zh: '通用指南，只描述 App 入口，不给号码',
      en: 'Generic guide; describes in-app entry points only, gives no numbers',
    },
  },
  'seed-003': {
    title: { zh: '淘宝商家如何有效投诉客服', en: 'How Taobao merchants complain about customer service' },
    kind: 'seed',
    ref: 'seeds/003_7c88e5c05eb50ffc.txt',
    publisher: {
      zh: '署名“小果”的网络文章',
      en: 'a web article signed 小果',
    },
    publisherKind: 'third-party-guide',
    read: '2026-11-22',
    reliability: {
      zh: '面向商家的文章；把 95188 称为淘宝客服热线（95188 实为支付宝）',
      en: 'Written for merchants; calls 95188 a Taobao line (it is Alipay’s)',
    },
  },
  'seed-004': {
    title: { zh: '微店投诉电话是多少', en: 'What is Weidian’s complaint number' },
    kind: 'seed',
    ref: 'seeds/004_96675d76ca72ffa2.txt',
    publisher: { zh: '路由通资讯站', en: 'the Lutongtong news site' },
    publisherKind: 'third-party-guide',
    read: '2026-11-22',
    reliability: {
      zh: '资讯站文章，没有给出任何微店号码；页眉的 400-680-8581 是该网站自己的号码',
      en: 'Content-farm article; gives no Weidian number; the 400-680-8581 in its header is the site’s own',
    },
  },
  'research-channels': {
    title: {
      zh: '号码库、平台旧帮助页、警方与政府页面的汇总',
      en: 'Summary of number lists, old platform help pages, police and government pages',
    },
    kind: 'research',
    ref: 'research/CHANNELS.md',
    publisher: { zh: '维权助手整理的号码资料', en: 'Weiquan Helper’s compiled number notes' },
    publisherKind: 'compiled',
    read: '2026-11-22',
    reliability: {
      zh: '汇总公开号码库、旧版官方页面、警方与政府页面；未在真实 App 内核对',
      en: 'Compiled from curated number lists, old official pages, police and government pages; not checked in a live app',
    },
  },
  'sample-tmall-detail': {
    title: {
      zh: '天猫订单详情页数据（2025 年 11 月真实样本）',
      en: 'Tmall order-detail page data (real sample, Nov 2025)',
    },
    kind: 'sample',
    ref: 'fixtures/real/tmall-order-detail-2025-11.detailData.json',
    publisher: { zh: '天猫订单详情页', en: 'Tmall’s order-detail page' },
    publisherKind: 'official-help',
    read: '2026-11-22',
    reliability: {
      zh: '平台自己页面上的数据，但只有一份样本',
      en: 'Data from the platform’s own page, but a single sample',
    },
  },
  'guide-extend-receipt': {
    title: {
      zh: '淘宝如何延长收货时间（湖北龙网指南）',
      en: 'How to extend the receipt time on Taobao (hubeilong.com guide)',
    },
    kind: 'web',
    ref: 'http://hubeilong.com/c/1005434411H024.html',
    publisher: { zh: '湖北龙网', en: 'hubeilong.com' },
    publisherKind: 'third-party-guide',
    url: 'http://hubeilong.com/c/1005434411H024.html',
    read: '2026-11-22',
    reliability: {
      zh: '第三方指南，未经官方确认：离自动确认收货还剩 3 天时可在订单页延长，一笔订单一般只能延长 1 次',
      en: 'Third-party guide, not confirmed by the platform: with 3 days left before auto-confirmation the order page offers an extension, usually once per order',
    },
  },
  ...LINE_SOURCES,
};
