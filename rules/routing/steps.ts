// Building blocks for routes. A step always points at a registry record, and takes its
// "official" label from the record's confidence, never from the wording of the route.
import { getChannel, isPhone, ivrIndexOf, mayShowAsOfficial } from '../channels/registry';
import type { Channel, Confidence, SourceId, Text } from '../channels/types';

export type StepKind = 'seller-chat' | 'in-app' | 'hotline' | 'escalation' | 'external';

export interface RouteStep {
  kind: StepKind;
  channelId: string;
  title: Text;
  detail: Text;
  /** Which IVR path of the channel applies: its id, and its index into channel.ivr. */
  ivrId?: string;
  ivrIndex?: number;
  /** True only for high-confidence channels (display policy). */
  official: boolean;
  confidence: Confidence;
  sources: SourceId[];
}

/** How to confirm a documented-but-unconfirmed channel inside the app, or null. */
export function confirmHint(channel: Channel): Text | null {
  if (mayShowAsOfficial(channel) || channel.confirmRouteId === undefined) return null;
  const check = getChannel(channel.confirmRouteId);
  if (check.kind !== 'in-app') return null;
  return {
    zh: `曾公示、未能确认，拨打前先在 App 内核对：${check.route.map((r) => r.zh).join(' → ')}`,
    en: `Documented but unconfirmed; check in the app before calling: ${check.route.map((r) => r.en).join(' → ')}`,
  };
}

interface StepInput {
  kind: StepKind;
  channelId: string;
  title: Text;
  detail: Text;
  /** Names an IVR path of the channel; the key sequence is appended to the detail. */
  ivrId?: string;
  sources?: SourceId[];
}

const join = (a: Text, b: Text | null): Text => (b ? { zh: `${a.zh}。${b.zh}`, en: `${a.en}. ${b.en}` } : a);

/** Throws on unknown channel or IVR ids: routes are static data and tests cover all of them. */
export function makeStep(input: StepInput): RouteStep {
  const channel = getChannel(input.channelId);
  let detail = input.detail;
  let ivrIndex: number | undefined;
  const sources = new Set<SourceId>(input.sources ?? channel.sources);
  // The key sequence itself is shown from channel.ivr by the UI, with its own sources.
  if (input.ivrId !== undefined && isPhone(channel)) {
    ivrIndex = ivrIndexOf(channel, input.ivrId);
    channel.ivr?.[ivrIndex]?.sources.forEach((s) => sources.add(s));
  }
  if (channel.kind === 'phone') detail = join(detail, confirmHint(channel));
  return {
    kind: input.kind,
    channelId: channel.id,
    title: input.title,
    detail,
    ...(ivrIndex !== undefined && { ivrId: input.ivrId, ivrIndex }),
    official: mayShowAsOfficial(channel),
    confidence: channel.confidence,
    sources: [...sources],
  };
}

// Steps shared by several routes.

/** `sources`: the guide that describes this platform's order page (default: the channel's own). */
export const sellerChatStep = (sources?: SourceId[]): RouteStep =>
  makeStep({
    kind: 'seller-chat',
    channelId: 'merchant-chat',
    ...(sources && { sources }),
    title: { zh: '先联系卖家，保留聊天记录', en: 'Talk to the seller first and keep the chat' },
    detail: {
      zh: '在订单详情页点“联系卖家”，说清问题和诉求，截图保存对方的答复',
      en: 'On the order page tap 联系卖家, state the problem and what you want, and screenshot the replies',
    },
  });

export const external12315Steps = (): RouteStep[] => [
  makeStep({
    kind: 'external',
    channelId: 'cn-12315',
    title: { zh: '平台解决不了：打 12315', en: 'Platform did not resolve it: call 12315' },
    detail: {
      zh: '向市场监管部门投诉，说明平台处理经过',
      en: 'Complain to the market regulator; explain what the platform did',
    },
  }),
  makeStep({
    kind: 'external',
    channelId: 'cn-12315-web',
    title: { zh: '或在全国 12315 平台网上投诉', en: 'Or file online on the national 12315 platform' },
    detail: {
      zh: '网上投诉可以上传截图和视频证据',
      en: 'Online complaints can carry screenshots and videos',
    },
  }),
];

export const police110Step = (): RouteStep =>
  makeStep({
    kind: 'external',
    channelId: 'cn-110',
    title: { zh: '已经被骗或被盗刷：报警 110', en: 'Money already lost: call the police (110)' },
    detail: {
      zh: '保留转账记录、聊天记录和对方号码',
      en: 'Keep transfer records, chats and the caller’s number',
    },
  });
