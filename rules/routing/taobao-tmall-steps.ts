// Steps for Taobao and Tmall orders (third-party, 天猫超市, 天猫国际自营): seller → in-app
// after-sales → hotline (9510211, plus the documented self-operated line) → escalation → 12315.
import type { Context } from './context';
import type { Problem } from './problems';
import { external12315Steps, makeStep, police110Step, sellerChatStep, type RouteStep } from './steps';

const HOTLINE = 'taobao-tmall-hotline';

const afterSalesInApp = (): RouteStep =>
  makeStep({
    kind: 'in-app',
    channelId: 'taobao-order-after-sales',
    title: {
      zh: '在订单上申请售后，必要时申请客服介入',
      en: 'Open an after-sales request on the order; ask the platform to step in if needed',
    },
    detail: {
      zh: '先申请售后/退款；卖家拒绝或不处理，点“申请客服介入”，上传证据',
      en: 'Request after-sales or a refund; if the seller refuses or stalls, tap 申请客服介入 and upload evidence',
    },
  });

/** 9510211 with the IVR path that fits the shop and problem, when a guide documents one. */
function hotlineStep(context: Context, problem: Problem): RouteStep {
  const merchantCase = ['after-sales-refused', 'counterfeit', 'shipping-overdue'].includes(problem);
  const ivrId =
    problem === 'account-security'
      ? 'consumer-account-security'
      : context === 'tmall' && merchantCase
        ? 'tmall-merchant-after-sales'
        : (context === 'taobao' || context === 'general') && problem === 'after-sales-refused'
          ? 'consumer-after-sales'
          : undefined;
  return makeStep({
    kind: 'hotline',
    channelId: HOTLINE,
    title: { zh: '打淘宝/天猫消费者热线 9510211', en: 'Call the Taobao/Tmall consumer hotline 9510211' },
    detail:
      problem === 'vip88'
        ? {
            zh: '接通后说明是 88VIP 会员，要求转 88VIP 专属客服',
            en: 'Say you are an 88VIP member and ask for 88VIP service',
          }
        : {
            zh: '先报订单号，再讲问题和诉求；没有合适选项时说“转人工客服”',
            en: 'Give the order number first, then the problem and your demand; say 转人工客服 if no option fits',
          },
    ...(ivrId !== undefined && { ivrId }),
  });
}

function escalationStep(context: Context): RouteStep {
  const tmall = context !== 'taobao';
  return makeStep({
    kind: 'escalation',
    channelId: HOTLINE,
    title: {
      zh: '没有结果：带维权编号再打，要求升级',
      en: 'No result: call again with the case number and ask to escalate',
    },
    detail: {
      zh: `超过承诺时间就报上次的工号，要求高级专员处理${tmall ? '；复杂纠纷 72 小时未解决，可要求转天猫维权监督组' : ''}`,
      en: `Past the promised time, cite the agent id and ask for a senior specialist${tmall ? '; a complex case unresolved after 72 h can go to the Tmall 维权监督组' : ''}`,
    },
    sources: tmall ? ['seed-000', 'seed-001'] : ['seed-001'],
  });
}

export function taobaoTmallSteps(context: Context, problem: Problem): RouteStep[] {
  if (problem === 'account-security') {
    return [
      makeStep({
        kind: 'in-app',
        channelId: 'taobao-xiaomi',
        title: { zh: '先在客服小蜜说明账号异常', en: 'Report it to 客服小蜜 first' },
        detail: { zh: '无法立即冻结就马上打电话', en: 'If it cannot freeze the account at once, call' },
      }),
      hotlineStep(context, problem),
      makeStep({
        kind: 'hotline',
        channelId: 'alipay-hotline',
        ivrId: 'account',
        title: { zh: '涉及支付宝扣款：打 95188', en: 'Alipay charges involved: call 95188' },
        detail: { zh: '要求冻结异常支付', en: 'Ask to freeze the unexplained payments' },
      }),
      police110Step(),
    ];
  }
  if (problem === 'vip88') {
    return [
      makeStep({
        kind: 'in-app',
        channelId: 'taobao-xiaomi',
        title: { zh: '先在客服小蜜反映会员权益问题', en: 'Raise it with 客服小蜜 first' },
        detail: {
          zh: '说明会员价或权益没有兑现，保留截图',
          en: 'Say which member price or benefit was not honoured; keep screenshots',
        },
      }),
      hotlineStep(context, problem),
      makeStep({
        kind: 'hotline',
        channelId: 'vip88-hotline',
        title: { zh: '88VIP 热线 9510288', en: '88VIP line 9510288' },
        detail: { zh: '号码库里记录的会员热线', en: 'Member line recorded in a number list' },
      }),
      escalationStep(context),
      ...external12315Steps(),
    ];
  }
  const inApp =
    context === 'tmall-global-direct'
      ? makeStep({
          kind: 'in-app',
          channelId: 'tmall-global-after-sales',
          title: {
            zh: '在天猫国际订单上申请售后/投诉',
            en: 'Open after-sales or a complaint on the Tmall Global order',
          },
          detail: {
            zh: '天猫国际没有确认的电话号码，以 App 内途径为准',
            en: 'Tmall Global has no confirmed phone number; use the app',
          },
        })
      : problem === 'order-anomaly'
        ? makeStep({
            kind: 'in-app',
            channelId: 'taobao-xiaomi',
            title: { zh: '先问客服小蜜', en: 'Ask 客服小蜜 first' },
            detail: {
              zh: '在线客服解释不了再打热线',
              en: 'Call the hotline if online service cannot explain it',
            },
          })
        : afterSalesInApp();
  const selfOpLine =
    context === 'tmall-supermarket'
      ? [
          makeStep({
            kind: 'hotline',
            channelId: 'tmall-supermarket-hotline',
            title: { zh: '天猫超市售后电话 400-988-8898', en: 'Tmall Supermarket after-sales 400-988-8898' },
            detail: {
              zh: '报订单号，说明破损或漏发',
              en: 'Give the order number; say what is damaged or missing',
            },
          }),
        ]
      : [];
  return [
    sellerChatStep(),
    inApp,
    ...selfOpLine,
    hotlineStep(context, problem),
    escalationStep(context),
    ...external12315Steps(),
  ];
}
