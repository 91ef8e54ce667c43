// Which steps to take for platform × shop type × problem. Order of steps: seller → in-app →
// hotline → escalation → outside help, because the platform acts on in-app cases and the
// hotline agents ask what was already tried (seeds 001, 002).
import type { Text } from '../channels/types';
import type { Platform, ShopType } from '../types';
import { resolveContext } from './context';
import type { Problem } from './problems';
import type { RouteStep } from './steps';
import { taobaoTmallSteps } from './taobao-tmall-steps';
import { fraudSteps, weidianSteps } from './weidian-fraud-steps';

export type { RouteStep, StepKind } from './steps';

export interface RouteQuery {
  platform?: Platform;
  shopType?: ShopType;
  problem: Problem;
}

export interface Route {
  steps: RouteStep[];
  notes: Text[];
  /** What could not be determined from the input, so the UI can ask or explain. */
  undetermined: Text[];
}

const NOTES: Partial<Record<Problem, Text>> = {
  counterfeit: {
    zh: '鉴定报告要来自品牌官方或国家认可机构（如中检），个人鉴定师的无效',
    en: 'Appraisals must come from the brand or an accredited lab (e.g. CCIC); private appraisers do not count',
  },
  'lost-parcel': {
    zh: '真正的理赔只在原平台内进行；自称“理赔中心”、让你加微信/QQ 或共享屏幕的不是平台流程。菜鸟配送的包裹另有 951966（未能确认）',
    en: 'Real compensation happens inside the platform; a “claims centre” moving you to WeChat/QQ or screen sharing is not the platform’s process. Cainiao parcels: 951966 (unconfirmed)',
  },
  'account-security': {
    zh: '平台客服不会向你索要验证码、支付密码或银行卡号',
    en: 'Platform service never asks for codes, payment passwords or card numbers',
  },
  'suspicious-contact': {
    zh: '我们只能说明一个号码是否在官方渠道名单里，不能替你判断对方身份',
    en: 'We can only say whether a number is a listed official channel, not who is calling',
  },
};

/** A self-operated problem on a shop that is not self-operated (or not known to be). */
function selfOpDoubts(context: string, shopType: ShopType | undefined): Text[] {
  if (context === 'weidian') {
    return [
      {
        zh: '微店没有自营专线，按普通售后处理',
        en: 'Weidian has no self-operated line; treated as normal after-sales',
      },
    ];
  }
  if (shopType === 'tmall' || shopType === 'taobao') {
    return [
      {
        zh: '这个订单看起来不是天猫超市或天猫国际自营，按普通售后处理',
        en: 'This order does not look self-operated; treated as a normal after-sales case',
      },
    ];
  }
  return [];
}

export function routeFor(query: RouteQuery): Route {
  const { problem } = query;
  const { context, undetermined } = resolveContext(query.platform, query.shopType);
  const notes: Text[] = [];
  const note = NOTES[problem];
  if (note) notes.push(note);
  if (problem === 'suspicious-contact') return { steps: fraudSteps(context), notes, undetermined };
  if (problem === 'selfop-damaged-missing') undetermined.push(...selfOpDoubts(context, query.shopType));
  if (context === 'tmall-global-direct')
    notes.push({
      zh: '有指南说天猫国际自营可打 400-988-8898，但没有其他来源支持',
      en: 'One guide names 400-988-8898 for Tmall Global direct; no other source supports it',
    });
  if (context === 'tmall')
    notes.push({
      zh: '两篇指南给出的 9510211 语音菜单不同，按提示操作为准',
      en: 'Two guides give different 9510211 menus; follow the prompts you hear',
    });
  if (context === 'weidian') {
    if (problem === 'vip88') {
      undetermined.push({
        zh: '88VIP 是淘宝/天猫的会员，与微店订单无关',
        en: '88VIP is a Taobao/Tmall membership, unrelated to Weidian orders',
      });
      return { steps: taobaoTmallSteps('general', problem), notes, undetermined };
    }
    notes.push({
      zh: '没有找到微店公布的电话号码，请使用 App 内途径；官方邮箱、微博的地址也只以 App 或官网显示的为准',
      en: 'No Weidian phone number is published; use the app. Trust an e-mail or Weibo address only if the app or official site shows it',
    });
    return { steps: weidianSteps(problem), notes, undetermined };
  }
  return { steps: taobaoTmallSteps(context, problem), notes, undetermined };
}
