// Issue 26, the popup at 380 × 600 on every demo and fixture order page, in Chinese and English:
// the primary number or route and whether it is open are inside the first 600 px, nothing is
// wider than the popup, axe-core finds nothing critical or serious, no internal source id shows.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, INTERNAL, overflow, shotPath, shownText } from './screen-checks';
import { demoTmallPage, DEMO_URLS } from '../../scripts/lib/demo-pages';
import type { Platform } from '../../rules/types';
import { chatKitOn } from './chat-support';
import { fixture, reportedDigits, ROOT, startHarness, type Harness } from './support';

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

/** Whether `a` comes before `b` in the popup's reading order. */
async function before(a: Locator, b: Locator): Promise<boolean> {
  const handle = await b.elementHandle();
  return a.evaluate(
    (first, second) => !!(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING),
    handle,
  );
}

interface ChatPage {
  name: string;
  url: string;
  /** Match pattern of the chat's tab. */
  pattern: string;
  /** A number the chat pushes, as the scan reports its digits. */
  number?: string;
  /** The platform the address names, chosen in the guide. */
  platform: Platform;
  /** What another platform's steps would say. */
  notInSteps: RegExp;
}

const CHATS: ChatPage[] = [
  {
    name: 'taobao-chat',
    url: 'http://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao%E6%9F%90%E6%9F%90%E6%97%97%E8%88%B0%E5%BA%97',
    pattern: '*://market.m.taobao.com/*',
    number: '4001234567',
    platform: 'taobao',
    notInSteps: /微店|Weidian/,
  },
  {
    name: 'weidian-chat',
    url: 'http://im.weidian.com/chat/?from_platform=h&to_platform=a&to_user_id=1234567890',
    pattern: '*://im.weidian.com/*',
    platform: 'weidian',
    notInSteps: /9510211|淘宝|Taobao/,
  },
];

describe.each(['zh', 'en'] as const)('popup screens in Chromium (%s)', (lang) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(
      {
        'localhost/': `${ROOT}README.md`,
        'market.m.taobao.com/app/im/chat/index.html': fixture('chat/taobao-web-im-scam.html'),
        'im.weidian.com/chat/': fixture('chat-weidian/index.html'),
        ...chatKitOn('im.weidian.com'),
      },
      lang,
    );
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

  it.each(CHATS.map((c) => [c.name, c] as const))(
    "on the %s, saving the chat comes first, then its numbers, then that platform's route",
    async (_name, chat) => {
      const page = await harness.browser.context.newPage();
      await page.goto(chat.url);
      if (chat.number) {
        const number = chat.number;
        await expect.poll(() => reportedDigits(harness, chat.pattern), { timeout: 15_000 }).toContain(number);
      }
      const tabId = await harness.browser.tabIdByUrl(chat.pattern);
      const popup = await harness.browser.openPopup(tabId);
      await popup.setViewportSize({ width: 380, height: 600 });
      const save = popup.getByTestId('capture-chat');
      await save.waitFor({ timeout: 15_000 });
      // What to do here first, inside the first screen; no "no order" headline.
      const box = await save.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(600);
      expect(await shownText(popup)).not.toMatch(
        /识别到订单|不是订单页|No order recognised|not an order page/i,
      );
      // Then whether the chat pushed a number, then the route of the page's own platform.
      const numbers = popup.getByTestId(chat.number ? 'page-numbers' : 'chat-no-numbers');
      const guide = popup.getByTestId('guide-platform');
      expect(await before(save, numbers)).toBe(true);
      expect(await before(numbers, guide)).toBe(true);
      expect(await guide.inputValue()).toBe(chat.platform);
      const steps = (await popup.getByTestId('steps').textContent()) ?? '';
      expect(steps).not.toMatch(chat.notInSteps);
      if (chat.number)
        expect(await numbers.textContent()).toMatch(/400-123-4567 (冒用平台名义|Claims a platform)/);
      const width = await overflow(popup);
      expect(width.widest).toEqual([]);
      expect(width.scroll).toBeLessThanOrEqual(width.client);
      expect(await axeFindings(popup)).toEqual([]);
      expect(await shownText(popup)).not.toMatch(INTERNAL);
      await popup.screenshot({ path: shotPath(`popup-${lang}-${chat.name}`) });
      await popup.close();
      await page.close();
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
    // No platform in the address: the guide asks where it was bought before any steps.
    const question = popup.getByTestId('platform-question');
    expect(await before(popup.getByTestId('page-numbers'), question)).toBe(true);
    expect(await popup.getByTestId('steps').count()).toBe(0);
    expect(await shownText(popup)).not.toMatch(/识别到订单|No order recognised/i);
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
