// Issue 27's attacks, run in Chromium against the e2e build: hostile Weidian pages (served as
// weidian.com on loopback) that flood reports, crowd storage.session from several tabs, name a
// case's order with other facts, and replace natives after document_start.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, recordWeidianCall, startHarness, type Harness } from './support';

const LIST = 'http://weidian.com/user/order/list.php';
const NORMAL_LIST = `${LIST}?type=0`;
const DETAIL = 'http://weidian.com/user/order/detail.php?oid=832019876540012';
const CASE_ORDER = '832019876540012';

/** A list page whose data is `orders` Weidian records; `script` runs after it (the page's own). */
const listPage = (orders: string, script = '') => `<!DOCTYPE html><meta charset="utf-8">
<div id="app">待发货</div><script>window.getData = { list: { result: { listRespDTOList: ${orders} } } };
${script}</script>`;

/** 500 orders that pass every schema, each ~1.6 kB: just under the report cap together. */
const JUNK = `Array.from({ length: 500 }, (_, i) => ({ order_id: String(50000000000 + (window.round || 0) * 1000 + i),
  shop_name: '垃圾'.repeat(50), total_price: '1.00',
  sub_orders: [0, 1, 2].map((k) => ({ item_title: k + 'x'.repeat(450) })) }))`;
/** Replaces its orders with new ones every 400 ms and changes the DOM, so it is reported again. */
const FLOOD = listPage(
  JUNK,
  `setInterval(() => { window.round = (window.round || 0) + 1; window.getData.list.result.listRespDTOList = ${JUNK};
  document.getElementById('app').append(String(window.round)); }, 400);`,
);
/** Names the case's order with another shop and amount. */
const NAMES_CASE = listPage(
  `[{ order_id: '${CASE_ORDER}', shop_name: '冒名店铺', total_price: '0.01', status_desc: '交易成功',
  sub_orders: [{ item_title: '调包商品' }] }]`,
);
/**
 * Replaces natives after document_start: join forges the whole answer of the old page-data
 * script, JSON and Object.keys lie, Object.prototype gets getters; its real order is one.
 */
const NATIVES = listPage(
  `[{ order_id: '812345678901234', shop_name: '真实店铺', total_price: '9.90' }]`,
  `const join = Array.prototype.join;
  Array.prototype.join = function (sep) {
    if (typeof this[0] === 'string' && this[0].startsWith('"global"'))
      return '"global":"getData","responses":[],"value":{"list":{"result":{"listRespDTOList":[{"order_id":"899999999999999","shop_name":"伪造"}]}}}';
    return join.call(this, sep);
  };
  Array.prototype.some = function () { return true; };
  const stringify = JSON.stringify;
  JSON.stringify = (v) => (typeof v === 'string' ? '"伪造"' : stringify(v));
  Object.keys = () => ['forged'];
  Object.defineProperty(Object.prototype, 'value', { get() { return 'forged'; }, configurable: true });
  Object.defineProperty(Object.prototype, 'bubbles', { get() { document.title = 'page code ran'; return false; }, configurable: true });`,
);

const PAGES: Record<string, string> = {
  [`${LIST}?type=91`]: FLOOD,
  [`${LIST}?type=92`]: FLOOD,
  [`${LIST}?type=93`]: FLOOD,
  [`${LIST}?type=94`]: FLOOD,
  [`${LIST}?type=95`]: FLOOD,
  [`${LIST}?type=96`]: FLOOD,
  [`${LIST}?type=80`]: NAMES_CASE,
  [`${LIST}?type=70`]: NATIVES,
};
const FIXTURES: Record<string, string> = {
  [NORMAL_LIST]: fixture('weidian/order-list-rendered.html'),
  [DETAIL]: fixture('weidian/order-detail-legacy-path-rendered.html'),
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    'weidian.com/user/order/list.php': fixture('weidian/order-list-rendered.html'),
  });
  await harness.browser.context.route(
    (url) => url.href in PAGES || url.href in FIXTURES,
    (route) => {
      const url = route.request().url();
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: PAGES[url] ?? readFileSync(FIXTURES[url]!),
      });
    },
  );
}, 60_000);
afterAll(async () => harness?.close());

/** Runs in the service worker: the database's own records, read without the extension's code. */
async function inDatabase(): Promise<{
  orders: Array<{ orderId: string; order: { shopName?: string } }>;
  log: number;
}> {
  return harness.browser.worker.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('weiquan');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction(['orders', 'log'], 'readonly');
          const orders = tx.objectStore('orders').getAll();
          const log = tx.objectStore('log').count();
          tx.oncomplete = () => {
            resolve({
              orders: (orders.result as Array<{ orderId: string; order: { shopName?: string } }>).map(
                (o) => ({
                  orderId: o.orderId,
                  order: { shopName: o.order.shopName },
                }),
              ),
              log: log.result,
            });
            open.result.close();
          };
        };
      }),
  );
}

const sessionBytes = (key: string | null) =>
  harness.browser.worker.evaluate(
    (k) =>
      (
        globalThis as unknown as {
          chrome: { storage: { session: { getBytesInUse(k: string | null): Promise<number> } } };
        }
      ).chrome.storage.session.getBytesInUse(k),
    key,
  );

type State = { detection: { detected: boolean; orders?: Array<{ orderId: string; shopName?: string }> } };
const stateOf = async (part: string) => {
  const tabId = await harness.browser.tabIdFor('weidian.com', part);
  let state: State | null = null;
  await expect
    .poll(async () => (state = (await harness.browser.tabState(tabId)) as State | null)?.detection.detected)
    .toBe(true);
  return { tabId, state: state! };
};

describe('hostile pages against the shipped build (issue 27)', () => {
  it('a list page naming a case’s order with other facts changes neither the order nor its chain', async () => {
    const detail = await harness.browser.context.newPage();
    await detail.goto(DETAIL);
    const { tabId } = await stateOf('oid=832019876540012');
    const popup = await harness.browser.openPopup(tabId);
    const reply = await recordWeidianCall(popup, CASE_ORDER, '山野茶舍');
    expect(reply.ok).toBe(true);
    await popup.close();
    const before = await inDatabase();
    const shop = before.orders.find((o) => o.orderId === CASE_ORDER)!.order.shopName;
    expect(shop).toBeTruthy();
    const list = await harness.browser.context.newPage();
    await list.goto(`${LIST}?type=80`);
    const { state } = await stateOf('type=80');
    // The page was read and reported: the attack reached the background.
    expect(state.detection.orders).toEqual([
      expect.objectContaining({ orderId: CASE_ORDER, shopName: '冒名店铺' }),
    ]);
    const after = await inDatabase();
    expect(after.orders.find((o) => o.orderId === CASE_ORDER)!.order.shopName).toBe(shop);
    expect(after.log).toBe(before.log);
    console.log(`[attack 3] case order shop stays "${shop}", chain entries ${before.log} → ${after.log}`);
    await list.close();
    await detail.close();
  }, 120_000);

  it('a page replacing natives after document_start gets neither a forged order nor its code run', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto(`${LIST}?type=70`);
    const { state } = await stateOf('type=70');
    expect(state.detection.orders!.map((o) => o.orderId)).toEqual(['812345678901234']);
    expect(state.detection.orders![0]!.shopName).toBe('真实店铺');
    expect(await page.title()).not.toBe('page code ran');
    console.log(`[attack 4] reported ${JSON.stringify(state.detection.orders)}`);
    await page.close();
  }, 120_000);

  it('three flooding tabs: junk bounded in the database and in storage.session; a normal tab still reported', async () => {
    const started = Date.now();
    const at = (what: string) =>
      console.log(`[attacks 1+2] ${((Date.now() - started) / 1000).toFixed(1)} s: ${what}`);
    const floods = [];
    for (const type of [91, 92, 93]) {
      const page = await harness.browser.context.newPage();
      await page.goto(`${LIST}?type=${type}`);
      floods.push(page);
    }
    at('3 flooding tabs open');
    const { tabId: flooder } = await stateOf('type=91');
    at('first flooding tab reported');
    await new Promise((r) => setTimeout(r, 15_000));
    const flooded = await inDatabase();
    const floodTabBytes = await sessionBytes(`tab:${flooder}`);
    const totalBytes = await sessionBytes(null);
    at(`read back: ${flooded.orders.length} orders`);
    const normal = await harness.browser.context.newPage();
    await normal.goto(NORMAL_LIST);
    const { state } = await stateOf('type=0');
    at('normal tab reported');
    const ids = state.detection.orders!.map((o) => o.orderId);
    expect(ids.length).toBeGreaterThan(0);
    const after = await inDatabase();
    for (const id of ids) expect(after.orders.some((o) => o.orderId === id)).toBe(true);
    // Every order with a case stays; the others are bounded (orders-repo MAX_ORDERS_WITHOUT_CASE).
    expect(flooded.orders.length).toBeLessThanOrEqual(2_000 + 1);
    expect(after.orders.some((o) => o.orderId === CASE_ORDER)).toBe(true);
    expect(floodTabBytes).toBeLessThan(150_000);
    console.log(
      `[attacks 1+2] after 15 s of 3 flooding tabs: ${flooded.orders.length} orders stored, ` +
        `one flooding tab ${floodTabBytes} B of storage.session, all tabs ${totalBytes} B; ` +
        `the normal tab then reported ${ids.length} orders, all recorded`,
    );
    for (const page of floods) await page.close();
    await normal.close();
  }, 300_000);
});
