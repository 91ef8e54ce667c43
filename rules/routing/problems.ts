// The problems a shopper can pick. Each maps to a route, an evidence list and a call script.
import type { Text } from '../channels/types';

export const PROBLEMS = [
  'after-sales-refused',
  'counterfeit',
  'selfop-damaged-missing',
  'shipping-overdue',
  'lost-parcel',
  'vip88',
  'account-security',
  'order-anomaly',
  'suspicious-contact',
] as const;

export type Problem = (typeof PROBLEMS)[number];

export const PROBLEM_LABELS: Record<Problem, Text> = {
  'after-sales-refused': { zh: '商家拒绝售后', en: 'Seller refuses after-sales service' },
  counterfeit: { zh: '疑似假货', en: 'Suspected counterfeit' },
  'selfop-damaged-missing': { zh: '自营商品破损或漏发', en: 'Self-operated order damaged or incomplete' },
  'shipping-overdue': { zh: '超时未发货', en: 'Not shipped in time' },
  'lost-parcel': { zh: '包裹丢失', en: 'Lost parcel' },
  vip88: { zh: '88VIP 权益问题', en: '88VIP membership problem' },
  'account-security': { zh: '账号安全或资金异常', en: 'Account security or unexplained charges' },
  'order-anomaly': { zh: '订单异常（已发货无物流等）', en: 'Order anomaly (shipped but no tracking, etc.)' },
  'suspicious-contact': { zh: '可疑来电、短信或联系人', en: 'Suspicious call, message or contact' },
};

export function isProblem(value: string): value is Problem {
  return (PROBLEMS as readonly string[]).includes(value);
}
