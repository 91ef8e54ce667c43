// Which family of channels handles a case, from what the page told us (platform, shop type).
import type { Text } from '../channels/types';
import type { Platform, ShopType } from '../types';

/** Where a case is handled. 'general' = Taobao/Tmall assumed but not known. */
export type Context =
  'tmall' | 'taobao' | 'tmall-supermarket' | 'tmall-global-direct' | 'weidian' | 'general';

export function resolveContext(
  platform: Platform | undefined,
  shopType: ShopType | undefined,
): { context: Context; undetermined: Text[] } {
  const shop = shopType === 'unknown' ? undefined : shopType;
  const weidianShop = shop === 'weidian';
  if (platform === undefined && shop === undefined) {
    return {
      context: 'general',
      undetermined: [
        {
          zh: '没有识别出平台和订单，下面是淘宝/天猫的通用途径；微店订单请用微店 App 内的售后',
          en: 'Platform and order not detected; this is the general Taobao/Tmall route. For Weidian orders use after-sales in the Weidian app',
        },
      ],
    };
  }
  if ((platform === 'weidian') !== weidianShop && shop !== undefined && platform !== undefined) {
    return {
      context: 'general',
      undetermined: [
        {
          zh: '平台和店铺类型对不上，无法确定渠道',
          en: 'Platform and shop type disagree; cannot tell the channel',
        },
      ],
    };
  }
  if (platform === 'weidian' || weidianShop) return { context: 'weidian', undetermined: [] };
  if (shop !== undefined) return { context: shop, undetermined: [] };
  return {
    context: platform ?? 'general',
    undetermined: [
      {
        zh: '没有识别出店铺类型；如果是天猫超市或天猫国际自营订单，渠道不同',
        en: 'Shop type not detected; Tmall Supermarket and Tmall Global direct orders use other channels',
      },
    ],
  };
}
