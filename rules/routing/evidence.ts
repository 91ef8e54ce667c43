// Evidence to prepare before calling or filing, from DIGEST.md "Evidence to prepare, by situation".
import type { SourceId, Text } from '../channels/types';
import type { Platform } from '../types';
import type { Problem } from './problems';

export interface EvidenceItem {
  id: string;
  label: Text;
  /** Only for some orders, e.g. perishables. */
  when?: Text;
  sources: SourceId[];
}

const item = (id: string, zh: string, en: string, sources: SourceId[], when?: Text): EvidenceItem => ({
  id,
  label: { zh, en },
  sources,
  ...(when && { when }),
});

/** Needed in every case: agents pull the order up by its number (seeds 000, 001). */
const ALWAYS: EvidenceItem[] = [
  item('order-number', '订单号（复制下来）', 'Order number (copied)', ['seed-000', 'seed-001']),
  item('order-time', '下单时间', 'Order time', ['seed-001']),
  item('item-name', '商品名称', 'Item name', ['seed-001']),
  item('shop-name', '店铺名称', 'Shop name', ['seed-001']),
  item('account-phone', '账号绑定的手机号', 'Phone number bound to the account', ['seed-000', 'seed-001']),
  item(
    'id-last4',
    '身份证后 4 位（只在你主动拨打的官方热线核验身份时报出，不要告诉来电的人）',
    'Last 4 digits of your ID (only when you called the official line and it verifies you; never to a caller)',
    ['seed-000', 'seed-001'],
  ),
];

const CHAT = item(
  'chat-screenshots',
  '与卖家的聊天截图（圈出拒绝的话）',
  'Chat screenshots with the seller (refusal circled)',
  ['seed-000', 'seed-001'],
);
const TRACKING = item('tracking-screenshot', '物流信息截图', 'Tracking page screenshot', [
  'seed-001',
  'seed-003',
]);

const BY_PROBLEM: Record<Problem, EvidenceItem[]> = {
  'after-sales-refused': [
    CHAT,
    item('defect-media', '商品问题的照片或视频', 'Photos or video of the defect', ['seed-000', 'seed-001']),
    item('refund-refusal', '退款页面截图（显示商家拒绝理由）', 'Refund page showing the refusal reason', [
      'seed-001',
    ]),
  ],
  counterfeit: [
    item('anti-fake-lookup', '防伪码查询记录或扫码截图', 'Anti-counterfeit code lookup or scan screenshot', [
      'seed-000',
      'seed-001',
    ]),
    item(
      'official-appraisal',
      '品牌官方或国家认可机构（如中检）的鉴定报告，个人鉴定无效',
      'Appraisal by the brand or an accredited lab (e.g. CCIC); private appraisers do not count',
      ['seed-000'],
    ),
    item('side-by-side', '正品与所购商品的细节对比图', 'Side-by-side detail photos (genuine vs received)', [
      'seed-000',
      'seed-001',
    ]),
    CHAT,
  ],
  'selfop-damaged-missing': [
    item('waybill-photo', '快递面单照片', 'Photo of the courier waybill', ['seed-000']),
    item('unboxing-video', '开箱视频', 'Unboxing video', ['seed-000']),
  ],
  'shipping-overdue': [CHAT, TRACKING],
  'lost-parcel': [TRACKING, CHAT],
  vip88: [
    item('member-price', '会员价与实付价格的截图', 'Screenshots of the member price and the price paid', [
      'seed-000',
    ]),
  ],
  'account-security': [
    item(
      'login-records',
      '异常登录记录截图（登录设备管理页）',
      'Abnormal login records (device management page)',
      ['seed-001'],
    ),
    item('bill-screenshots', '异常账单截图', 'Screenshots of unexplained charges', ['seed-001']),
  ],
  'order-anomaly': [TRACKING, CHAT],
  'suspicious-contact': [
    item(
      'contact-record',
      '对方号码、短信或聊天截图，以及转账记录（如有）',
      'The number, messages or chat screenshots, and any transfer records',
      ['seed-004', 'research-channels'],
    ),
  ],
};

/** Weidian's own list (seed 004), some items only for certain goods. */
const WEIDIAN: EvidenceItem[] = [
  item('order-screenshot', '订单截图', 'Order screenshot', ['seed-004']),
  item('chat-screenshots', '与卖家的聊天截图', 'Chat screenshots with the seller', ['seed-004']),
  item('payment-voucher', '支付凭证', 'Payment voucher', ['seed-004']),
  item('problem-media', '商品问题的照片或视频', 'Photos or video of the problem', ['seed-004']),
  item('unboxing-video', '开箱验货视频', 'Unboxing video', ['seed-004'], {
    zh: '生鲜易腐商品',
    en: 'Perishable goods',
  }),
  item(
    'promise-vs-delivered',
    '商家承诺与实际提供内容的对比',
    'What was promised vs what was delivered',
    ['seed-004'],
    { zh: '虚拟商品', en: 'Virtual goods' },
  ),
  item(
    'agreed-design',
    '事先确认的设计稿或要求',
    'The design or requirements agreed beforehand',
    ['seed-004'],
    { zh: '定制商品', en: 'Custom goods' },
  ),
];

/**
 * Always-items first, then the situation's items; duplicates (by id) are dropped. A suspicious
 * contact is not an order complaint, so it gets no always-items (no ID digits, no account phone).
 */
export function evidenceFor(problem: Problem, platform?: Platform): EvidenceItem[] {
  if (problem === 'suspicious-contact') return [...BY_PROBLEM[problem]];
  const situation = platform === 'weidian' ? [...WEIDIAN, ...BY_PROBLEM[problem]] : BY_PROBLEM[problem];
  const seen = new Set<string>();
  return [...ALWAYS, ...situation].filter((e) => !seen.has(e.id) && seen.add(e.id));
}
