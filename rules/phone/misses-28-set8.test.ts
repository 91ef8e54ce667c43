// What #28's eighth held-out set showed, in phrasings written for these tests (not copied from its
// pages): a page's title is its topic whatever its length or shape, and a service word on the
// number's own line gives the number to that topic.
import { describe, expect, it } from 'vitest';
import { scanText } from './judge';

const found = (text: string) => scanText(text).map((n) => [n.digits, n.verdict]);
const filler = '维修师傅上门前会先电话确认时间，收费按国家标准执行。\n'.repeat(60);

describe('a page’s title as its topic', () => {
  const title = '海尔洗衣机/热水器全国售后维修24小时服务中心客服热线号码(今日更新)';

  it('gives a service line far below a long title to the company the title names', () => {
    const [n] = scanText(`${title}\n${filler}预约热线 400-777-5656\n`);
    expect(n).toMatchObject({ digits: '4007775656', verdict: 'suspicious', claimedName: '海尔' });
  });

  it('reads the title past a site’s breadcrumb', () => {
    expect(found(`首页 > 生活服务 >\n\n${title}\n服务热线 400-777-5656\n`)).toEqual([
      ['4007775656', 'suspicious'],
    ]);
  });

  it('is not stopped by the next number’s label read after this one', () => {
    expect(found(`${title}\n咨询热线400-777-5656 各区客服热线400-777-5656\n`)).toEqual([
      ['4007775656', 'suspicious'],
      ['4007775656', 'suspicious'],
    ]);
  });

  it('takes no sentence for a title, and no number without a service word on its line', () => {
    const report = '近日，记者搜索“海尔洗衣机维修”，找到一家自称售后的网点。\n服务热线 400-777-5656\n';
    expect(found(report)).toEqual([['4007775656', 'unlisted']]);
    expect(found(`${title}\n联系人：王师傅 400-777-5656\n`)).toEqual([['4007775656', 'unlisted']]);
  });
});

describe('a number the page checks with', () => {
  it('is not the caller a scam phrase before it speaks of', () => {
    const text = '有人冒充市公安局民警打电话行骗,奇怪的是,来电号码在114查询结果竟是公安局的号码。';
    expect(found(text)).toEqual([['114', 'unlisted']]);
  });

  it('leaves the caller’s own number suspicious', () => {
    const text = '有人冒充市公安局民警打电话行骗,来电号码为0571-8765-4321,请勿相信。';
    expect(found(text)).toEqual([['057187654321', 'suspicious']]);
  });
});

describe('a bank’s credit-card line on its own page', () => {
  it('is the bank’s, not a line it is not', () => {
    const text = '信用卡客服与投诉热线:40066-95566(中国境内); +86-10-66085566(中国境外)';
    expect(found(text)).toEqual([
      ['4006695566', 'unconfirmed'],
      ['01066085566', 'unconfirmed'],
    ]);
  });
});

describe('the scam words a reason quotes', () => {
  const quoteOf = (text: string) => scanText(text)[0]!.reasons[1]!.zh;

  it('start where their clause starts, not inside a name', () => {
    expect(quoteOf('前几天,市民李先生转账后才发现被骗走5000元。他搜到的携程客服电话是4001234567')).toContain(
      '「市民李先生转账后才发现被骗走」',
    );
    expect(quoteOf('携程客服电话4001234567。家住城东的张阿姨说自己上当了')).toContain(
      '「家住城东的张阿姨说自己上当了」',
    );
  });

  it('start at the scam word when their clause starts too far back', () => {
    const text = '携程客服电话4001234567。前几天在外地打工的市民李先生通过网上搜索转账后才发现被骗走了钱';
    expect(quoteOf(text)).toContain('「被骗走了钱」');
  });
});

describe('an 8-digit local landline without its area code', () => {
  const digits = (text: string) => scanText(text).map((n) => n.digits);

  it('is found where the page calls it a 电话 or 号码 and names a city or body', () => {
    expect(digits('市民反映接到了66553211这一号码打来的电话,冒充市公安局民警。')).toEqual(['66553211']);
    expect(digits('区政府明确表示,没有66553211这个号码。')).toEqual(['66553211']);
    expect(digits('日报消息 66553211,本是区公安分局对外公布的报警电话。')).toEqual(['66553211']);
  });

  it('is not a date, an amount, an id, a run of another start, or a number no body owns', () => {
    expect(digits('市公安局通报:20260101这个号码段的案件已经办结。')).toEqual([]);
    expect(digits('市中心医院:账户转入66553211元,这个号码请核对。')).toEqual([]);
    expect(digits('市公安局:订单号66553211这个号码是假的。')).toEqual([]);
    expect(digits('市公安局:96553211这个号码是假的。')).toEqual([]);
    expect(digits('他说66553211这个号码是朋友的。')).toEqual([]);
  });
});
