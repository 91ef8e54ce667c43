// Complaint drafts filled from the case: the platform call script (rules/routing, the same text
// the guide shows), a 12315 complaint with the fields a complaint needs (who
// complains, the business complained about, what happened, the evidence, the demand), and a
// short public summary that carries no personal details. Chinese: that is what gets filed.
import type { CallContent } from '../../lib/case-types';
import { PROBLEM_LABELS, callQuestions, callScript, isProblem, type Problem } from '../../rules/routing';
import { sourceNamesZh } from '../../rules/channels/sources';
import type { Order, Platform } from '../../rules/types';

/** What the shopper typed at export time; kept nowhere but in this export. */
export interface Complainant {
  name?: string;
  phone?: string;
  address?: string;
}

export interface DraftInput {
  platform: Platform;
  orderId: string;
  problem?: string;
  notes?: string;
  order?: Order;
  orderUrl?: string;
  complainant: Complainant;
  calls: Array<CallContent & { at: string }>;
  /** The case log's length and last hash at export: what to record when filing. */
  chain: { entries: number; head: string };
  evidence: Array<{ at: string; kind: string; title: string; path: string; sha256: string }>;
}

export interface Drafts {
  callScript: string;
  complaint12315: string;
  publicSummary: string;
}

export const PLATFORM_NAMES: Record<Platform, string> = { tmall: '天猫', taobao: '淘宝', weidian: '微店' };

export const KIND_NAMES: Record<string, string> = {
  screenshot: '截图',
  'full-page': '整页截图',
  pane: '区域截图',
  chat: '聊天记录',
  file: '文件',
  call: '通话记录',
  text: '文字',
};

/** "13812345678" → "138****5678": enough to recognise, not enough to call. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length <= 4) return '*'.repeat(digits.length);
  if (digits.length < 8) return `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** Keeps the first six characters (province and city), hides the street and number. */
export function maskAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.length <= 6 ? '****' : `${trimmed.slice(0, 6)}****`;
}

/** Replaces the shopper's own phone and address wherever they appear in a text. */
export function redactor(complainant: Complainant): (text: string) => string {
  const pairs = [
    [complainant.phone?.trim(), complainant.phone && maskPhone(complainant.phone)],
    [complainant.address?.trim(), complainant.address && maskAddress(complainant.address)],
  ].filter((pair): pair is [string, string] => Boolean(pair[0] && pair[0].length >= 3 && pair[1]));
  return (text) => pairs.reduce((out, [secret, mask]) => out.split(secret).join(mask), text);
}

const problemOf = (value?: string): Problem => (value && isProblem(value) ? value : 'after-sales-refused');
const or = (value: string | undefined, placeholder: string) =>
  value?.trim() ? value.trim() : `【${placeholder}】`;

/**
 * The chain head, to be recorded with the platform or 12315: a bundle cannot show that entries
 * were cut off the end of its own log, but a head filed elsewhere can (npm run verify --expect).
 */
export function chainHeadLines(chain: DraftInput['chain']): string[] {
  return [
    `证据链头：共 ${chain.entries} 条日志记录，最后一条的 SHA-256 为`,
    `  ${chain.entries}:${chain.head}`,
    '投诉或联系客服时请把这一行一并提交、记录在案：以后可以据此核对证据包没有被删减（删掉末尾的记录，证据包自身查不出来）。',
  ];
}

export function buildDrafts(input: DraftInput): Drafts {
  const problem = problemOf(input.problem);
  const script = callScript({ order: input.order, platform: input.platform, problem });
  const questions = callQuestions(problem).map((q, i) => `${i + 1}. ${q.text.zh}`);
  const callScriptText = [
    `电话里怎么说（${PLATFORM_NAMES[input.platform]}订单 ${input.orderId}）`,
    '',
    script.text.zh,
    '',
    '通话时要问、要做：',
    ...questions,
    ...(script.missing.length ? ['', `需要补全：${script.missing.map((m) => m.zh).join('；')}`] : []),
    '',
    `以上说法的来源：${sourceNamesZh(script.sources)}。`,
    '',
    '在网上补交材料或提交投诉时，附上下面这一行（不必在电话里念）：',
    ...chainHeadLines(input.chain),
    '',
  ].join('\n');

  const order = input.order;
  const item = order?.items[0]?.title;
  const shop = order?.shopName ?? order?.sellerNick;
  const said = PROBLEM_LABELS[problem].zh;
  const demand = script.demand.zh;
  const calls = input.calls.map(
    (call) =>
      `${call.at} 拨打 ${or(call.dialled, '号码')}` +
      `${call.caseNumber ? `，维权编号 ${call.caseNumber}` : ''}` +
      `${call.agentId ? `，客服工号 ${call.agentId}` : ''}` +
      `${call.promisedBy ? `，承诺在 ${call.promisedBy} 前答复` : ''}` +
      `${call.note ? `；${call.note}` : ''}。`,
  );
  const evidenceList = input.evidence.map(
    (e, i) =>
      `${i + 1}. ${e.at} ${KIND_NAMES[e.kind] ?? e.kind}：${e.title}\n   文件 ${e.path}\n   SHA-256 ${e.sha256}`,
  );
  const { complainant } = input;
  const complaint12315 = [
    '全国 12315 平台投诉（草稿）',
    '投诉材料包括：被投诉方名称、事情经过、证据和诉求。提交前请核对，并补全【】中的内容。',
    '',
    ...chainHeadLines(input.chain),
    '',
    '一、投诉人',
    `姓名：${or(complainant.name, '请填写姓名')}`,
    `联系电话：${or(complainant.phone, '请填写手机号')}`,
    `联系地址：${or(complainant.address, '请填写地址')}`,
    '',
    '二、被投诉方',
    `店铺名称：${or(shop, '店铺名称')}`,
    ...(order?.sellerNick && order.sellerNick !== shop ? [`卖家：${order.sellerNick}`] : []),
    `购物平台：${PLATFORM_NAMES[input.platform]}`,
    `订单号：${input.orderId}`,
    ...(input.orderUrl ? [`订单页面：${input.orderUrl}`] : []),
    '',
    '三、事情经过',
    `${order?.createdAt ? `${order.createdAt} ` : ''}在${PLATFORM_NAMES[input.platform]}购买“${or(item, '商品名称')}”` +
      `（订单号 ${input.orderId}${order?.amount ? `，实付 ${order.amount} 元` : ''}）。问题：${said}。`,
    ...(calls.length
      ? ['联系平台的经过：', ...calls]
      : ['联系商家和平台的经过：【写明联系了谁、何时、结果如何】']),
    ...(input.notes?.trim() ? [`补充说明：${input.notes.trim()}`] : []),
    '',
    '四、投诉诉求',
    demand,
    '',
    '五、证据清单',
    ...(evidenceList.length ? evidenceList : ['【还没有证据】']),
    '证据包可用其中的 index.html 或 “npm run verify” 核对每个文件的 SHA-256。',
    `案件日志共 ${input.chain.entries} 条，链头 ${input.chain.head}。`,
    '',
  ].join('\n');

  const publicSummary = [
    '公开投诉摘要（不含订单号和个人信息，发布前请再看一遍）',
    '',
    `${PLATFORM_NAMES[input.platform]}店铺“${or(shop, '店铺名称')}”：${order?.createdAt ? `${order.createdAt.slice(0, 10)} ` : ''}` +
      `购买“${or(item, '商品名称')}”后，${said}。` +
      `${calls.length ? `已联系平台客服 ${calls.length} 次，问题仍未解决。` : '与商家协商未果。'}` +
      `诉求：${demand}。已保存 ${input.evidence.length} 项证据。`,
    '',
  ].join('\n');

  return { callScript: callScriptText, complaint12315, publicSummary };
}
