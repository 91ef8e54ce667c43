// The demo's pages, shared by npm start and the screen tests: what each is, and where it is served.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SiteMap } from './site-server';

export const DEMO_ORDER_ID = '4864583305858004803';

/** The real Tmall fixture with a visible panel, since its own renderer cannot load offline. */
export function demoTmallPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weiquan-demo-'));
  const page = readFileSync(resolve('tests/fixtures/tmall/order-detail-2025-11.html'), 'utf8').replace(
    '<div id="detail-panel"></div>',
    readFileSync(resolve('scripts/demo-site/tmall-order-panel.html'), 'utf8'),
  );
  writeFileSync(join(dir, 'tmall.html'), page);
  return join(dir, 'tmall.html');
}

/** The Taobao list fixture (built from the documented structure, invented orders) with the page's look. */
export function demoTaobaoList(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weiquan-demo-'));
  const style = readFileSync(resolve('scripts/demo-site/taobao-list.css'), 'utf8');
  const page = readFileSync(resolve('tests/fixtures/taobao/order-list-new-spa.html'), 'utf8').replace(
    '</head>',
    `<style>${style}</style></head>`,
  );
  writeFileSync(join(dir, 'taobao-list.html'), page);
  return join(dir, 'taobao-list.html');
}

export const DEMO_URLS = {
  tmall: `http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${DEMO_ORDER_ID}`,
  taobaoList: 'http://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  search: 'http://www.baidu.com/s?wd=淘宝客服电话',
};

export function demoSite(): SiteMap {
  return {
    'trade.tmall.com/detail/orderDetail.htm': demoTmallPage(),
    // The new list layout, built from the documented structure (invented orders), styled.
    'buyertrade.taobao.com/trade/itemlist/list_bought_items.htm': demoTaobaoList(),
    'www.baidu.com/s': resolve('scripts/demo-site/search-results.html'),
  };
}
