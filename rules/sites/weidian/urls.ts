// Weidian buyer order pages (platform-pages.md §3.1): where they live, as match patterns for the
// manifest and as exact tests on the parsed URL. Kept apart from the rule so the page-data
// script (which runs in the page's world) can know its pages without carrying the readers.
import type { PageDataSource } from '../types';

const onWeidian = (url: URL) => url.hostname === 'weidian.com' || url.hostname.endsWith('.weidian.com');

export const LIST_MATCHES = [
  '*://weidian.com/user/order/list.php*',
  '*://i.weidian.com/order/list.php*',
  // 退款/售后: where a shopper with a complaint is (order ids and shops, per refund).
  '*://weidian.com/user/order/refundList*',
];
export const DETAIL_MATCHES = [
  '*://*.weidian.com/user/order-new/detail.php*',
  // Linked from Weidian's own list (order_detail_url).
  '*://weidian.com/user/order/detail.php*',
  '*://i.weidian.com/order/detail.php*',
];

export function isListPage(url: URL): boolean {
  return (
    (url.hostname === 'weidian.com' &&
      (url.pathname === '/user/order/list.php' || url.pathname === '/user/order/refundList')) ||
    (url.hostname === 'i.weidian.com' && url.pathname === '/order/list.php')
  );
}

export function isDetailPage(url: URL): boolean {
  return (
    (onWeidian(url) && url.pathname === '/user/order-new/detail.php') ||
    (url.hostname === 'weidian.com' && url.pathname === '/user/order/detail.php') ||
    (url.hostname === 'i.weidian.com' && url.pathname === '/order/detail.php')
  );
}

/**
 * What the page-data script reads on these pages: the page's scripts copy the server-injected
 * `#__rocker-render-inject__` into `window.getData` and then delete the element (S10 reads
 * `getData.list.result.listRespDTOList`, `getData.detail.result`); "load more" fetches the next
 * pages from thor's `tradeview/buyer.order.list` (S10 hooks its XHR; thor has mirror hosts, §3.2).
 */
export const WEIDIAN_PAGE_DATA: PageDataSource = {
  matches: [...LIST_MATCHES, ...DETAIL_MATCHES],
  global: 'getData',
  responsePaths: ['/tradeview/buyer.order.list/'],
};
