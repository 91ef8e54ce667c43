// When and how to push a case further. The 24 h / 72 h marks come from guides (seeds 000, 001):
// they are reminders the shopper sets for themselves, not deadlines the platform has promised.
import type { SourceId, Text } from '../channels/types';
import type { Platform } from '../types';
import type { Problem } from './problems';

export interface EscalationStage {
  id: 'recall-24h' | 'supervision-72h' | 'past-promised' | 'weidian-review' | 'regulator' | 'police';
  /**
   * Hours after the call at which the shopper's own follow-up reminder fires. Not a platform
   * promise; absent for stages triggered by an event (a promised date passing, money lost).
   */
  ownFollowUpAfterHours?: number;
  /** Starts with "你自己的跟进提醒" for timed stages so the UI cannot present it as a promise. */
  when: Text;
  action: Text;
  channelId: string;
  sources: SourceId[];
}

export interface EscalationPlan {
  stages: EscalationStage[];
  disclaimer: Text;
}

const DISCLAIMER: Text = {
  zh: '这些时间是网上指南建议的自我跟进提醒，不是平台承诺的处理时限。',
  en: 'These times are follow-up reminders suggested by online guides, not deadlines the platform has promised.',
};

const RECALL_24H: EscalationStage = {
  id: 'recall-24h',
  ownFollowUpAfterHours: 24,
  when: {
    zh: '你自己的跟进提醒：24 小时后仍没有初步答复',
    en: 'Your own reminder: no first answer after 24 h',
  },
  action: {
    zh: '再打 9510211，报维权编号，要求升级处理',
    en: 'Call 9510211 again, give the case number and ask to escalate',
  },
  channelId: 'taobao-tmall-hotline',
  sources: ['seed-000'],
};

const SUPERVISION_72H: EscalationStage = {
  id: 'supervision-72h',
  ownFollowUpAfterHours: 72,
  when: {
    zh: '你自己的跟进提醒：复杂纠纷 72 小时后仍未解决（天猫订单）',
    en: 'Your own reminder: a complex case still open after 72 h (Tmall orders)',
  },
  action: {
    zh: '要求转接天猫维权监督组',
    en: 'Ask to be transferred to the Tmall 维权监督组 (rights supervision team)',
  },
  channelId: 'taobao-tmall-hotline',
  sources: ['seed-000'],
};

const PAST_PROMISED: EscalationStage = {
  id: 'past-promised',
  when: {
    zh: '客服承诺的日期已过，仍没有进展',
    en: 'The date the agent promised has passed with no progress',
  },
  action: {
    zh: '再打热线，报上次客服的工号，说明已过承诺时间，要求高级专员处理',
    en: 'Call again, cite the previous agent id, say the promised time has passed and ask for a senior specialist',
  },
  channelId: 'taobao-tmall-hotline',
  sources: ['seed-001'],
};

const WEIDIAN_REVIEW: EscalationStage = {
  id: 'weidian-review',
  when: { zh: '对微店的处理结果不满意', en: 'You disagree with Weidian’s decision' },
  action: {
    zh: '要求主管或投诉专员复核，说明理由并补充证据',
    en: 'Ask a supervisor or complaints officer to review; give reasons and more evidence',
  },
  channelId: 'weidian-service',
  sources: ['seed-004'],
};

const REGULATOR: EscalationStage = {
  id: 'regulator',
  when: { zh: '平台内部途径都没有解决', en: 'The platform’s own channels did not resolve it' },
  action: {
    zh: '打 12315 或在全国 12315 平台网上投诉，附上证据和平台处理经过',
    en: 'Call 12315 or file on the national 12315 platform with evidence and the platform history',
  },
  channelId: 'cn-12315',
  // Seed 004 says only "consumer association line or the national online platform": no 12315.
  sources: ['research-channels'],
};

const POLICE: EscalationStage = {
  id: 'police',
  when: {
    zh: '已经转账、被盗刷，或说出了验证码',
    en: 'Money was transferred or stolen, or a code was given away',
  },
  action: {
    zh: '立即报警 110，并联系银行或支付宝冻结',
    en: 'Call 110 now and ask your bank or Alipay to freeze payments',
  },
  channelId: 'cn-110',
  sources: ['seed-004', 'research-channels'],
};

export function escalationPlan(problem: Problem, platform?: Platform): EscalationPlan {
  if (problem === 'suspicious-contact') return { stages: [POLICE], disclaimer: DISCLAIMER };
  // 88VIP is a Taobao/Tmall membership even when asked about from a Weidian page.
  if (platform === 'weidian' && problem !== 'vip88') {
    const stages = [WEIDIAN_REVIEW, REGULATOR];
    return { stages: problem === 'account-security' ? [...stages, POLICE] : stages, disclaimer: DISCLAIMER };
  }
  const stages = [RECALL_24H, ...(platform === 'taobao' ? [] : [SUPERVISION_72H]), PAST_PROMISED, REGULATOR];
  return { stages: problem === 'account-security' ? [...stages, POLICE] : stages, disclaimer: DISCLAIMER };
}
