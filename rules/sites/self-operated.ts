// Which shops are Tmall's own (自营): their complaints go to a different line than third-party
// stores. No order JSON carries a "self-operated" flag (platform-pages.md §2.5), so this is an
// allow-list of names and seller ids, each with the evidence that supports it.
import type { ShopType } from '../types';

interface SelfOperatedShop {
  shopType: Extract<ShopType, 'tmall-supermarket' | 'tmall-global-direct'>;
  names: readonly string[];
  sellerIds: readonly string[];
  /** platform-pages.md §2.5: 725677994 is attested by several independent public sources. */
  evidence: string;
}

export const SELF_OPERATED_SHOPS: readonly SelfOperatedShop[] = [
  {
    shopType: 'tmall-supermarket',
    names: ['天猫超市'],
    sellerIds: ['725677994'],
    evidence: 'platform-pages.md §2.5 (medium-high)',
  },
  {
    shopType: 'tmall-global-direct',
    names: ['天猫国际自营全球超级店', '天猫国际进口超市'],
    // 2549841410 is only inferred from image URLs (low-medium); names decide, the id does not.
    sellerIds: [],
    evidence: 'platform-pages.md §2.5 (medium)',
  },
];

export interface ShopSignals {
  sellerNick?: string;
  shopName?: string;
  sellerId?: string;
}

/** The self-operated shop type these signals name, or undefined for a third-party shop. */
export function selfOperatedType(signals: ShopSignals): SelfOperatedShop['shopType'] | undefined {
  const names = [signals.sellerNick, signals.shopName].map((n) => n?.trim()).filter(Boolean);
  for (const shop of SELF_OPERATED_SHOPS) {
    if (names.some((n) => shop.names.includes(n!))) return shop.shopType;
    if (signals.sellerId && shop.sellerIds.includes(signals.sellerId)) return shop.shopType;
  }
  return undefined;
}
