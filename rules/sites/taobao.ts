// Taobao order pages (platform-pages.md §2.1, §2.2). Tmall orders appear in the same list and are
// told apart per order (shopType); Tmall's own detail page is rules/sites/tmall.ts.
// Each page kind tries its generations most stable first; see rules/sites/taobao/*.ts.
import { DETAIL_ID_PARAMS, MOBILE_ID_PARAMS } from './taobao/common';
import { detailFromData } from './taobao/detail-data';
import { detailFromLabels, detailFromTbpc } from './taobao/detail-dom';
import { listFromData } from './taobao/list-data';
import { listFromCards, listFromReactDom, listFromSpa } from './taobao/list-dom';
import type { SiteRule } from './types';

const is = (url: URL, hosts: readonly string[], paths: readonly string[]) =>
  hosts.includes(url.hostname) && paths.includes(url.pathname);

const LIST_PATHS = ['/trade/itemlist/list_bought_items.htm', '/trade/itemlist/listBoughtItems.htm'];
const MOBILE_LISTS: Record<string, string> = {
  'main.m.taobao.com': '/olist/index.html',
  'h5.m.taobao.com': '/mlapp/olist.html',
  'market.m.taobao.com': '/app/dinamic/h5-tb-olist/index.html',
};
const MOBILE_DETAILS: Record<string, string> = {
  'h5.m.taobao.com': '/mlapp/odetail.html',
  'main.m.taobao.com': '/odetail/index.html',
  'market.m.taobao.com': '/app/dinamic/h5-tb-odetail/index.html',
};
const patterns = (pages: Record<string, string>) =>
  Object.entries(pages).map(([host, path]) => `*://${host}${path}*`);

export const taobao: SiteRule = {
  id: 'taobao',
  platform: 'taobao',
  pages: [
    {
      kind: 'order-list',
      matches: [
        '*://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm*',
        '*://trade.taobao.com/trade/itemlist/list_bought_items.htm*',
        '*://trade.taobao.com/trade/itemlist/listBoughtItems.htm*',
      ],
      test: (url) => is(url, ['buyertrade.taobao.com', 'trade.taobao.com'], LIST_PATHS),
      strategies: [
        { name: 'var-data', run: listFromData },
        { name: 'spa-containers', run: listFromSpa },
        { name: 'react-dom', run: listFromReactDom },
        { name: 'label-text', run: listFromCards('taobao') },
      ],
    },
    {
      kind: 'order-detail',
      matches: [
        '*://trade.taobao.com/trade/detail/trade_order_detail.htm*',
        '*://trade.taobao.com/trade/detail/trade_item_detail.htm*',
        '*://buyertrade.taobao.com/trade/detail/trade_item_detail.htm*',
        '*://tradearchive.taobao.com/trade/detail/trade_item_detail.htm*',
      ],
      test: (url) =>
        is(url, ['trade.taobao.com'], ['/trade/detail/trade_order_detail.htm']) ||
        is(
          url,
          ['trade.taobao.com', 'buyertrade.taobao.com', 'tradearchive.taobao.com'],
          ['/trade/detail/trade_item_detail.htm'],
        ),
      strategies: [
        { name: 'var-data', run: detailFromData(DETAIL_ID_PARAMS) },
        { name: 'tbpc-rows', run: detailFromTbpc(DETAIL_ID_PARAMS) },
        { name: 'label-text', run: detailFromLabels(DETAIL_ID_PARAMS, 'taobao') },
      ],
    },
    {
      // Mobile H5 pages: no public DOM (§2.1, §2.2), so visible labels and links only.
      kind: 'order-detail',
      matches: patterns(MOBILE_DETAILS),
      test: (url) => MOBILE_DETAILS[url.hostname] === url.pathname,
      strategies: [{ name: 'label-text', run: detailFromLabels(MOBILE_ID_PARAMS, 'unknown') }],
    },
    {
      kind: 'order-list',
      matches: patterns(MOBILE_LISTS),
      test: (url) => MOBILE_LISTS[url.hostname] === url.pathname,
      strategies: [{ name: 'label-text', run: listFromCards('unknown') }],
    },
  ],
};
