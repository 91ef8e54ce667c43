import { describe, expect, it } from 'vitest';
import { placeOf } from './page-place';

describe('placeOf', () => {
  it.each([
    ['https://market.m.taobao.com/app/im/chat/index.html?uid=x', { platform: 'taobao', chat: true }],
    ['https://ai.alimebot.taobao.com/intl/index.htm', { platform: 'taobao', chat: true }],
    ['https://im.weidian.com/chat/?to_user_id=1', { platform: 'weidian', chat: true }],
    ['https://weidian.com/item.html?itemID=1', { platform: 'weidian', chat: false }],
    ['https://detail.tmall.com/item.htm?id=1', { platform: 'tmall', chat: false }],
    ['https://www.baidu.com/s?wd=淘宝客服', { platform: undefined, chat: false }],
    // A look-alike domain is not the shop site.
    ['https://taobao.com.evil.cn/', { platform: undefined, chat: false }],
    ['https://eviltaobao.com/', { platform: undefined, chat: false }],
  ])('%s', (address, place) => {
    expect(placeOf(address)).toEqual(place);
  });

  it('knows nothing from no address or a broken one', () => {
    expect(placeOf(undefined)).toEqual({ chat: false });
    expect(placeOf('not a url')).toEqual({ chat: false });
  });
});
