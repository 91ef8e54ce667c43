import { describe, expect, it } from 'vitest';
import type { Detection } from '../types';
import {
  FIXTURE_NOW,
  fixtureDocument,
  fixtureJson,
  fixtureText,
  htmlDocument,
} from '../../tests/support/fixtures';
import { detectPage } from './detect';
import { decodeJsStringLiteral, jsonParseArgument, parseJsonLiteral } from './extract/js-string';

const URLS = fixtureJson<Record<string, string>>('taobao/urls.json');
const REAL = 'taobao/order-list-old-2025-11.html';
const LIST_URL = URLS['order-list-old-2025-11.html']!;

/** A fixture with one fault applied to its HTML text, detected at its own URL (or `url`). */
function variant(name: string, edit: (html: string) => string, url = URLS[name]!): Detection {
  return detectPage(url, htmlDocument(edit(fixtureText(`taobao/${name}`))));
}
const orders = (result: Detection) => (result.detected ? result.orders : []);

describe('Taobao fixtures', () => {
  it.each(Object.entries(URLS))('%s matches its expected result', (name, url) => {
    const result = detectPage(url, fixtureDocument(`taobao/${name}`), { now: FIXTURE_NOW });
    expect(result).toEqual(fixtureJson(`taobao/${name.replace(/\.html$/, '.expected.json')}`));
    expect(result.detected).toBe(true);
    for (const order of orders(result)) expect(order.orderId).toMatch(/^\d{11,20}$/);
  });
});

describe('Taobao old order list (var data = JSON.parse)', () => {
  it('reads all 50 real orders, ids exactly as the page lists them', () => {
    const result = detectPage(LIST_URL, fixtureDocument(REAL));
    const listed = /\\"mainBizOrderIds\\":\\"([\d-]+)\\"/.exec(fixtureText(REAL))![1]!.split('-');
    expect(orders(result).map((o) => o.orderId)).toEqual(listed);
    expect(
      orders(result)
        .filter((o) => o.shopType === 'tmall')
        .map((o) => o.orderId),
    ).toEqual(['4864583305858004803']);
  });

  it('never reports an id JSON.parse rounded (subOrders[].id and extra.id are bare numbers)', () => {
    expect(fixtureText(REAL)).toContain('\\"id\\":4865640015090004803,');
    expect(Number('4865640015090004803')).toBe(4865640015090005000);
    expect(JSON.stringify(detectPage(LIST_URL, fixtureDocument(REAL)))).not.toContain('4865640015090005000');
  });

  it('serves the legacy list addresses too', () => {
    for (const url of [
      'https://trade.taobao.com/trade/itemlist/list_bought_items.htm',
      'https://trade.taobao.com/trade/itemlist/listBoughtItems.htm?action=itemlist/BoughtQueryAction',
    ]) {
      expect(orders(detectPage(url, fixtureDocument(REAL)))).toHaveLength(50);
    }
  });

  it('says there is no data when the page has no var data and no order blocks', () => {
    const result = variant('order-list-old-2025-11.html', (html) =>
      html.replace(/var data = JSON\.parse\('.*'\);/, ''),
    );
    expect(result).toMatchObject({ detected: false, reason: 'no-order-data' });
  });

  it('says the data is broken when the literal is truncated or the JSON inside is corrupt', () => {
    const truncated = variant('order-list-old-2025-11.html', (html) =>
      html.replace(/(var data = JSON\.parse\('.{5000}).*/, '$1'),
    );
    expect(truncated).toMatchObject({ detected: false, reason: 'malformed-order-data' });
    const corrupt = variant('order-list-old-2025-11.html', (html) =>
      html.replace('{\\"error\\"', '{{\\"error\\"'),
    );
    expect(corrupt).toMatchObject({ detected: false, reason: 'malformed-order-data' });
  });

  it('refuses orders whose ids are only numbers, keeping the others', () => {
    const id = '4864339011061004803';
    const one = variant('order-list-old-2025-11.html', (html) =>
      html.replaceAll(`\\"id\\":\\"${id}\\"`, `\\"id\\":${id}`),
    );
    expect(orders(one)).toHaveLength(49);
    expect(JSON.stringify(one)).not.toContain(`"orderId":"${id}"`);
    const all = variant('order-list-old-2025-11.html', (html) =>
      html.replace(/\\"id\\":\\"(\d+)\\"/g, '\\"id\\":$1'),
    );
    expect(all).toMatchObject({ detected: false, reason: 'order-id-only-numeric' });
  });

  it('drops an order whose id and orderInfo.id disagree', () => {
    const result = variant('order-list-old-self-operated.html', (html) =>
      html.replace(
        '\\"createTime\\":\\"2026-05-14 20:31:07\\",\\"id\\":\\"5185533019846007316\\"',
        '\\"createTime\\":\\"2026-05-14 20:31:07\\",\\"id\\":\\"5185533019846009999\\"',
      ),
    );
    expect(orders(result).map((o) => o.orderId)).toEqual(['5184410276528007316', '5183097722164007316']);
  });

  it('says so when the list is empty', () => {
    const result = variant('order-list-old-self-operated.html', (html) =>
      html.replace(/\\"mainOrders\\":\[.*?\],\\"page\\"/, '\\"mainOrders\\":[],\\"page\\"'),
    );
    expect(result).toMatchObject({ detected: false, reason: 'no-order-data' });
  });

  it('lists the fields an order lacks', () => {
    const result = variant('order-list-old-self-operated.html', (html) =>
      html
        .replace('\\"payInfo\\":{\\"actualFee\\":\\"119.70\\",', '\\"payInfo\\":{')
        .replace('\\"text\\":\\"\\u4EA4\\u6613\\u6210\\u529F\\",', ''),
    );
    expect(orders(result)[0]).toMatchObject({
      orderId: '5185533019846007316',
      missing: ['amount', 'status'],
    });
  });
});

describe('JS string literal decoding', () => {
  it('decodes the escapes JS allows, without eval', () => {
    const source = String.raw`x = '\"a\" \'b\' \\ \/ \u5929\u732B \x41 \u{1F600} \n\t'`;
    expect(decodeJsStringLiteral(source, 4)).toBe(`"a" 'b' \\ / 天猫 A 😀 \n\t`);
  });

  it('refuses unterminated literals, raw line breaks and bad escapes', () => {
    expect(decodeJsStringLiteral(`'abc`, 0)).toBeNull();
    expect(decodeJsStringLiteral(`'ab\\'`, 0)).toBeNull();
    expect(decodeJsStringLiteral(`'a\nb'`, 0)).toBeNull();
    expect(decodeJsStringLiteral(`'\\u12G4'`, 0)).toBeNull();
    expect(decodeJsStringLiteral(`'\\x4'`, 0)).toBeNull();
    expect(decodeJsStringLiteral(`'\\u{110000}'`, 0)).toBeNull();
  });

  it('ends a literal at the first quote after an even run of backslashes, lines continued', () => {
    // Quote to quote: escaped quotes (odd runs) are passed over, an even run closes.
    expect(decodeJsStringLiteral(String.raw`'a\'b\\'c'`, 0)).toBe(`a'b\\`);
    expect(decodeJsStringLiteral(String.raw`'\\\'x'`, 0)).toBe(`\\'x`);
    // A raw line break ends it unless escaped (CRLF, CR and LF continuations).
    expect(decodeJsStringLiteral(`'a\\\r\nb\\\nc\\\rd'`, 0)).toBe('abcd');
    expect(decodeJsStringLiteral(`'a\r\nb'`, 0)).toBeNull();
    expect(decodeJsStringLiteral(`'ab' + '\n'`, 0)).toBe('ab');
  });

  it('finds only the named assignment', () => {
    expect(jsonParseArgument(`window.pcExtraData = JSON.parse('1');`, 'data')).toEqual({ found: false });
    expect(jsonParseArgument(`var data = JSON.parse("[1]");`, 'data')).toEqual({ found: true, value: [1] });
  });

  it('parses a literal in one pass to what decoding it, then parsing it, gives', () => {
    const decodedThenParsed = (literal: string) => {
      const text = decodeJsStringLiteral(literal, 0);
      try {
        return text === null ? null : (JSON.parse(text) as unknown);
      } catch {
        return null;
      }
    };
    const literals = [
      String.raw`'{\"a\":\"\u5929\u732B\",\"b\":[1,\"x\/y\"]}'`,
      String.raw`"{\"it's\":\'1\'}"`,
      // Escaped quotes and backslashes end or escape JSON strings once decoded.
      String.raw`'["a\u0022,\u0022b"]'`,
      String.raw`'["a\u005c"]'`,
      String.raw`'["a\u005C", "b"]'`,
      // A control character is refused by JSON raw, not escaped.
      String.raw`'["\u0009"]'`,
      String.raw`'{\u0022a\u0022:1}'`,
      String.raw`'\ufeff[1]'`,
      String.raw`'[\"\\\"\"]'`,
      String.raw`'["\x41\u{1F600}\ud83d\ude00"]'`,
      String.raw`'["\uZZZZ"]'`,
      `'["天猫"]'`,
      `'["a\\\nb"]'`,
      String.raw`'{"a":1'`,
    ];
    for (const literal of literals)
      expect(parseJsonLiteral(literal, 0), literal).toEqual(decodedThenParsed(literal));
    expect(parseJsonLiteral(String.raw`'["a\u0022,\u0022b"]'`, 0)).toEqual(['a', 'b']);
    expect(parseJsonLiteral(String.raw`'["a\u005c"]'`, 0)).toBeNull();
    expect(parseJsonLiteral(String.raw`'["\u0009"]'`, 0)).toBeNull();
  });
});

describe('Taobao new SPA list', () => {
  const SPA = 'order-list-new-spa.html';

  it('drops a block whose 订单号 text disagrees with its element id', () => {
    const result = variant(SPA, (html) =>
      html.replace('订单号: 5186921453307007316', '订单号: 5186921453307009999'),
    );
    expect(orders(result).map((o) => o.orderId)).not.toContain('5186921453307007316');
    expect(orders(result)).toHaveLength(3);
  });

  it('refuses the page when every block disagrees', () => {
    const result = variant(SPA, (html) => html.replace(/订单号: (\d+)7316/g, '订单号: $19999'));
    expect(result).toMatchObject({ detected: false, reason: 'order-id-mismatch' });
  });

  it('ignores containers whose id is not an order number, and lists what a block lacks', () => {
    const result = variant(SPA, (html) =>
      html
        .replace('shopOrderContainer_5187740396615007316', 'shopOrderContainer_abc')
        .replace(/<span class="trade-price-label">实付款<\/span>/g, ''),
    );
    expect(orders(result)).toHaveLength(3);
    // Without its label the first price container still is the paid amount.
    expect(orders(result)[0]).toMatchObject({ orderId: '5186921453307007316', amount: '279.00' });
    const bare = variant(SPA, (html) => html.replace(/<div class="payment--[^"]*">/g, '<div>'));
    expect(orders(bare)[0]?.missing).toEqual(['amount']);
  });
});

describe('Taobao old React list', () => {
  it('drops a block whose data-id contradicts its 订单号', () => {
    const result = variant('order-list-old-react.html', (html) =>
      html.replace('data-id="1342871150224738296"', 'data-id="1342871150224739999"'),
    );
    expect(orders(result).map((o) => o.orderId)).toEqual(['1339920487731738296']);
  });
});

describe('Taobao order detail', () => {
  const OLD = 'order-detail-old.html';
  const ID = '5179026635514007316';

  it('accepts the trade_item_detail.htm addresses of the old list', () => {
    for (const host of ['buyertrade.taobao.com', 'trade.taobao.com']) {
      const url = `https://${host}/trade/detail/trade_item_detail.htm?bizOrderId=${ID}`;
      expect(orders(detectPage(url, fixtureDocument(`taobao/${OLD}`)))[0]?.orderId).toBe(ID);
    }
  });

  it('refuses a URL id that disagrees with the page, on every layout, without falling back', () => {
    for (const name of [
      'order-detail-old.html',
      'order-detail-new-tbpc.html',
      'order-detail-archive.html',
      'order-detail-mobile.html',
    ]) {
      const url = URLS[name]!.replace(/(\d{6})(&|$)/, '999999$2');
      expect(detectPage(url, fixtureDocument(`taobao/${name}`))).toMatchObject({
        detected: false,
        reason: 'order-id-mismatch',
      });
    }
  });

  it('refuses mainOrder.id given only as a number, and a 订单编号 line that disagrees', () => {
    const numeric = variant(OLD, (html) =>
      html
        .replace(`\\"id\\":\\"${ID}\\"`, `\\"id\\":${ID}`)
        .replace(/\\"name\\":\\"\\u8BA2\\u5355\\u7F16\\u53F7:\\",\\"value\\":\\"\d+\\"/, ''),
    );
    expect(numeric).toMatchObject({ detected: false, reason: 'order-id-only-numeric' });
    const disagree = variant(OLD, (html) =>
      html.replace(`\\"value\\":\\"${ID}\\"`, '\\"value\\":\\"5179026635514009999\\"'),
    );
    expect(disagree).toMatchObject({ detected: false, reason: 'order-id-mismatch' });
  });

  it('says the data is broken when var data is truncated', () => {
    const result = variant(OLD, (html) => html.replace(/(var data = JSON\.parse\('.{800}).*/, '$1'));
    expect(result).toMatchObject({ detected: false, reason: 'malformed-order-data' });
  });

  it('tells Tmall and 天猫超市 orders apart', () => {
    const tmall = variant(OLD, (html) =>
      html.replace('ali.china.taobao.appliance', 'ali.china.tmall.appliance'),
    );
    expect(orders(tmall)[0]?.shopType).toBe('tmall');
    const chaoshi = variant(OLD, (html) =>
      html.replace('\\"seller\\":{\\"id\\":2408160291', '\\"seller\\":{\\"id\\":725677994'),
    );
    expect(orders(chaoshi)[0]?.shopType).toBe('tmall-supermarket');
  });

  it('never takes the 28-digit 支付宝交易号 or a logistics number for the order id', () => {
    const result = variant('order-detail-new-tbpc.html', (html) =>
      html.replace(
        /<div class="detailInfoContent--[^"]*"><div class="detailInfoTitle--[^"]*">订单编号.*?<\/div><\/div>/,
        '',
      ),
    );
    expect(JSON.stringify(result)).not.toMatch(/2026050422001159201468813307|YT7582890600217/);
    expect(!result.detected && result.detail).toContain('tbpc-rows: no 订单编号 row');
  });

  it('reads the amount as missing when the 实付款 row is gone', () => {
    const result = variant('order-detail-new-tbpc.html', (html) =>
      html.replace('<span>实付款</span>', '<span>合计</span>'),
    );
    expect(orders(result)[0]?.missing).toEqual(['amount']);
  });

  it('reads a mobile page by the one order its links name when no label is shown', () => {
    const result = variant('order-detail-mobile.html', (html) =>
      html.replace('<span>订单编号</span>', '<span>编号</span>'),
    );
    expect(orders(result)[0]?.orderId).toBe('5177802146633007316');
    const twoOrders = variant('order-detail-mobile.html', (html) =>
      html
        .replace('<span>订单编号</span>', '<span>编号</span>')
        .replace(
          'applyRouter.htm?bizOrderId=5177802146633007316',
          'applyRouter.htm?bizOrderId=5177802146633009999',
        ),
    );
    expect(twoOrders).toMatchObject({ detected: false, reason: 'no-order-id' });
  });
});

describe('Taobao non-order pages', () => {
  it.each([
    'https://cart.taobao.com/cart.htm',
    'https://main.m.taobao.com/order/index.html?buyParam=819225492008_1',
    'https://buy.taobao.com/auction/buy_now.jhtml',
    'https://item.taobao.com/item.htm?id=819225492008',
    'https://detail.tmall.com/item.htm?id=819225492008',
    'https://shop123.taobao.com/',
    'https://s.taobao.com/search?q=%E5%A4%A7%E7%B1%B3',
    'https://trade.tmall.com/order/confirmGoods.htm?biz_order_id=4864583305858004803',
    'https://buyertrade.taobao.com/trade/detail/tradeSnap.htm?tradeID=4864583305858004803',
    'https://www.taobao.com/',
  ])('%s is not an order page', (url) => {
    expect(detectPage(url, fixtureDocument(REAL))).toEqual({ detected: false, reason: 'not-an-order-page' });
  });

  it('never throws on an empty page at any order address', () => {
    for (const url of Object.values(URLS)) {
      expect(detectPage(url, htmlDocument(''))).toMatchObject({ detected: false });
    }
  });
});
