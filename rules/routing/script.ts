// What to say on the call. Seed 001's formula: problem + order facts + what was tried + the
// concrete demand. Seed 001 also says to give the order number first, so the script opens with
// it (the agent pulls the order up while you explain), then follows the formula.
import type { SourceId, Text } from '../channels/types';
import type { Order, Platform } from '../types';
import type { Problem } from './problems';

export interface CallScriptInput {
  order?: Order;
  platform?: Platform;
  problem: Problem;
  /** What the shopper already tried, in their words. */
  tried?: string;
  /** The shopper's own demand; replaces the default. */
  demand?: string;
}

export interface CallScript {
  /** zh is what to say to the agent; en is a gloss for the shopper. */
  text: Text;
  demand: Text;
  demandIsDefault: boolean;
  /** Facts the script had to leave as 【placeholders】. */
  missing: Text[];
  sources: SourceId[];
}

const SAY: Record<Problem, Text> = {
  'after-sales-refused': {
    zh: '商品有问题，商家拒绝售后',
    en: 'the item is faulty and the seller refuses after-sales service',
  },
  counterfeit: {
    zh: '收到的商品疑似假货，商家不承认',
    en: 'the item looks counterfeit and the seller denies it',
  },
  'selfop-damaged-missing': {
    zh: '自营商品收到时破损或漏发',
    en: 'the self-operated order arrived damaged or incomplete',
  },
  'shipping-overdue': { zh: '商家超时没有发货', en: 'the seller has not shipped in time' },
  'lost-parcel': {
    zh: '包裹丢失，物流和商家互相推诿',
    en: 'the parcel is lost and courier and seller blame each other',
  },
  vip88: { zh: '88VIP 会员权益没有兑现', en: 'my 88VIP benefits were not honoured' },
  'account-security': { zh: '账号有异常登录或资金异常', en: 'my account shows unknown logins or charges' },
  'order-anomaly': {
    zh: '订单显示已发货，但没有物流信息',
    en: 'the order shows shipped but has no tracking',
  },
  'suspicious-contact': {
    zh: '有人自称平台客服联系我，我想核实',
    en: 'someone claiming to be platform service contacted me and I want to check',
  },
};

interface Demand {
  text: Text;
  sources: SourceId[];
}

const d = (zh: string, en: string, sources: SourceId[]): Demand => ({ text: { zh, en }, sources });

function defaultDemand(problem: Problem, tmall: boolean): Demand {
  switch (problem) {
    case 'after-sales-refused':
      return d(
        '请商家在 24 小时内安排检测，有问题立即换新；不能换新就全额退款，退货运费由商家承担',
        'have the seller arrange an inspection within 24 h and replace it if faulty; otherwise a full refund with return shipping paid by the seller',
        ['seed-000', 'seed-001'],
      );
    case 'counterfeit':
      return tmall
        ? d(
            '依据天猫正品保障规则，要求商家履行假一赔四承诺',
            'under Tmall’s authenticity guarantee, the seller must honour its “pay four times for a fake” promise',
            ['seed-000'],
          )
        : d('全额退款，并由商家赔偿运费', 'a full refund plus shipping costs from the seller', ['seed-001']);
    case 'selfop-damaged-missing':
      return d(
        '尽快补发缺少或破损的商品；无法补发就退款',
        'resend the missing or damaged goods soon, or refund them',
        ['seed-000'],
      );
    case 'shipping-overdue':
      return d(
        '请商家立即发货并给出物流单号，否则全额退款',
        'ship now with a tracking number, or refund in full',
        ['seed-000'],
      );
    case 'lost-parcel':
      return d(
        '查明包裹去向；确认丢失的，在平台内补发或全额退款',
        'find the parcel; if it is lost, resend or refund in full inside the platform',
        ['seed-001'],
      );
    case 'vip88':
      return d('兑现 88VIP 会员权益，补偿差价', 'honour the 88VIP benefit and refund the price difference', [
        'seed-000',
      ]);
    case 'account-security':
      return d(
        '立即冻结异常操作，追回异常扣款，恢复账号正常使用',
        'freeze the unknown activity now, recover the charges and restore the account',
        ['seed-001'],
      );
    case 'order-anomaly':
      return d(
        '核实订单的真实发货情况，并告诉我明确的处理时间',
        'check whether it really shipped and give me a firm time for an answer',
        ['seed-001'],
      );
    case 'suspicious-contact':
      return d(
        '请帮我核实这个号码或联系人是不是官方客服',
        'please check whether this number or contact is official service',
        ['research-channels'],
      );
  }
}

/** Page text and typed text: one line, no control or invisible characters, bounded length. */
function clean(value: string | undefined, max = 80): string | undefined {
  if (value === undefined) return undefined;
  const s = value
    .replace(/\p{Cf}/gu, '') // zero-width and direction marks
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .replace(/[。.]+$/, '');
  if (s === '') return undefined;
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

export function callScript(input: CallScriptInput): CallScript {
  const { order, problem } = input;
  const missing: Text[] = [];
  const fact = (value: string | undefined, label: Text): Text => {
    const v = clean(value);
    if (v !== undefined) return { zh: v, en: v };
    missing.push(label);
    return { zh: `【${label.zh}】`, en: `[${label.en}]` };
  };
  const orderId = fact(order?.orderId, { zh: '订单号', en: 'order number' });
  const first = order?.items[0];
  const more = (order?.items.length ?? 0) > 1 ? (order?.items.length ?? 0) : 0;
  const item = fact(first?.title, { zh: '商品名称', en: 'item name' });
  const shop = fact(order?.shopName ?? order?.sellerNick, { zh: '店铺名称', en: 'shop name' });
  const tried = fact(input.tried, {
    zh: '做过的尝试，例如：联系卖家、在线客服介入 3 天没有结果',
    en: 'what you already tried, e.g. seller and online service, no result in 3 days',
  });
  const tmall =
    ['tmall', 'tmall-supermarket', 'tmall-global-direct'].includes(order?.shopType ?? '') ||
    input.platform === 'tmall';
  const own = clean(input.demand, 200);
  const fallback = defaultDemand(problem, tmall);
  const demand = own !== undefined ? { zh: own, en: own } : fallback.text;
  const created = clean(order?.createdAt);
  const amount = clean(order?.amount);
  const extraZh = `${created ? `，下单时间 ${created}` : ''}${amount ? `，实付 ${amount} 元` : ''}`;
  const extraEn = `${created ? `, ordered ${created}` : ''}${amount ? `, paid ¥${amount}` : ''}`;
  const say = SAY[problem];
  const text: Text = {
    zh: [
      `您好，我的订单号是 ${orderId.zh}。`,
      `我要反映的问题是：${say.zh}。`,
      `商品是“${item.zh}”${more ? `等 ${more} 件` : ''}，店铺是“${shop.zh}”${extraZh}。`,
      `我已经${tried.zh}，问题还没有解决。`,
      `我的诉求是：${demand.zh}。`,
      '请告诉我维权编号、您的工号，以及明确的回复时间。',
    ].join(''),
    en: [
      `Hello, my order number is ${orderId.en}. `,
      `The problem: ${say.en}. `,
      `Item “${item.en}”${more ? ` and ${more - 1} more` : ''}, shop “${shop.en}”${extraEn}. `,
      `I already tried: ${tried.en}; it is not resolved. `,
      `My demand: ${demand.en}. `,
      'Please give me the case number, your agent id and a firm time for your reply.',
    ].join(''),
  };
  const sources = new Set<SourceId>(['seed-001', ...(own === undefined ? fallback.sources : [])]);
  return { text, demand, demandIsDefault: own === undefined, missing, sources: [...sources] };
}

export interface CallChecklistItem {
  id: string;
  text: Text;
  sources: SourceId[];
}

/** What to ask and do on the call; the last check depends on what was fixed. */
export function callQuestions(problem?: Problem): CallChecklistItem[] {
  const verify: Text =
    problem === 'account-security'
      ? { zh: '挂断前当场核实：现在登录账号能成功吗？', en: 'Before hanging up, check: can you log in now?' }
      : {
          zh: '挂断前当场核实：退款或处理结果现在能在订单页看到吗？',
          en: 'Before hanging up, check: does the refund or fix show on the order page now?',
        };
  return [
    {
      id: 'case-number',
      text: {
        zh: '问维权编号并记下来（之后可在客服小蜜查进度）',
        en: 'Ask for the case number (维权编号) and note it; progress can be checked in 客服小蜜',
      },
      sources: ['seed-000'],
    },
    {
      id: 'agent-id',
      text: { zh: '问客服工号并记下来', en: 'Ask for the agent id (工号) and note it' },
      sources: ['seed-000', 'seed-001'],
    },
    {
      id: 'reply-time',
      text: {
        zh: '要求明确的回复时间，例如“明天 18 点前联系我”',
        en: 'Ask for a firm reply time, e.g. “call me back by 18:00 tomorrow”',
      },
      sources: ['seed-001'],
    },
    { id: 'verify-fix', text: verify, sources: ['seed-001'] },
    {
      id: 'save-call-log',
      text: {
        zh: '挂断后截图保存通话记录（号码和时长）',
        en: 'After the call, screenshot the call log (number and duration)',
      },
      sources: ['seed-000', 'seed-001'],
    },
  ];
}
