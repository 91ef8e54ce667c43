// Phone lines of Alipay and Cainiao (Alibaba group companies, not Taobao/Tmall themselves).
// Facts: research/CHANNELS.md; seeds 001 and 003 name 95188.
import type { PhoneChannel } from '../types';
import { CHECKED_2026_11_22 as checked } from './checked';

const ALIPAY_APP_CHECK = 'alipay-app-service-check';
const LIST_ONLY = {
  zh: '只见于号码库，未能确认仍在使用',
  en: 'Found only in a number list; not confirmed as current',
};
const CAINIAO_PURPOSE = { zh: '菜鸟配送的包裹', en: 'Parcels delivered by Cainiao' };

export const ALIPAY_CAINIAO_PHONES: PhoneChannel[] = [
  {
    id: 'alipay-hotline',
    kind: 'phone',
    number: '95188',
    digits: '95188',
    aliases: [{ number: '+86-571-95188', digits: '057195188', label: { zh: '境外拨打', en: 'From abroad' } }],
    entity: { zh: '支付宝客服热线', en: 'Alipay hotline' },
    owner: 'alipay',
    purpose: { zh: '付款、退款到账、支付宝账户问题', en: 'Payments, refunds, Alipay account problems' },
    hours: [
      { text: { zh: '7×24 小时', en: '24/7' }, windows: 'always', sources: ['research-channels'] },
      {
        text: { zh: '人工客服 8:00-24:00', en: 'Human agents 8:00-24:00' },
        windows: [{ start: '08:00', end: '00:00' }],
        sources: ['research-channels'],
      },
    ],
    hoursConfidence: 'low',
    ivr: [
      {
        id: 'account',
        keys: [{ key: '1', label: { zh: '账户', en: 'Account' } }],
        purpose: { zh: '支付宝账户', en: 'Alipay account' },
        sources: ['research-channels'],
      },
      {
        id: 'huabei-jiebei',
        keys: [{ key: '2', label: { zh: '花呗/借呗', en: 'Huabei/Jiebei' } }],
        purpose: { zh: '花呗、借呗', en: 'Huabei and Jiebei credit' },
        sources: ['research-channels'],
      },
    ],
    confidence: 'high',
    sources: ['seed-001', 'research-channels'],
    lastChecked: checked,
    note: {
      zh: '一篇面向淘宝商家的文章把 95188 称作淘宝客服热线；它是支付宝的号码。',
      en: 'An article for Taobao merchants calls 95188 a Taobao line; it is Alipay’s.',
    },
    confirmRouteId: ALIPAY_APP_CHECK,
  },
  {
    id: 'cainiao-hotline',
    kind: 'phone',
    number: '951966',
    digits: '951966',
    entity: { zh: '菜鸟客服', en: 'Cainiao customer service' },
    owner: 'cainiao',
    purpose: CAINIAO_PURPOSE,
    hours: [],
    confidence: 'medium',
    sources: ['research-channels'],
    lastChecked: checked,
    note: LIST_ONLY,
  },
  {
    id: 'cainiao-direct-hotline',
    kind: 'phone',
    number: '9519668',
    digits: '9519668',
    entity: { zh: '菜鸟直送', en: 'Cainiao Direct' },
    owner: 'cainiao',
    purpose: CAINIAO_PURPOSE,
    hours: [],
    confidence: 'medium',
    sources: ['research-channels'],
    lastChecked: checked,
    note: LIST_ONLY,
  },
  {
    id: 'cainiao-400-hotline',
    kind: 'phone',
    number: '400-178-7878',
    digits: '4001787878',
    entity: { zh: '菜鸟客服（400 号码）', en: 'Cainiao customer service (400 number)' },
    owner: 'cainiao',
    purpose: CAINIAO_PURPOSE,
    hours: [],
    confidence: 'medium',
    sources: ['research-channels'],
    lastChecked: checked,
    note: LIST_ONLY,
  },
];
