// Routes inside the platform apps, and the paths to confirm a number there. The seeds describe
// them; nobody checked them in a live app, hence 'medium' (or 'low' for a single blog's word).
import type { Channel } from '../types';
import { CHECKED_2026_11_22 as checked } from './checked';

const NO_ADDRESS = {
  zh: '一篇微店投诉指南说有官方邮箱和微博，但没有给出地址；只使用微店 App 或官网内显示的地址。',
  en: 'A Weidian complaint guide says an official e-mail and Weibo account exist but gives no address; use only one shown in the Weidian app or official site.',
};

export const IN_APP_CHANNELS: Channel[] = [
  {
    id: 'merchant-chat',
    kind: 'in-app',
    route: [
      { zh: '订单详情页', en: 'Order detail page' },
      { zh: '联系卖家 / 联系客服', en: 'Contact seller / 联系客服' },
    ],
    entity: { zh: '店铺客服（卖家）', en: 'The shop’s own service (seller)' },
    owner: 'seller',
    purpose: {
      zh: '第一步：先和卖家沟通，并保留聊天记录',
      en: 'First step: talk to the seller and keep the chat record',
    },
    hours: [
      {
        text: { zh: '以店铺自己的在线时间为准', en: 'The shop’s own hours' },
        windows: null,
        sources: ['seed-002'],
      },
    ],
    confidence: 'medium',
    sources: ['seed-002'],
    lastChecked: checked,
  },
  {
    id: 'taobao-order-after-sales',
    kind: 'in-app',
    route: [
      {
        zh: '淘宝/天猫 App → 我的淘宝 → 我的订单（已买到的宝贝）',
        en: 'Taobao/Tmall app → 我的淘宝 → 我的订单 (已买到的宝贝)',
      },
      { zh: '订单详情 → 申请售后 / 退款', en: 'Order detail → 申请售后 / refund' },
      {
        zh: '卖家拒绝后 → 申请客服介入（联系天猫客服）',
        en: 'If the seller refuses → 申请客服介入 (联系天猫客服)',
      },
    ],
    entity: { zh: '淘宝/天猫 售后与客服介入', en: 'Taobao/Tmall after-sales and platform intervention' },
    owner: 'alibaba-taobao',
    purpose: {
      zh: '在订单上申请售后，卖家拒绝时请平台介入',
      en: 'Open an after-sales request on the order; ask the platform to step in if the seller refuses',
    },
    hours: [],
    confidence: 'medium',
    sources: ['seed-001', 'seed-002', 'research-channels'],
    lastChecked: checked,
  },
  {
    id: 'taobao-xiaomi',
    kind: 'in-app',
    route: [
      { zh: '淘宝 App → 我的淘宝', en: 'Taobao app → 我的淘宝' },
      { zh: '客服小蜜（需要时说“转人工”）', en: '客服小蜜 (say “转人工” for a human)' },
    ],
    entity: { zh: '淘宝客服小蜜（在线客服）', en: 'Taobao 客服小蜜 (online service)' },
    owner: 'alibaba-taobao',
    purpose: {
      zh: '查物流、改地址、取消未发货订单等简单问题；也可用维权编号查进度',
      en: 'Simple questions (tracking, address change, cancelling unshipped orders); also where a case number is looked up',
    },
    hours: [
      { text: { zh: '机器人 24 小时在线', en: 'Bot online 24 h' }, windows: 'always', sources: ['seed-002'] },
    ],
    confidence: 'medium',
    sources: ['seed-000', 'seed-001'],
    lastChecked: checked,
  },
  {
    id: 'tmall-global-after-sales',
    kind: 'in-app',
    route: [
      {
        zh: '淘宝/天猫 App → 我的订单 → 天猫国际订单',
        en: 'Taobao/Tmall app → 我的订单 → the Tmall Global order',
      },
      { zh: '申请售后 / 投诉', en: '申请售后 / 投诉' },
    ],
    entity: { zh: '天猫国际 售后', en: 'Tmall Global after-sales' },
    owner: 'alibaba-taobao',
    purpose: {
      zh: '跨境订单的售后与投诉（没有确认的电话号码）',
      en: 'Cross-border orders (no confirmed phone number)',
    },
    hours: [],
    confidence: 'medium',
    sources: ['research-channels'],
    lastChecked: checked,
  },
  {
    id: 'taobao-seller-center',
    kind: 'in-app',
    route: [{ zh: '卖家中心 → 在线客服，或 规则举报', en: 'Seller centre → online service, or rule report' }],
    entity: { zh: '淘宝卖家中心（商家用）', en: 'Taobao seller centre (for merchants)' },
    owner: 'alibaba-taobao',
    purpose: {
      zh: '商家投诉平台客服或买家；不是消费者渠道',
      en: 'Merchants complaining about service or buyers; not a shopper channel',
    },
    hours: [],
    confidence: 'low',
    sources: ['seed-003'],
    lastChecked: checked,
  },
  {
    id: 'weidian-after-sales',
    kind: 'in-app',
    route: [
      { zh: '微店 App → 订单详情', en: 'Weidian app → order detail' },
      {
        zh: '申请退款/退货 或 投诉商家（选类型、上传证据）',
        en: 'Refund/return or complain about the seller (pick a type, upload evidence)',
      },
      {
        zh: '协商不成 → 申请平台介入',
        en: 'If negotiation fails → ask for platform intervention (平台介入)',
      },
    ],
    entity: { zh: '微店 售后与平台介入', en: 'Weidian after-sales and platform intervention' },
    owner: 'weidian',
    purpose: {
      zh: '微店纠纷的首选途径：生成工单，平台按证据裁决',
      en: 'The preferred Weidian route: creates a ticket the platform decides on evidence',
    },
    hours: [],
    confidence: 'medium',
    sources: ['seed-004', 'research-channels'],
    lastChecked: checked,
    note: {
      zh: '没有找到微店公布的电话号码；网页上的“微店官方客服电话”都应视为未确认。',
      en: 'No phone number published by Weidian was found; treat any “Weidian official number” on a web page as unconfirmed.',
    },
  },
  {
    id: 'weidian-service',
    kind: 'in-app',
    route: [
      { zh: '微店 App → 我的 / 帮助中心', en: 'Weidian app → 我的 / help centre' },
      { zh: '在线客服 → 转人工', en: 'Online service → ask for a human' },
    ],
    entity: { zh: '微店在线客服', en: 'Weidian online service' },
    owner: 'weidian',
    purpose: {
      zh: '咨询与投诉；对处理结果不满时要求主管或投诉专员复核',
      en: 'Questions and complaints; ask for a supervisor or complaints officer to review',
    },
    hours: [],
    confidence: 'medium',
    sources: ['seed-004'],
    lastChecked: checked,
  },
  {
    id: 'weidian-email',
    kind: 'email',
    entity: { zh: '微店官方邮箱', en: 'Weidian official e-mail' },
    owner: 'weidian',
    purpose: { zh: '证据很多的复杂投诉', en: 'Complex complaints with many attachments' },
    hours: [],
    confidence: 'low',
    sources: ['seed-004'],
    lastChecked: checked,
    note: NO_ADDRESS,
  },
  {
    id: 'weidian-weibo',
    kind: 'web',
    entity: { zh: '微店官方微博', en: 'Weidian official Weibo account' },
    owner: 'weidian',
    purpose: {
      zh: '辅助反馈；公开留言不要写订单号、手机号',
      en: 'Secondary feedback; never post order or phone numbers publicly',
    },
    hours: [],
    confidence: 'low',
    sources: ['seed-004'],
    lastChecked: checked,
    note: NO_ADDRESS,
  },
  {
    id: 'taobao-app-hotline-check',
    kind: 'in-app',
    route: [
      { zh: '淘宝 App → 我的淘宝 → 设置', en: 'Taobao app → 我的淘宝 → 设置 (settings)' },
      { zh: '关于淘宝 → 消费者客服热线', en: '关于淘宝 → 消费者客服热线' },
    ],
    entity: { zh: '在淘宝 App 内核对客服号码', en: 'Check the service number in the Taobao app' },
    owner: 'alibaba-taobao',
    purpose: {
      zh: '确认一个号码是不是淘宝/天猫公布的',
      en: 'Confirm whether Taobao/Tmall publishes a number',
    },
    hours: [],
    confidence: 'medium',
    sources: ['seed-001', 'research-channels'],
    lastChecked: checked,
  },
  {
    id: 'alipay-app-service-check',
    kind: 'in-app',
    route: [{ zh: '支付宝 App → 我的 → 我的客服', en: 'Alipay app → 我的 → 我的客服' }],
    entity: { zh: '在支付宝 App 内核对客服', en: 'Check customer service in the Alipay app' },
    owner: 'alipay',
    purpose: {
      zh: '确认一个号码或联系人是不是支付宝的',
      en: 'Confirm whether a number or contact is Alipay’s',
    },
    hours: [],
    confidence: 'medium',
    sources: ['research-channels'],
    lastChecked: checked,
  },
  {
    id: 'weidian-app-service-check',
    kind: 'in-app',
    route: [{ zh: '微店 App → 订单 → 联系客服', en: 'Weidian app → 订单 → 联系客服' }],
    entity: { zh: '在微店 App 内核对客服', en: 'Check customer service in the Weidian app' },
    owner: 'weidian',
    purpose: {
      zh: '确认一个号码或联系人是不是微店的',
      en: 'Confirm whether a number or contact is Weidian’s',
    },
    hours: [],
    confidence: 'medium',
    sources: ['research-channels'],
    lastChecked: checked,
  },
];
