// Steps for Weidian orders (no phone number: app, review, then 12315; seed 004) and for a
// suspicious contact (check in the app, police lines, report).
import type { Context } from './context';
import type { Problem } from './problems';
import { external12315Steps, makeStep, police110Step, sellerChatStep, type RouteStep } from './steps';

export function weidianSteps(problem: Problem): RouteStep[] {
  const service = makeStep({
    kind: 'escalation',
    channelId: 'weidian-service',
    title: {
      zh: '对处理结果不满：要求主管或投诉专员复核',
      en: 'Unhappy with the decision: ask a supervisor or complaints officer to review',
    },
    detail: {
      zh: '在微店在线客服里提出，并说明理由',
      en: 'Ask in Weidian online service and give your reasons',
    },
  });
  if (problem === 'account-security')
    return [
      {
        ...service,
        kind: 'in-app',
        title: { zh: '在微店在线客服说明账号异常', en: 'Report it in Weidian online service' },
      },
      police110Step(),
    ];
  const afterSales = makeStep({
    kind: 'in-app',
    channelId: 'weidian-after-sales',
    title: {
      zh: '在微店订单上申请退款/投诉商家，协商不成申请平台介入',
      en: 'Request a refund or complain on the Weidian order; ask for 平台介入 if talks fail',
    },
    detail: {
      zh: '选对投诉类型，上传证据，会生成工单',
      en: 'Pick the complaint type and upload evidence; a ticket is created',
    },
  });
  // The Tmall guide that describes 联系卖家 says nothing of Weidian; seed 004 tells Weidian
  // buyers to keep the chat with the seller and to negotiate first.
  return [sellerChatStep(['seed-004']), afterSales, service, ...external12315Steps()];
}

export function fraudSteps(context: Context): RouteStep[] {
  const check = context === 'weidian' ? 'weidian-app-service-check' : 'taobao-app-hotline-check';
  const report = (channelId: string, zh: string, en: string) =>
    makeStep({
      kind: 'external',
      channelId,
      title: { zh, en },
      detail: { zh: '提供对方号码、短信或聊天截图', en: 'Give the number, the message or chat screenshots' },
    });
  return [
    makeStep({
      kind: 'in-app',
      channelId: check,
      title: {
        zh: '不要回拨、不要点链接：在 App 内核对',
        en: 'Do not call back or tap links: check inside the app',
      },
      detail: {
        zh: '只用 App 里公布的客服入口联系平台',
        en: 'Contact the platform only through the service entry shown in the app',
      },
    }),
    makeStep({
      kind: 'external',
      channelId: 'cn-96110',
      title: { zh: '拿不准就问 96110', en: 'Not sure? Ask 96110' },
      detail: {
        zh: '公安反诈专线，可咨询可疑来电',
        en: 'Police anti-fraud line; ask about a suspicious contact',
      },
    }),
    police110Step(),
    report('cn-12381', '向 12381 反映', 'Report to 12381'),
    report('cn-12321', '举报骚扰诈骗号码：12321', 'Report spam or fraud numbers: 12321'),
  ];
}
