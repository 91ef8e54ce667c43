// What #28's ninth held-out set showed, in phrasings written for these tests (not copied from its
// pages): a public body's number given to another body is not 官方 for that claim, on the whole
// page; and a platform's own 1010 line in its anti-fraud notice is not called suspicious.
import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './extract';
import { scanText } from './judge';

const found = (text: string) => scanText(text).map((n) => [n.digits, n.verdict]);

describe('a public number given to another public body', () => {
  it('is suspicious, and the reason says whose number it really is', () => {
    const [n] = scanText('快递丢件协商不成，可以向国家市场监管总局的12305热线投诉。');
    expect(n).toMatchObject({ digits: '12305', verdict: 'suspicious', claimedName: '国家市场监管总局' });
    expect(n!.reasons[0]!.zh).toBe(
      '这是12305 邮政业用户申诉（国家邮政局）的号码，不是「国家市场监管总局」的',
    );
  });

  it('keeps that body on the page’s other bare mentions of the number', () => {
    const page = '投诉渠道：\n1. 12305投诉平台\n2. 市场监管总局12305电话投诉\n| 12305平台 | 严重纠纷 |\n';
    expect(found(page)).toEqual([
      ['12305', 'suspicious'],
      ['12305', 'suspicious'],
      ['12305', 'suspicious'],
    ]);
  });

  it('leaves the number official under its own body, with no body named, or as the general hotline', () => {
    expect(
      found('邮政管理局投诉电话12305；快递公司不处理，拨打12305；市场监管部门12345热线；市场监管局12315。'),
    ).toEqual([
      ['12305', 'official'],
      ['12305', 'official'],
      ['12345', 'official'],
      ['12315', 'official'],
    ]);
  });
});

describe('a platform’s own line in its notice about impostors', () => {
  it('is not suspicious: 美团点评’s 1010 line is known, unconfirmed', () => {
    const notice = '有人冒充美团点评工作人员诈骗商家。如何鉴别？\n2.拨打美团点评官方客服电话10105557咨询；\n';
    expect(found(notice)).toEqual([['10105557', 'unconfirmed']]);
  });
});

describe('what a page says a number is, on its bare mentions', () => {
  it('holds where the page prints the number again with nothing said', () => {
    const page =
      '二、联系京东客服的方法\n- 消费者客服热线:400-777-1234(全天)。\n遇到问题时，可随时拨打400-777-1234。\n';
    expect(found(page)).toEqual([
      ['4007771234', 'suspicious'],
      ['4007771234', 'suspicious'],
    ]);
  });

  it('is not carried from what a caller said: a report’s other mentions are its own calls', () => {
    const report = '王女士接到4007771234来电，对方自称是京东客服。\n昨天，记者拨通了4007771234，无人接听。\n';
    expect(found(report)).toEqual([
      ['4007771234', 'suspicious'],
      ['4007771234', 'unlisted'],
    ]);
  });
});

describe('public lines outside the mainland, where the page names them as lines', () => {
  const digits = (text: string) => findPhoneNumbers(text).map((f) => f.digits);

  it('finds Taiwan’s 165, Macau’s 993 and Hong Kong’s 18222, and never calls them official', () => {
    const page =
      '如有疑問請撥打165反詐騙專線。\n可致電防詐騙查詢熱線或報案熱線993求助。\nPlease call the Anti-Scam Helpline 18222.\n';
    expect(found(page)).toEqual([
      ['165', 'unlisted'],
      ['993', 'unlisted'],
      ['18222', 'unlisted'],
    ]);
  });

  it('takes none of them for a number without words about calling', () => {
    expect(digits('至165網站查詢；165全民防騙官網每週公布；本店共993件商品；18222人參加。')).toEqual([]);
  });
});
