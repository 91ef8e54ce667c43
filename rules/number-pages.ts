// Where the number marks run by default: search results (the fake-"400" trap) and the shop
// sites themselves, seller chats included. Other sites only when the shopper turns them on.

export const SEARCH_RESULT_MATCHES = [
  '*://www.baidu.com/s*',
  '*://m.baidu.com/s*',
  '*://www.bing.com/search*',
  '*://cn.bing.com/search*',
  '*://www.sogou.com/web*',
  '*://m.sogou.com/web*',
  '*://www.so.com/s*',
  '*://m.so.com/s*',
  '*://www.google.com/search*',
  '*://www.google.com.hk/search*',
] as const;

export const SHOP_MATCHES = ['*://*.taobao.com/*', '*://*.tmall.com/*', '*://*.weidian.com/*'] as const;

export const NUMBER_PAGE_MATCHES: readonly string[] = [...SEARCH_RESULT_MATCHES, ...SHOP_MATCHES];

/**
 * Seller chats, where red-flag phrases raise an in-page warning (platform-pages.md §2.7, §3.3),
 * and the platform's own customer service (淘宝官方客服 / 阿里小蜜), where complaints are made.
 */
export const CHAT_MATCHES = [
  '*://market.m.taobao.com/app/im/*',
  '*://im.weidian.com/*',
  '*://ai.alimebot.taobao.com/*',
] as const;
/** The same chats as a test on a page's URL (the popup and background ask which tab is a chat). */
export const CHAT_URL =
  /^https?:\/\/(market\.m\.taobao\.com\/app\/im\/|im\.weidian\.com\/|ai\.alimebot\.taobao\.com\/)/;
