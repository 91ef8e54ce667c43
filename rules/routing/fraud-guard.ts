// Standing rules shown next to any contact with "customer service". They describe what genuine
// service does not do; they never call a particular number a scam.
import type { SourceId, Text } from '../channels/types';

export interface FraudGuardRule {
  id: string;
  text: Text;
  sources: SourceId[];
}

export const FRAUD_GUARD: readonly FraudGuardRule[] = [
  {
    id: 'no-codes',
    text: {
      zh: '官方客服不会索要短信验证码',
      en: 'Official service never asks for an SMS verification code',
    },
    sources: ['seed-001', 'research-channels'],
  },
  {
    id: 'no-card-or-password',
    text: {
      zh: '官方客服不会索要银行卡号、支付密码或身份证号',
      en: 'Official service never asks for a bank card number, payment password or ID number',
    },
    sources: ['seed-002', 'seed-004', 'research-channels'],
  },
  {
    id: 'no-screen-sharing',
    text: {
      zh: '官方客服不会让你共享屏幕或下载会议软件',
      en: 'Official service never asks you to share your screen or install a meeting app',
    },
    sources: ['research-channels'],
  },
  {
    id: 'no-off-platform',
    text: {
      zh: '官方客服不会让你加微信、QQ 或进“理赔群”；理赔和退款只在原平台内进行',
      en: 'Official service never moves you to WeChat, QQ or a “claims group”; compensation and refunds happen inside the platform',
    },
    sources: ['seed-004', 'research-channels'],
  },
  {
    id: 'no-money-moves',
    text: {
      zh: '不会让你转账到“安全账户”、借款或开通备用金来“退款”',
      en: 'Never asks you to move money to a “safe account”, borrow, or open a credit line to “receive a refund”',
    },
    sources: ['research-channels'],
  },
  {
    id: 'numbers-from-app',
    text: {
      zh: '只相信 App 或官网内公布的号码；搜索结果里的“维权电话”要先在 App 内核对',
      en: 'Trust only numbers shown in the app or official site; check any “complaint number” from search results in the app first',
    },
    sources: ['seed-000', 'seed-001'],
  },
  {
    id: 'no-unknown-links',
    text: { zh: '不要点卖家或来电者发来的陌生链接', en: 'Do not open unknown links from sellers or callers' },
    sources: ['seed-004'],
  },
  {
    id: 'answer-96110',
    text: {
      zh: '接到 96110 来电请接听，这是公安反诈预警；12381 的预警短信不带链接和电话',
      en: 'Answer calls from 96110 (police anti-fraud warnings); 12381 warning SMS carry no links or numbers',
    },
    sources: ['research-channels'],
  },
];
