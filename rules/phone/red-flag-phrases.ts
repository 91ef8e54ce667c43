// Scam red-flag phrases from research/CHANNELS.md ("Red-flag phrases"), with a few printed
// variants. `weak`: ordinary on shopping pages (花呗, 钉钉, 验证码), never a warning on its own
// or together with other weak words. `strong`: enough alone.
import type { Text } from './types';

export type RedFlagCategory =
  | 'off-platform'
  | 'compensation'
  | 'credentials'
  | 'remote-control'
  | 'credit'
  | 'urgency'
  | 'money-movement';

export interface RedFlagPhrase {
  category: RedFlagCategory;
  /** The phrase as CHANNELS.md lists it (quoted in reasons when `pattern` is absent). */
  phrase: string;
  /** Printed variants; linear patterns only (alternations of literals, optional literals). */
  pattern?: RegExp;
  weak?: boolean;
  strong?: boolean;
}

export const CATEGORY_LABEL: Record<RedFlagCategory, Text> = {
  'off-platform': { zh: '转到平台外联系', en: 'moving off the platform' },
  compensation: { zh: '赔付诱饵', en: 'compensation bait' },
  credentials: { zh: '索要验证码或账户信息', en: 'asking for codes or account details' },
  'remote-control': { zh: '屏幕共享或远程操作', en: 'screen sharing or remote control' },
  credit: { zh: '借贷和信用产品', en: 'credit products' },
  urgency: { zh: '制造紧迫或恐慌', en: 'fear or urgency' },
  'money-movement': { zh: '要求转账', en: 'moving money' },
};

/** Categories in which a hit, together with another category, is a warning. */
export const ACTION_CATEGORIES: ReadonlySet<RedFlagCategory> = new Set([
  'off-platform',
  'credentials',
  'remote-control',
  'money-movement',
]);

const p = (
  category: RedFlagCategory,
  phrases: string[],
  extra: Partial<RedFlagPhrase> = {},
): RedFlagPhrase[] => phrases.map((phrase) => ({ category, phrase, ...extra }));

export const RED_FLAG_PHRASES: readonly RedFlagPhrase[] = [
  ...p('off-platform', ['添加客服微信', '扫码添加', '长按识别二维码', '理赔群', '退款群', '私下处理']),
  {
    category: 'off-platform',
    phrase: '加微信',
    pattern: /加(?:我|个|一下|下)?(?:微信|VX|vx|V信|威信|薇信)/g,
  },
  { category: 'off-platform', phrase: '加QQ', pattern: /加(?:我|个|一下|下)?(?:QQ|qq|扣扣)/g },
  ...p('compensation', ['理赔中心', '退款中心', '双倍赔偿', '双倍赔付', '双倍退款', '加倍理赔', '退一赔三']),
  ...p('compensation', ['运输途中损坏', '主动退款', '过敏召回']),
  ...p('compensation', ['理赔', '快递丢失'], { weak: true }),
  ...p('credentials', ['支付密码', '银行卡号', '关闭免密支付']),
  ...p('credentials', ['短信验证码', '验证码', '身份证号'], { weak: true }),
  {
    category: 'credentials',
    phrase: '索要验证码',
    pattern:
      /(?:把|将)(?:短信|手机)?验证码(?:发给我|发给客服|发我|发过来|告诉我|报给我|报一下|念一下|给我|截图发给我|截图)|告诉我(?:你的|您的)?(?:短信|手机)?验证码|(?:提供|报一下|报给我|念一下|发一下|发给我)(?:一下)?(?:你的|您的)?(?:短信|手机)?验证码|验证码(?:是多少|发过来|发给我|报给我|告诉我)/g,
    strong: true,
  },
  ...p('remote-control', ['屏幕共享', '共享屏幕'], { strong: true }),
  ...p('remote-control', ['下载会议软件', '远程指导', '云视讯']),
  ...p('remote-control', ['钉钉', '腾讯会议', '飞书会议'], { weak: true }),
  ...p('credit', ['备用金', '微粒贷', '提高信用额度', '芝麻信用不足', '资金流水认证', '刷流水']),
  ...p('credit', ['借呗', '花呗', '贷款'], { weak: true }),
  ...p('urgency', [
    '关闭会员',
    '取消会员',
    '自动扣费',
    '每月扣费',
    '列为代理商',
    '百万保障到期',
    '影响征信',
    '注销白条',
  ]),
  ...p('money-movement', ['安全账户', '监管账户'], { strong: true }),
  ...p('money-movement', ['中间账户', '指定账户', '退还差价', '归还多余款项']),
];
