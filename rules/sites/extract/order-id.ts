// Order numbers: Taobao/Tmall are 15-19 digits today (platform-pages.md §4), Weidian 15.
// Kept as strings end to end: 19-digit ids overflow JS numbers.

const ORDER_ID = /^\d{11,20}$/;

export function isOrderId(value: unknown): value is string {
  return typeof value === 'string' && ORDER_ID.test(value);
}

/** The id a URL names, from any of the query parameters detail pages use. */
export function orderIdFromUrl(url: URL, params: readonly string[]): string | undefined {
  for (const name of params) {
    const value = url.searchParams.get(name)?.trim();
    if (value && isOrderId(value)) return value;
  }
  return undefined;
}

/** Reads "订单编号: 123…" / "订单号：123…" (with optional 复制 after it) from normalised text. */
export function orderIdFromLabel(text: string): string | undefined {
  const match = /订单(?:编号|号)\s*(?::\s*)?(\d{11,20})(?!\d)/.exec(text);
  return match?.[1];
}

/** Money as the page prints it ("￥126.80", "¥ 1,299.00") reduced to "126.80". */
export function moneyText(value: string | undefined): string | undefined {
  const match = value?.replace(/,/g, '').match(/-?\d+(?:\.\d+)?/);
  return match?.[0];
}
