import { describe, expect, it } from 'vitest';
import type { Detection } from '../types';
import { fixtureDocument, fixtureJson, fixtureText, htmlDocument } from '../../tests/support/fixtures';
import { detectPage } from './detect';

const URLS = fixtureJson<Record<string, string>>('weidian/urls.json');
const LIST = 'order-list.html';
const DETAIL = 'order-detail.html';
const DETAIL_ID = '834512907761238';

function variant(name: string, edit: (html: string) => string, url = URLS[name]!): Detection {
  return detectPage(url, htmlDocument(edit(fixtureText(`weidian/${name}`))));
}
/** The injected attribute itself (the fixtures' header comments mention data-obj too). */
const DATA_OBJ = /(<script id="__rocker-render-inject__"[^>]*? data-obj=")(\{[^"]*)"/;
const orders = (result: Detection) => (result.detected ? result.orders : []);
/** A page holding only the injected data (data-obj is HTML-escaped JSON, as on the live page). */
const injected = (data: unknown) =>
  htmlDocument(
    `<script id="__rocker-render-inject__" data-obj="${JSON.stringify(data).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>`,
  );

describe('Weidian fixtures', () => {
  it.each(Object.entries(URLS))('%s matches its expected result', (name, url) => {
    const result = detectPage(url, fixtureDocument(`weidian/${name}`));
    expect(result).toEqual(fixtureJson(`weidian/${name.replace(/\.html$/, '.expected.json')}`));
    for (const order of orders(result)) expect(order.orderId).toMatch(/^8[23]\d{13}$/);
  });
});

describe('Weidian order list', () => {
  it('accepts camelCase keys and epoch times', () => {
    const doc = injected({
      list: {
        result: {
          listRespDTOList: [
            {
              orderId: '831204567781234',
              shopName: '小鹿手作饰品店',
              statusDesc: '待收货',
              totalPrice: 68,
              addTime: 1776684730000,
              subOrders: [{ itemTitle: 'S925银 小雏菊耳钉', quantity: '1', price: '38.00' }],
            },
          ],
        },
      },
    });
    expect(orders(detectPage(URLS[LIST]!, doc))).toEqual([
      {
        orderId: '831204567781234',
        shopType: 'weidian',
        shopName: '小鹿手作饰品店',
        status: '待收货',
        amount: '68.00',
        createdAt: '2026-04-20 19:32:10',
        items: [{ title: 'S925银 小雏菊耳钉', quantity: 1, price: '38.00' }],
      },
    ]);
  });

  it('skips orders whose id is only a number, and says so when none is left', () => {
    const one = variant(LIST, (html) =>
      html.replace(
        '&quot;order_id&quot;:&quot;829875430012345&quot;',
        '&quot;order_id&quot;:829875430012345',
      ),
    );
    expect(orders(one).map((o) => o.orderId)).toEqual(['831204567781234', '820977134452981']);
    const all = variant(LIST, (html) =>
      html.replace(/&quot;order_id&quot;:&quot;(\d+)&quot;/g, '&quot;order_id&quot;:$1'),
    );
    expect(all).toMatchObject({ detected: false, reason: 'order-id-only-numeric' });
  });

  it('says why when data-obj is missing, truncated or not JSON', () => {
    expect(variant(LIST, (html) => html.replace(DATA_OBJ, '$1"'))).toMatchObject({
      detected: false,
      reason: 'no-order-data',
    });
    const truncated = (html: string) =>
      html.replace(DATA_OBJ, (_, head: string, value: string) => `${head}${value.slice(0, 300)}"`);
    expect(variant(LIST, truncated)).toMatchObject({ detected: false, reason: 'malformed-order-data' });
    expect(variant(LIST, (html) => html.replace(DATA_OBJ, '$1{$2"'))).toMatchObject({
      detected: false,
      reason: 'malformed-order-data',
    });
  });

  it('lists what an order lacks', () => {
    const result = variant(LIST, (html) =>
      html.replace('&quot;shop_name&quot;:&quot;小鹿手作饰品店&quot;,', ''),
    );
    expect(orders(result)[0]?.missing).toEqual(['shopName']);
  });
});

describe('Weidian order detail', () => {
  it('serves the detail page on shop sub-domains too', () => {
    const url = `https://shop1270093456.weidian.com/user/order-new/detail.php?oid=${DETAIL_ID}`;
    expect(orders(detectPage(url, fixtureDocument(`weidian/${DETAIL}`)))[0]?.orderId).toBe(DETAIL_ID);
  });

  it('refuses an oid that disagrees with the page, on both layouts, without falling back', () => {
    for (const name of [DETAIL, 'order-detail-i-weidian.html']) {
      const url = URLS[name]!.replace(/\d{4}$/, '9999');
      expect(detectPage(url, fixtureDocument(`weidian/${name}`))).toMatchObject({
        detected: false,
        reason: 'order-id-mismatch',
      });
    }
  });

  it('lets the visible label decide when detail.result names two orders in its sub-objects', () => {
    const result = variant(DETAIL, (html) =>
      html
        .replace(`&quot;order_id&quot;:&quot;${DETAIL_ID}&quot;,`, '')
        .replace(
          '&quot;shopInfo&quot;:{',
          `&quot;shopInfo&quot;:{&quot;order_id&quot;:&quot;${DETAIL_ID}&quot;,`,
        )
        .replace(
          '&quot;buyerInfo&quot;:{',
          '&quot;buyerInfo&quot;:{&quot;order_id&quot;:&quot;834512907769999&quot;,',
        ),
    );
    expect(result).toMatchObject({
      detected: true,
      strategy: 'label-text',
      orders: [{ orderId: DETAIL_ID }],
    });
    const single = variant(DETAIL, (html) =>
      html
        .replace(`&quot;order_id&quot;:&quot;${DETAIL_ID}&quot;,`, '')
        .replace(
          '&quot;shopInfo&quot;:{',
          `&quot;shopInfo&quot;:{&quot;order_id&quot;:&quot;${DETAIL_ID}&quot;,`,
        ),
    );
    expect(single).toMatchObject({
      detected: true,
      strategy: 'rocker-data',
      orders: [{ orderId: DETAIL_ID }],
    });
  });

  it('falls back to the visible labels when detail.result is broken or its id is a number', () => {
    const broken = variant(DETAIL, (html) =>
      html.replace(DATA_OBJ, (_, head: string, value: string) => `${head}${value.slice(0, 200)}"`),
    );
    expect(broken).toMatchObject({
      detected: true,
      strategy: 'label-text',
      orders: [{ orderId: DETAIL_ID, amount: '56.00', shopName: '一勺甜品烘焙屋' }],
    });
    const numeric = (html: string) =>
      html.replace(`&quot;order_id&quot;:&quot;${DETAIL_ID}&quot;`, `&quot;order_id&quot;:${DETAIL_ID}`);
    expect(variant(DETAIL, numeric)).toMatchObject({ detected: true, strategy: 'label-text' });
    const bare = variant(DETAIL, (html) =>
      numeric(html).replace(/<div id="app">[\s\S]*?(<script id=)/, '$1'),
    );
    expect(bare).toMatchObject({ detected: false, reason: 'order-id-only-numeric' });
  });

  it('never reads a phone or express number as the order id', () => {
    const result = variant(DETAIL, (html) =>
      html.replace(DATA_OBJ, '$1"').replace(`订单号：${DETAIL_ID}`, '订单号：'),
    );
    expect(JSON.stringify(result)).not.toMatch(/432198765012|1270093456/);
  });
});

describe('Weidian non-order pages', () => {
  it.each([
    'https://weidian.com/item.html?itemID=4688123001',
    'https://shop1270093456.v.weidian.com/?userid=1270093456',
    'https://weidian.com/user/order-new/logistics.php?oid=834512907761238',
    'https://weidian.com/user/order/refundList?type=5',
    'https://im.weidian.com/chat/?from_platform=h&to_platform=a&to_user_id=1270093456',
    'https://weidian.com.evil.example/user/order-new/detail.php?oid=834512907761238',
  ])('%s is not an order page', (url) => {
    expect(detectPage(url, fixtureDocument(`weidian/${DETAIL}`))).toEqual({
      detected: false,
      reason: 'not-an-order-page',
    });
  });

  it('never throws on an empty page at any order address', () => {
    for (const url of Object.values(URLS))
      expect(detectPage(url, htmlDocument(''))).toMatchObject({ detected: false });
  });
});
