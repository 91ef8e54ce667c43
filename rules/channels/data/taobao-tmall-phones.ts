// Phone lines of Taobao and Tmall. Facts: seeds 000/001/003, research/CHANNELS.md
// and the real Tmall order-detail sample. Conflicting hours are all kept, each with its source.
import type { PhoneChannel } from '../types';
import { CHECKED_2026_11_22 as checked } from './checked';

const TAOBAO_APP_CHECK = 'taobao-app-hotline-check';
const LIST_ONLY = {
  zh: '只见于号码库，未能确认仍在使用',
  en: 'Found only in a number list; not confirmed as current',
};

export const TAOBAO_TMALL_PHONES: PhoneChannel[] = [
  {
    id: 'taobao-tmall-hotline',
    kind: 'phone',
    number: '9510211',
    digits: '9510211',
    entity: { zh: '淘宝/天猫消费者热线', en: 'Taobao/Tmall consumer hotline' },
    owner: 'alibaba-taobao',
    purpose: {
      zh: '淘宝、天猫的售后纠纷、平台介入、假货投诉、账号安全、订单异常、丢件',
      en: 'Taobao and Tmall after-sales disputes, platform intervention, counterfeits, account security, order problems, lost parcels',
    },
    hours: [
      {
        text: { zh: '全年 9:00-21:00', en: '9:00-21:00 every day of the year' },
        windows: [{ start: '09:00', end: '21:00' }],
        sources: ['seed-001', 'research-channels'],
      },
      {
        text: { zh: '大促期间可能延长至 22:00', en: 'May run to 22:00 during big sales' },
        windows: [{ start: '09:00', end: '22:00' }],
        season: 'big-sale',
        sources: ['seed-001'],
      },
      {
        text: { zh: '8:00-23:00（仅此一处来源）', en: '8:00-23:00 (this source only)' },
        windows: [{ start: '08:00', end: '23:00' }],
        sources: ['seed-000'],
      },
      {
        text: {
          zh: '7:00-次日 1:00（某聊天页页眉，可信度低）',
          en: '7:00-1:00 next day (a chat page header, low confidence)',
        },
        windows: [{ start: '07:00', end: '01:00' }],
        sources: ['research-channels'],
      },
    ],
    hoursConfidence: 'low',
    ivr: [
      {
        id: 'tmall-merchant-after-sales',
        keys: [
          { key: '2', label: { zh: '天猫商家服务', en: 'Tmall merchant service' } },
          { key: '3', label: { zh: '售后投诉', en: 'After-sales complaint' } },
        ],
        purpose: {
          zh: '天猫第三方店铺的售后投诉，报天猫订单号',
          en: 'After-sales complaint about a third-party Tmall store; give the order number',
        },
        sources: ['seed-000'],
      },
      {
        id: 'consumer-after-sales',
        keys: [
          { key: '1', label: { zh: '淘宝/天猫消费者服务', en: 'Taobao/Tmall consumer service' } },
          { key: '2', label: { zh: '售后纠纷', en: 'After-sales dispute' } },
          { key: '0', label: { zh: '人工客服', en: 'Human agent' } },
        ],
        purpose: { zh: '消费者售后纠纷', en: 'Consumer after-sales disputes' },
        sources: ['seed-001'],
      },
      {
        id: 'consumer-account-security',
        keys: [
          { key: '1', label: { zh: '淘宝/天猫消费者服务', en: 'Taobao/Tmall consumer service' } },
          { key: '3', label: { zh: '账号安全', en: 'Account security' } },
          { key: '0', label: { zh: '人工客服', en: 'Human agent' } },
        ],
        purpose: { zh: '账号被盗、资金异常', en: 'Stolen account, unexplained charges' },
        sources: ['seed-001'],
      },
    ],
    confidence: 'high',
    sources: ['seed-000', 'seed-001', 'research-channels'],
    lastChecked: checked,
    note: {
      zh: '两篇指南给出的语音菜单不同，菜单可能已调整；没有合适选项时可以说“转人工客服”。88VIP 会员可要求转 88VIP 专属客服。',
      en: 'The two guides give different phone menus, which may have changed; if no option fits, say “转人工客服”. 88VIP members can ask for 88VIP service.',
    },
    confirmRouteId: TAOBAO_APP_CHECK,
  },
  {
    id: 'vip88-hotline',
    kind: 'phone',
    number: '9510288',
    digits: '9510288',
    entity: { zh: '88VIP 会员热线', en: '88VIP member line' },
    owner: 'alibaba-taobao',
    purpose: { zh: '88VIP 会员权益问题', en: '88VIP membership problems' },
    hours: [],
    confidence: 'medium',
    sources: ['research-channels'],
    lastChecked: checked,
    note: LIST_ONLY,
    confirmRouteId: TAOBAO_APP_CHECK,
  },
  {
    id: 'tmall-supermarket-hotline',
    kind: 'phone',
    number: '400-988-8898',
    digits: '4009888898',
    entity: { zh: '天猫超市售后', en: 'Tmall Supermarket after-sales' },
    owner: 'alibaba-taobao',
    purpose: {
      zh: '天猫超市自营商品：破损、漏发、临期未标注；电话申请退货',
      en: 'Tmall Supermarket own goods: damaged, missing, near-expiry unlabelled; returns by phone',
    },
    hours: [
      {
        text: { zh: '9:00-21:00', en: '9:00-21:00' },
        windows: [{ start: '09:00', end: '21:00' }],
        sources: ['seed-000'],
      },
    ],
    confidence: 'medium',
    sources: ['seed-000', 'seed-001', 'research-channels'],
    lastChecked: checked,
    note: {
      zh: '出现在约 2020 年天猫超市自己的售后说明里，现状未能确认。店托易博客还说它受理天猫国际自营，但没有其他来源支持。',
      en: 'Seen in Tmall Supermarket’s own after-sales text (about 2020); current status unconfirmed. The Diantuoyi blog also names it for Tmall Global direct, which no other source supports.',
    },
    confirmRouteId: TAOBAO_APP_CHECK,
  },
  {
    id: 'tmall-legacy-hotline',
    kind: 'phone',
    number: '400-860-8608',
    digits: '4008608608',
    entity: { zh: '天猫热线（旧）', en: 'Tmall hotline (legacy)' },
    owner: 'alibaba-taobao',
    purpose: { zh: '天猫旧版客服热线', en: 'Former Tmall customer-service line' },
    hours: [
      {
        text: { zh: '9:00-24:00（2018 年帮助页存档）', en: '9:00-24:00 (2018 help-page copy)' },
        windows: [{ start: '09:00', end: '00:00' }],
        sources: ['research-channels'],
      },
    ],
    confidence: 'medium',
    sources: ['research-channels', 'sample-tmall-detail'],
    lastChecked: checked,
    note: {
      zh: '2025 年 11 月的天猫订单详情页数据仍写着“天猫热线 4008 608 608”，但是否仍有人接听未能确认。',
      en: 'A Tmall order-detail page from Nov 2025 still lists “天猫热线 4008 608 608”; whether it is still answered is unconfirmed.',
    },
    confirmRouteId: TAOBAO_APP_CHECK,
  },
  {
    id: 'taobao-legacy-hotline',
    kind: 'phone',
    number: '0571-88158198',
    digits: '057188158198',
    entity: { zh: '淘宝热线（旧）', en: 'Taobao hotline (legacy)' },
    owner: 'alibaba-taobao',
    purpose: {
      zh: '淘宝旧版热线；天猫店铺纠纷不要打这个号',
      en: 'Former Taobao line; not the line for Tmall store disputes',
    },
    hours: [
      {
        text: { zh: '7×24 小时（旧页面存档）', en: '24/7 (old page copy)' },
        windows: 'always',
        sources: ['research-channels'],
      },
    ],
    confidence: 'medium',
    sources: ['seed-000', 'research-channels'],
    lastChecked: checked,
    note: {
      zh: '2012-2014 年淘宝自己的短信里用过这个号码，确属淘宝；现在是否仍有人接听未能确认。',
      en: 'Used in Taobao’s own SMS texts in 2012-2014, so it is Taobao’s; whether it is still answered is unconfirmed.',
    },
    confirmRouteId: TAOBAO_APP_CHECK,
  },
  {
    id: 'taobao-legacy-88157858',
    kind: 'phone',
    number: '0571-88157858',
    digits: '057188157858',
    entity: { zh: '淘宝网热线（用途不明）', en: 'Taobao line (role unclear)' },
    owner: 'alibaba-taobao',
    purpose: {
      zh: '2018 年天猫服务页页脚上的淘宝网热线',
      en: 'Taobao line in the footer of a 2018 Tmall service page',
    },
    hours: [
      {
        text: { zh: '9:00-21:00', en: '9:00-21:00' },
        windows: [{ start: '09:00', end: '21:00' }],
        sources: ['research-channels'],
      },
    ],
    confidence: 'medium',
    sources: ['research-channels'],
    lastChecked: checked,
    confirmRouteId: TAOBAO_APP_CHECK,
  },
];
