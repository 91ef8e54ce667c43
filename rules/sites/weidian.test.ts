import { describe, expect, it, vi } from 'vitest';
import type { Detection } from '../types';
import {
  FIXTURE_NOW,
  fixtureDocument,
  fixtureJson,
  fixtureText,
  htmlDocument,
} from '../../tests/support/fixtures';
import { renderPage, type RenderOptions } from '../../tests/support/rendered';
import { WEIDIAN_PAGE_DATA } from './weidian/urls';
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

const expected = (name: string) =>
  fixtureJson<Detection>(`weidian/${name.replace(/\.html$/, '.expected.json')}`);
/** Pages whose own scripts move their data: read only once rendered (tests/support/rendered.ts). */
const RENDERED = Object.entries(URLS).filter(([name]) => name.includes('-rendered'));

describe('Weidian fixtures', () => {
  it.each(Object.entries(URLS).filter(([name]) => !name.includes('-rendered')))(
    '%s matches its expected result',
    (name, url) => {
      const result = detectPage(url, fixtureDocument(`weidian/${name}`));
      expect(result).toEqual(expected(name));
      for (const order of orders(result)) expect(order.orderId).toMatch(/^8[23]\d{13}$/);
    },
  );

  it.each(RENDERED)('%s, rendered, is read from the page data', async (name, url) => {
    const page = await renderPage(fixtureText(`weidian/${name}`), url, { source: WEIDIAN_PAGE_DATA });
    // The page's script really deleted what the served HTML carried.
    expect(page.document.getElementById('__rocker-render-inject__')).toBeNull();
    const result = detectPage(url, page.document, { pageData: page.pageData, now: FIXTURE_NOW });
    expect(result).toEqual(expected(name));
    for (const order of orders(result)) expect(order.orderId).toMatch(/^8[23]\d{13}$/);
    await page.close();
  });

  it.each(RENDERED)('%s, rendered, is not recognised without the page-data script', async (name, url) => {
    // What the content script alone saw before the page-data script (issue #16).
    const page = await renderPage(fixtureText(`weidian/${name}`), url);
    const result = detectPage(url, page.document, { pageData: page.pageData, now: FIXTURE_NOW });
    expect(result).toMatchObject({ detected: false, reason: 'no-order-data' });
    expect(result).toHaveProperty(
      'detail',
      expect.stringContaining('page-data: the page-data script did not answer'),
    );
    await page.close();
  });

  it.each(RENDERED)('%s, saved as served, gives the same orders from data-obj', (name, url) => {
    const result = detectPage(url, fixtureDocument(`weidian/${name}`), { now: FIXTURE_NOW });
    expect(result).toEqual({ ...expected(name), strategy: 'rocker-data' });
  });
});

describe('Weidian list after load', () => {
  const LIST_RENDERED = 'order-list-rendered.html';
  const page2 = fixtureText('weidian/order-list-rendered.page2.json');

  it('adds the orders of each page "查看更多订单" fetched, once, in order', async () => {
    const url = URLS[LIST_RENDERED]!;
    const page = await renderPage(fixtureText(`weidian/${LIST_RENDERED}`), url, {
      source: WEIDIAN_PAGE_DATA,
      responses: { 'thor.weidian.com/tradeview/buyer.order.list/1.1': page2 },
    });
    (page.document.querySelector('.more_span') as HTMLElement).click();
    await page.window.happyDOM.waitUntilComplete();
    // The page rendered the third order (and removed the button: it was the last page).
    expect(page.document.querySelector('.order_list')?.textContent).toContain('二手相机小铺');
    expect(page.document.querySelector('.more_span')).toBeNull();
    const result = detectPage(url, page.document, { pageData: page.pageData });
    expect(orders(result).map((o) => o.orderId)).toEqual([
      '832019876540012',
      '828840012398765',
      '826601239874410',
    ]);
    expect(orders(result)[2]).toMatchObject({
      shopName: '二手相机小铺',
      status: '退款中',
      amount: '1299.00',
    });
    await page.close();
  });

  it('keeps nothing from responses that are not JSON or not a list page', async () => {
    const url = URLS[LIST_RENDERED]!;
    const page = await renderPage(fixtureText(`weidian/${LIST_RENDERED}`), url, {
      source: WEIDIAN_PAGE_DATA,
      responses: { 'thor.weidian.com/tradeview/buyer.order.list/1.1': '<html>not json' },
    });
    (page.document.querySelector('.more_span') as HTMLElement).click();
    await page.window.happyDOM.waitUntilComplete();
    const data = page.pageData();
    expect(data).toMatchObject({ ok: true, responses: [] });
    expect(orders(detectPage(url, page.document, { pageData: page.pageData }))).toHaveLength(2);
    await page.close();
  });
});

/** A Weidian list page whose own script does `script` (no served data-obj, nothing visible). */
async function hostile(script: string, before?: RenderOptions['beforeScripts']) {
  const url = URLS['order-list-rendered.html']!;
  const page = await renderPage(`<div id="app"></div><script>${script}</script>`, url, {
    source: WEIDIAN_PAGE_DATA,
    beforeScripts: before,
  });
  const result = detectPage(url, page.document, { pageData: page.pageData });
  const data = page.pageData();
  await page.close();
  return { result, data };
}

/** The one order the hostile pages name, read without the field the page made unreadable. */
function expectOnlyOrderWithout(result: Detection, field: string) {
  expect(orders(result).map((o) => o.orderId)).toEqual(['832019876540012']);
  expect(orders(result)[0]!.missing).toContain(field);
}

const ONE_ORDER = `{ list: { result: { listRespDTOList: [{ order_id: '832019876540012', shop_name: '山野茶舍' }] } } }`;

describe('Weidian page data that is missing, hostile or huge', () => {
  it('says window.getData is missing', async () => {
    const { result } = await hostile('');
    expect(result).toMatchObject({ detected: false, reason: 'no-order-data' });
    expect(result).toHaveProperty('detail', expect.stringContaining('window.getData is missing'));
  });

  it.each([
    ['a number', 'window.getData = 42'],
    ['an array', `window.getData = [${ONE_ORDER}]`],
    ['a string', `window.getData = JSON.stringify(${ONE_ORDER})`],
  ])('says so when window.getData is %s', async (_name, script) => {
    const { result } = await hostile(script);
    expect(result).toMatchObject({ detected: false, reason: 'no-order-data' });
  });

  it('never calls a getter (page code), and says it could not read it', async () => {
    const { result } = await hostile(
      `Object.defineProperty(window, 'getData', { get() { window.called = true; return ${ONE_ORDER}; } });`,
    );
    expect(result).toMatchObject({ detected: false, reason: 'malformed-order-data' });
    expect(result).toHaveProperty('detail', expect.stringContaining('window.getData is an accessor'));
  });

  it('skips getters inside the data and reads the rest', async () => {
    const { result } = await hostile(
      `window.getData = ${ONE_ORDER}; Object.defineProperty(window.getData.list.result.listRespDTOList[0], 'shop_name', { get() { throw new Error('boom'); }, enumerable: true });`,
    );
    expectOnlyOrderWithout(result, 'shopName');
  });

  it('says so when a proxy trap throws', async () => {
    const { result } = await hostile(
      `window.getData = new Proxy({}, { ownKeys() { throw new Error('no'); } });`,
    );
    expect(result).toMatchObject({ detected: false, reason: 'malformed-order-data' });
    expect(result).toHaveProperty('detail', expect.stringContaining('could not be read'));
  });

  it('bounds huge data: long arrays, long strings, deep nesting and cycles', async () => {
    const { result, data } = await hostile(`
      var o = { order_id: '832019876540012', shop_name: 'x'.repeat(5e6) };
      var deep = {}; var at = deep; for (var i = 0; i < 1e5; i++) { at = at.next = {}; }
      var list = []; for (var j = 0; j < 3e5; j++) list.push(o);
      window.getData = { list: { result: { listRespDTOList: list } }, deep: deep };
      window.getData.self = window.getData;`);
    expect(data).toMatchObject({ ok: true, truncated: true });
    // One order (the same one 1,000 times), its oversized shop name left out.
    expectOnlyOrderWithout(result, 'shopName');
  });

  it('ignores natives the page replaced after the page-data script started', async () => {
    const { result } = await hostile(
      `Object.keys = () => []; JSON.stringify = () => '"forged"'; Array.isArray = () => false; window.getData = ${ONE_ORDER};`,
    );
    expect(orders(result).map((o) => o.orderId)).toEqual(['832019876540012']);
  });

  it('voids the data when the page answers the request too', async () => {
    const { result } = await hostile(`
      window.getData = ${ONE_ORDER};
      window.addEventListener('weiquan:page-data-request', function () {
        window.dispatchEvent(new CustomEvent('weiquan:page-data', { detail: JSON.stringify({ responses: [], value: { list: { result: { listRespDTOList: [{ order_id: '839999999999999' }] } } } }) }));
      });`);
    expect(result).toMatchObject({ detected: false, reason: 'malformed-order-data' });
    expect(result).toHaveProperty('detail', expect.stringContaining('2 answers to one request'));
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

describe('page data belongs to Weidian pages only', () => {
  const others = ['taobao', 'tmall'].flatMap((site) =>
    Object.entries(fixtureJson<Record<string, string>>(`${site}/urls.json`)).map(
      ([name, url]): [string, string] => [`${site}/${name}`, url],
    ),
  );
  it.each(others)('%s never asks for it', (name, url) => {
    // A Taobao or Tmall page that answered the page-data request would be heard by no rule.
    const pageData = vi.fn(() => ({ ok: true as const, value: {}, responses: [] }));
    detectPage(url, fixtureDocument(name), { pageData, now: FIXTURE_NOW });
    expect(pageData).not.toHaveBeenCalled();
  });
});
