// Where the #28 lines come from. The search corpus holds no company or regulator page for these
// numbers (no live web here), so each record cites the stored pages that quote the company, the
// police or the regulator; lines no stored page confirms cite 'lines-unsourced' and stay medium.
import type { SourceInfo } from '../sources';

export const LINE_SOURCE_IDS = [
  'web-douyin-95152',
  'web-sf-95338',
  'web-bank-lines',
  'web-police-bank-spoof',
  'web-cmcc-10086999',
  'web-postal-12305',
  'web-postal-12345',
  'web-bank-sms-rednet',
  'web-cmb-lines',
  'web-meituan-lines',
  'web-miit-12300',
  'web-mfa-12308',
  'web-wechat-4006700700',
  'web-meituan-jzxian',
  'web-cgb-95508',
  'web-psbc-95580',
  'web-carrier-lines-set5',
  'lines-unsourced',
] as const;

type LineSourceId = (typeof LINE_SOURCE_IDS)[number];

const web = (
  zh: string,
  en: string,
  ref: string,
  reliabilityZh: string,
  reliabilityEn: string,
): SourceInfo => ({
  title: { zh, en },
  kind: 'web',
  ref,
  reliability: { zh: reliabilityZh, en: reliabilityEn },
});

export const LINE_SOURCES: Record<LineSourceId, SourceInfo> = {
  'web-douyin-95152': web(
    '抖音集团提醒：这些“客服”来电是骗子（转载）',
    'Douyin Group warning about fake service calls (reprint)',
    'https://www.hbnews.cc/42336.html',
    '转载抖音集团的公告：“可以直接拨打抖音官方服务热线95152进行核实”',
    'Reprints Douyin Group’s notice: “call Douyin’s official service line 95152 to check”',
  ),
  'web-sf-95338': web(
    '冒充顺丰诈骗套路多（顺丰稿件）',
    'Beware of SF Express impostors (SF Express press piece)',
    'http://news.gqsoso.com/rd/202211/02322432.html',
    '顺丰的宣传稿：“顺丰在95338全国免费咨询热线……设置了人工客服”，2022 年 11 月',
    'SF Express press piece: “SF staffs its free national line 95338”, Nov 2022',
  ),
  'web-bank-lines': web(
    '全国性银行客服电话汇总',
    'Customer-service lines of the national banks',
    'https://www.2wbiao.com/p/85984.html',
    '第三方汇总：工行 95588、农行 95599、中行 95566、建行 95533、交行 95559、华夏 95577；与警方页面一致',
    'Third-party list: ICBC 95588, ABC 95599, BOC 95566, CCB 95533, BoCom 95559, Hua Xia 95577; agrees with police pages',
  ),
  'web-police-bank-spoof': web(
    '铜梁警方：骗子冒充 10086、95533 等官方服务号',
    'Tongliang police: scammers spoof 10086, 95533 and other official numbers',
    'https://cqcb.com/county/tongliangqu/tongliangquxinwen/2018-06-14/898826.html',
    '警方与建行网点说明 95533、95588 是银行官方号码（2018 年 6 月）',
    'Police and a CCB branch say 95533 and 95588 are the banks’ official numbers (June 2018)',
  ),
  'web-cmcc-10086999': web(
    '中国移动 10086999 垃圾短信举报平台',
    'China Mobile’s 10086999 spam-report platform',
    'http://www.kjw.cc/2011/07/11/23493.html',
    '新闻稿：10086999 是中国移动 2007 年开通的垃圾短信免费举报平台',
    'News piece: 10086999 is China Mobile’s free spam-report number, opened in 2007',
  ),
  'web-postal-12305': web(
    '如何投诉 EMS（12305 国家邮政局投诉热线）',
    'How to complain about EMS (12305, State Post Bureau complaints)',
    'https://www.hbezg.com/shubk/202511/365181.html',
    '第三方指南：EMS 客服 11183，国家邮政局投诉热线 12305；另有页面称 2025 年起电话申诉并入 12345',
    'Third-party guide: EMS service 11183, State Post Bureau complaints 12305; another page says phone complaints move to 12345 from 2025',
  ),
  'web-postal-12345': web(
    '全国邮政业投诉热线调整通知（转述）',
    'Postal complaint line change notice (retold)',
    'https://www.dangdangkuaidi.com/kuaidi/youzheng/1101742.html',
    '资讯站转述：12345 市民服务热线受理邮政业投诉',
    'Content site retelling: the 12345 citizen service line takes postal complaints',
  ),
  'web-bank-sms-rednet': web(
    '收到银行客服号码发来的升级短信别信（红网）',
    'Do not trust upgrade texts from bank service numbers (Rednet)',
    'https://hn.rednet.cn/c/2015/07/22/1116213.htm',
    '新闻稿（2015 年 7 月）引银行工作人员：浦发 95528、兴业 95561、光大 95595、民生 95568 等是银行客服号码',
    'News piece (July 2015) quoting a bank employee: SPDB 95528, CIB 95561, CEB 95595, CMBC 95568 are the banks’ service numbers',
  ),
  'web-cmb-lines': web(
    '招行信用卡电话是多少？',
    'What is CMB’s credit-card number?',
    'https://pos8888.cn/a/yangka/9136.html',
    '信用卡资讯站：招行综合客服 95555、信用卡客服 400-820-5555、境外 86-755-84391000；与其他汇总页一致',
    'Card news site: CMB general line 95555, credit-card line 400-820-5555, from abroad 86-755-84391000; agrees with other lists',
  ),
  'web-meituan-lines': web(
    '美团投诉渠道汇总',
    'How to complain to Meituan',
    'https://m.zqcyzg.com/shum/1751450041.html',
    '资讯站：美团主站 10107888、外卖业务 10109777；没有美团自己的页面可核对',
    'Content site: Meituan 10107888, food delivery 10109777; no Meituan page to check against',
  ),
  'web-miit-12300': web(
    '运营商投诉电话与工信部申诉（两份指南）',
    'Carrier complaint lines and the MIIT appeal line (two guides)',
    'http://futurio.cn/3474.html',
    '两份第三方指南一致：12300 是工信部电信用户申诉受理中心的电话（另见 yunzhuji.net/kahao/625014.html）',
    'Two third-party guides agree: 12300 is the MIIT telecom-user appeal centre (also yunzhuji.net/kahao/625014.html)',
  ),
  'web-mfa-12308': web(
    '外交部领事保护中心提醒：谨防冒用 12308 领保热线诈骗（转载）',
    'MFA consular-protection centre: beware of calls faking the 12308 hotline (reprint)',
    'http://www.digipub.cc/dy/article/KK6FS6FB0550B6IS.html',
    '转载外交部领事保护中心的提醒，列出热线 +86-10-12308、+86-10-65612308',
    'Reprints the MFA consular-protection centre’s notice, listing +86-10-12308 and +86-10-65612308',
  ),
  'web-wechat-4006700700': web(
    '微信安全中心提醒：警惕仿冒微信官方客服的诈骗电话（转载）',
    'WeChat Security Center: beware of calls faking WeChat customer service (reprint)',
    'https://feifmx.com/yaoyan/xinxi/13004635/20250430/48280113.html',
    '转载微信安全中心 2025 年 4 月 28 日的声明：“微信客服官方的400业务属于全国统一服务热线”，即 4006700700，且不外呼境外；另见 ask.nctoro.com 称腾讯为微信提供的官方热线为 4006700700',
    'Reprints the WeChat Security Center statement of 28 April 2025: WeChat’s official 400 line, 4006700700, is a national service line that never calls abroad; ask.nctoro.com also gives 4006700700 as WeChat’s official line',
  ),
  'web-meituan-jzxian': web(
    '美团怎么联系人工客服',
    'How to reach a person at Meituan',
    'http://www.jzxian.com/jiyu/1052255.html',
    '资讯站：美团客服热线 10107888（24 小时）；与 web-meituan-lines 一致',
    'Content site: Meituan service line 10107888 (24 hours); agrees with web-meituan-lines',
  ),
  'web-cgb-95508': web(
    '95508 是什么号码',
    'Whose number is 95508',
    'https://www.xunmei365.com/ask/889557.html',
    '问答站：95508 是广发银行的信用卡客服专线；只有这一页，没有银行自己的页面',
    'Q&A site: 95508 is China Guangfa Bank’s credit-card line; this page only, no bank page',
  ),
  'web-psbc-95580': web(
    '01095580 与 95580 的区别',
    'The difference between 01095580 and 95580',
    'http://wwpfw.com/xinyongqiataoxian/2576.html',
    '资讯站：95580 是中国邮政储蓄银行的客服电话；只有这一页',
    'Content site: 95580 is Postal Savings Bank of China’s service line; this page only',
  ),
  'web-carrier-lines-set5': web(
    '运营商的举报与营销号码（两份资讯）',
    'Carriers’ report and marketing lines (two content pages)',
    'https://www.yuuhuu.net/news/33348.html',
    '资讯站：中国电信垃圾短信转发至 10000999；另一页（semh8.com/jf/7632.html）称 10085 是中国移动的电话营销号码；各只有一页',
    'Content sites: China Telecom spam texts go to 10000999; another (semh8.com/jf/7632.html) says 10085 is China Mobile’s telemarketing line; one page each',
  ),
  'lines-unsourced': web(
    '公司客服号码（本次未能找到可存档的来源）',
    'Company service lines (no stored source found this time)',
    'issue 28',
    '广为人知但本次没有找到可核对的公司页面：只作“未确认”，不显示为官方',
    'Widely printed, but no company page could be checked this time: shown as unconfirmed, never official',
  ),
};
