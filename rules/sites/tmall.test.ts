import { describe, expect, it } from 'vitest';
import { fixtureDocument, fixtureJson, fixtureText, htmlDocument } from '../../tests/support/fixtures';
import { detectPage } from './detect';

const ID = '4864583305858004803';
const URL_ = `https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`;
const REAL = 'tmall/order-detail-2025-11.html';

/** The real page with one fault applied to its HTML text. */
const variant = (edit: (html: string) => string) => htmlDocument(edit(fixtureText(REAL)));

describe('Tmall order detail', () => {
  it('reads the real Nov-2025 detailData page exactly', () => {
    expect(detectPage(URL_, fixtureDocument(REAL))).toEqual(
      fixtureJson('tmall/order-detail-2025-11.expected.json'),
    );
  });

  it('accepts the biz_order_id spelling of the URL', () => {
    const result = detectPage(URL_.replace('bizOrderId', 'biz_order_id'), fixtureDocument(REAL));
    expect(result.detected && result.orders[0]?.orderId).toBe(ID);
  });

  it('never takes the rounded numeric orders.id', () => {
    const html = fixtureText(REAL);
    expect(html).toContain('"id":4864583305858005000');
    const result = detectPage(URL_, fixtureDocument(REAL));
    expect(JSON.stringify(result)).not.toContain('4864583305858005000');
  });

  it('falls back to the visible 订单编号 label in the newer text layout', () => {
    expect(detectPage(URL_, fixtureDocument('tmall/order-detail-text-layout.html'))).toEqual(
      fixtureJson('tmall/order-detail-text-layout.expected.json'),
    );
  });

  it('recognises a 天猫超市 order by its seller', () => {
    const doc = variant((html) => html.replace("data-nick='3dsway旗舰店'", "data-nick='天猫超市'"));
    const result = detectPage(URL_, doc);
    expect(result.detected && result.orders[0]?.shopType).toBe('tmall-supermarket');
  });
});

describe('Tmall order detail, bad input', () => {
  it('says why when the page has no detailData and no label', () => {
    const doc = variant((html) => html.replace(/var detailData = .*;/, ''));
    expect(detectPage(URL_, doc)).toMatchObject({ detected: false, reason: 'no-order-data' });
  });

  it('says the data is broken when detailData is truncated', () => {
    const doc = variant((html) => html.replace(/(var detailData = .{4000}).*;/, '$1'));
    expect(detectPage(URL_, doc)).toMatchObject({ detected: false, reason: 'malformed-order-data' });
  });

  it('says the data is broken when detailData is not valid JSON', () => {
    const doc = variant((html) => html.replace('"basic":{', '"basic":{,,'));
    expect(detectPage(URL_, doc)).toMatchObject({ detected: false, reason: 'malformed-order-data' });
  });

  it('refuses an order id given only as a number', () => {
    const doc = variant((html) =>
      html.replace(`{"text":"${ID}","type":"label"}`, `{"text":${ID},"type":"label"}`),
    );
    expect(detectPage(URL_, doc)).toMatchObject({ detected: false, reason: 'order-id-only-numeric' });
  });

  it('refuses a URL id that disagrees with the page, without falling back', () => {
    const other = URL_.replace(ID, '4864583305858009999');
    expect(detectPage(other, fixtureDocument(REAL))).toMatchObject({
      detected: false,
      reason: 'order-id-mismatch',
    });
    expect(detectPage(other, fixtureDocument('tmall/order-detail-text-layout.html'))).toMatchObject({
      detected: false,
      reason: 'order-id-mismatch',
    });
  });

  it('does not treat other Tmall pages as order pages', () => {
    for (const url of [
      'https://detail.tmall.com/item.htm?id=819225492008',
      'https://trade.tmall.com/order/confirmGoods.htm?biz_order_id=' + ID,
      'https://www.tmall.com/',
    ]) {
      expect(detectPage(url, fixtureDocument(REAL))).toEqual({
        detected: false,
        reason: 'not-an-order-page',
      });
    }
  });

  it('never throws on an empty or invalid page', () => {
    expect(detectPage('not a url', htmlDocument(''))).toMatchObject({ detected: false });
    expect(detectPage(URL_, htmlDocument(''))).toMatchObject({ detected: false, reason: 'no-order-data' });
  });
});
