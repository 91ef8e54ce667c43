// Government and police lines: where to go when the platform does not resolve a case, or when
// fraud is involved. Facts: research/CHANNELS.md ("Public service numbers"); seed 004 only says to
// call the police when defrauded (it names neither 12315 nor any number).
import type { Channel } from '../types';
import { CHECKED_2026_11_22 as checked } from './checked';

export const PUBLIC_SERVICES: Channel[] = [
  {
    id: 'cn-12315',
    kind: 'phone',
    number: '12315',
    digits: '12315',
    entity: {
      zh: '12315 消费者投诉举报热线（市场监管）',
      en: '12315 consumer complaint line (market regulator)',
    },
    owner: 'samr',
    purpose: {
      zh: '平台解决不了时，向市场监管部门投诉',
      en: 'Complain to the market regulator when the platform does not resolve it',
    },
    hours: [
      {
        text: {
          zh: '各地不同，许多地区为工作日 8:30-17:30',
          en: 'Differs by region; many are open workdays 8:30-17:30',
        },
        windows: null,
        sources: ['research-channels'],
      },
    ],
    confidence: 'high',
    sources: ['research-channels'],
    lastChecked: checked,
  },
  {
    id: 'cn-12315-web',
    kind: 'web',
    url: 'https://www.12315.cn',
    entity: { zh: '全国 12315 平台（网上投诉）', en: 'National 12315 platform (online complaints)' },
    owner: 'samr',
    purpose: { zh: '在网上提交消费投诉，可上传证据', en: 'File a consumer complaint online with evidence' },
    hours: [],
    confidence: 'high',
    sources: ['research-channels'],
    lastChecked: checked,
  },
  {
    id: 'cn-12321',
    kind: 'phone',
    number: '12321',
    digits: '12321',
    aliases: [{ number: '010-12321', digits: '01012321', label: { zh: '带区号', en: 'With area code' } }],
    entity: { zh: '12321 网络不良与垃圾信息举报', en: '12321 spam and fraud report centre' },
    owner: 'miit',
    purpose: { zh: '举报骚扰、诈骗电话和短信', en: 'Report spam and fraud calls and messages' },
    hours: [],
    confidence: 'high',
    sources: ['research-channels'],
    lastChecked: checked,
    note: {
      zh: '2020 年起电信类投诉并入 12381。',
      en: 'Telecom complaints moved to 12381 in 2020.',
    },
  },
  {
    id: 'cn-12381',
    kind: 'phone',
    number: '12381',
    digits: '12381',
    entity: { zh: '12381 工信部反诈预警', en: '12381 MIIT anti-fraud warnings' },
    owner: 'miit',
    purpose: {
      zh: '工信部反诈预警短信的号码，也受理电信类投诉',
      en: 'MIIT’s anti-fraud warning SMS number; it also takes telecom complaints',
    },
    hours: [],
    confidence: 'high',
    sources: ['research-channels'],
    lastChecked: checked,
    note: {
      zh: '真正的 12381 预警短信不含链接、电话、微信号或 QQ 号。',
      en: 'A genuine 12381 warning SMS carries no links, numbers, WeChat or QQ ids.',
    },
  },
  {
    id: 'cn-96110',
    kind: 'phone',
    number: '96110',
    digits: '96110',
    entity: { zh: '96110 反诈预警专线（公安）', en: '96110 police anti-fraud line' },
    owner: 'police',
    purpose: {
      zh: '咨询、核实可疑来电；接到 96110 来电请接听',
      en: 'Ask about a suspicious contact; answer calls from 96110',
    },
    hours: [],
    confidence: 'high',
    sources: ['research-channels'],
    lastChecked: checked,
    note: {
      zh: '来电显示为“区号 + 96110”；前后多出其他数字的不是这条专线的格式。',
      en: 'Shown as area code + 96110; extra digits before or after are not this line’s format.',
    },
  },
  {
    id: 'cn-110',
    kind: 'phone',
    number: '110',
    digits: '110',
    entity: { zh: '110 报警', en: '110 police' },
    owner: 'police',
    purpose: { zh: '已经被骗或资金受损时报警', en: 'Report a fraud that has happened or money lost' },
    hours: [],
    confidence: 'high',
    sources: ['seed-004', 'research-channels'],
    lastChecked: checked,
  },
];
