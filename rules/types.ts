// Shared vocabulary of the knowledge layer. Pure types: safe to import from any context,
// including content scripts (no runtime code here).

export type Platform = 'tmall' | 'taobao' | 'weidian';

/** What kind of shop sold the order; decides the complaint channel. */
export type ShopType =
  'tmall' | 'taobao' | 'weidian' | 'tmall-supermarket' | 'tmall-global-direct' | 'unknown';

export type PageKind = 'order-detail' | 'order-list' | 'chat';

export interface OrderItem {
  title: string;
  quantity?: number;
  /** Display price as the page shows it, e.g. "149.80". */
  price?: string;
}

export interface Order {
  /** Always an exact string: 19-digit ids overflow JS numbers. */
  orderId: string;
  sellerNick?: string;
  shopName?: string;
  shopType: ShopType;
  items: OrderItem[];
  /** Amount actually paid (实付款), e.g. "126.80". */
  amount?: string;
  /** "YYYY-MM-DD HH:MM:SS", Asia/Shanghai, as on the page. */
  createdAt?: string;
  status?: string;
  snapshotUrl?: string;
  /**
   * When the order confirms receipt by itself (自动确认收货), "YYYY-MM-DD HH:MM" Asia/Shanghai:
   * from the page's countdown data, or its visible countdown counted from the reading.
   */
  autoConfirmBy?: string;
  /** Fields the rule could not read, so the UI can say what is missing. */
  missing?: string[];
}

export type Detection =
  | { detected: true; platform: Platform; page: PageKind; orders: Order[]; strategy: string }
  | { detected: false; reason: NotDetectedReason; detail?: string };

/** Why a page yielded no order; the UI words each code in the shopper's language. */
export type NotDetectedReason =
  | 'not-an-order-page'
  | 'no-order-data'
  | 'malformed-order-data'
  | 'order-id-only-numeric'
  | 'order-id-mismatch'
  | 'no-order-id';
