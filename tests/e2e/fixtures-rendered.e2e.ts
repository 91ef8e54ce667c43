// Every order-page fixture as Chromium renders it (its own scripts run first), served at its real
// address: what the background records for the tab must be the fixture's expected result, the
// same one the rule tests read without a browser. Countdowns count from the real clock here, so
// an 自动确认收货 deadline is only checked for presence; pages are served over plain http, so
// links the page gives without a scheme resolve to http; and where a page's script also set the
// data it carries (weidian/order-list.html), the browser reads the same orders by another strategy.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEMS_KEPT } from '../../lib/message-limits';
import { fixture, startHarness, type Harness } from './support';

type Order = Record<string, unknown>;
type Detection = { detected: boolean; orders?: Order[]; [key: string]: unknown };

const PAGES = ['tmall', 'taobao', 'weidian'].flatMap((site) =>
  Object.entries(
    JSON.parse(readFileSync(fixture(`${site}/urls.json`), 'utf8')) as Record<string, string>,
  ).map(
    // A fragment per page: fixtures that share an address are told apart by their tabs' URLs.
    ([name, url]) => ({ name: `${site}/${name}`, url: `${url.replace(/^https:/, 'http:')}#e2e-${name}` }),
  ),
);
const SHOP_HOSTS = /(^|\.)(taobao|tmall|weidian)\.com$/;

/**
 * The clock-, scheme- and strategy-free view of a detection, as the tab's state keeps it: each
 * order's first ITEMS_KEPT items (the popup's summary; the orders table records them all).
 */
function comparable({ strategy: _strategy, ...detection }: Detection) {
  const orders = (detection.orders ?? []).map(({ autoConfirmBy, snapshotUrl, ...order }) => ({
    ...order,
    ...(Array.isArray(order.items) && { items: order.items.slice(0, ITEMS_KEPT) }),
    deadline: !!autoConfirmBy,
    ...(typeof snapshotUrl === 'string' && { snapshotUrl: snapshotUrl.replace(/^https?:/, '') }),
  }));
  return { ...detection, ...(detection.orders && { orders }) };
}

let harness: Harness;
/** The page every shop address answers with now (tests run one at a time). */
let current = '';
beforeAll(async () => {
  harness = await startHarness({});
  await harness.browser.context.route(
    (url) => SHOP_HOSTS.test(url.hostname),
    (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current })
        : route.fulfill({ status: 404, body: '' }),
  );
});
afterAll(async () => harness?.close());

describe('every order-page fixture, rendered in Chromium', () => {
  it.each(PAGES)('$name gives its expected result', async ({ name, url }) => {
    current = readFileSync(fixture(name), 'utf8');
    const expected = JSON.parse(
      readFileSync(fixture(name.replace(/\.html$/, '.expected.json')), 'utf8'),
    ) as Detection;
    const page = await harness.browser.context.newPage();
    await page.goto(url);
    const tabId = await harness.browser.tabIdFor(new URL(url).hostname, new URL(url).hash);
    await expect
      .poll(
        async () =>
          comparable(
            ((await harness.browser.tabState(tabId)) as { detection: Detection } | null)?.detection ?? {
              detected: false,
            },
          ),
        {
          timeout: 10_000,
        },
      )
      .toEqual(comparable(expected));
    await page.close();
  });
});
