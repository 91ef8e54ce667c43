// Issue 26, the popup at 380 × 600 on every demo and fixture order page, in Chinese and English:
// the primary number or route and whether it is open are inside the first 600 px, nothing is
// wider than the popup, axe-core finds nothing critical or serious, no internal source id shows.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, INTERNAL, overflow, shotPath, shownText } from './screen-checks';
import { demoTmallPage, DEMO_URLS } from '../../scripts/lib/demo-pages';
import { fixture, ROOT, startHarness, type Harness } from './support';

interface OrderPage {
  name: string;
  url: string;
  file: string;
}

/** Every fixture page of the three sites whose expected result is a detected order. */
function fixturePages(): OrderPage[] {
  return ['tmall', 'taobao', 'weidian'].flatMap((site) => {
    const urls = JSON.parse(readFileSync(fixture(`${site}/urls.json`), 'utf8')) as Record<string, string>;
    return Object.entries(urls)
      .filter(([file]) => {
        const expected = JSON.parse(
          readFileSync(fixture(`${site}/${file.replace('.html', '.expected.json')}`), 'utf8'),
        ) as { detected: boolean };
        return expected.detected;
      })
      .map(([file, url]) => ({
        name: `${site}-${file.replace('.html', '')}`,
        url,
        file: fixture(`${site}/${file}`),
      }));
  });
}

const DEMO_TMALL: OrderPage = {
  name: 'demo-tmall',
  url: `${DEMO_URLS.tmall.replace('http:', 'https:')}&demo=1`,
  file: demoTmallPage(),
};

/** Opens the page as its real (https) address, answered from the file, and its popup at 380 × 600. */
async function popupFor(harness: Harness, page: OrderPage): Promise<{ popup: Page; close(): Promise<void> }> {
  const shop = await harness.browser.context.newPage();
  await shop.route('**/*', (route) =>
    route.request().isNavigationRequest()
      ? route.fulfill({ path: page.file, contentType: 'text/html; charset=utf-8' })
      : route.abort(),
  );
  await shop.goto(page.url);
  const { hostname, search } = new URL(page.url);
  const tabId = await harness.browser.tabIdFor(hostname, search);
  const popup = await harness.browser.openPopup(tabId);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.getByTestId('answer-status').waitFor({ timeout: 15_000 });
  return {
    popup,
    async close() {
      await popup.close();
      await shop.close();
    },
  };
}

async function checkPopup(popup: Page) {
  const status = await popup.getByTestId('answer-status').boundingBox();
  const main = (await popup.getByTestId('answer-number').count())
    ? await popup.getByTestId('answer-number').boundingBox()
    : await popup.getByTestId('answer-route').boundingBox();
  expect(main && main.y + main.height).toBeLessThanOrEqual(600);
  expect(status && status.y + status.height).toBeLessThanOrEqual(600);
  const width = await overflow(popup);
  expect(width.widest).toEqual([]);
  expect(width.scroll).toBeLessThanOrEqual(width.client);
  expect(await axeFindings(popup)).toEqual([]);
  expect(await shownText(popup)).not.toMatch(INTERNAL);
}

describe.each(['zh', 'en'] as const)('popup screens in Chromium (%s)', (lang) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ 'localhost/': `${ROOT}README.md` }, lang);
  }, 60_000);
  afterAll(async () => harness?.close());

  const pages =
    lang === 'zh'
      ? [DEMO_TMALL, ...fixturePages()]
      : [
          DEMO_TMALL,
          ...fixturePages().filter((p) =>
            /order-detail\.html|order-detail-old|order-detail-2025/.test(p.file),
          ),
        ];
  it.each(pages.map((p) => [p.name, p] as const))(
    'answers first on %s',
    async (_name, page) => {
      const opened = await popupFor(harness, page);
      await checkPopup(opened.popup);
      await opened.popup.screenshot({ path: shotPath(`popup-${lang}-${page.name}`) });
      await opened.close();
    },
    60_000,
  );

  it('lists the numbers of a search-results page without overflow, accessibly', async () => {
    const page = await harness.browser.context.newPage();
    await page.route('**/*', (route) =>
      route.request().isNavigationRequest()
        ? route.fulfill({
            path: `${ROOT}scripts/demo-site/search-results.html`,
            contentType: 'text/html; charset=utf-8',
          })
        : route.abort(),
    );
    await page.goto('https://www.baidu.com/s?wd=淘宝客服电话');
    await page.locator('weiquan-mark').first().waitFor({ state: 'attached', timeout: 15_000 });
    const tabId = await harness.browser.tabIdByUrl('*://www.baidu.com/*');
    const popup = await harness.browser.openPopup(tabId);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.getByTestId('page-numbers').waitFor({ timeout: 15_000 });
    const width = await overflow(popup);
    expect(width.widest).toEqual([]);
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    expect(await axeFindings(popup)).toEqual([]);
    expect(await shownText(popup)).not.toMatch(INTERNAL);
    await popup.screenshot({ path: shotPath(`popup-${lang}-search-results`) });
    await popup.close();
    await page.close();
  }, 60_000);
});
