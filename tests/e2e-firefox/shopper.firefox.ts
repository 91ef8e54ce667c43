// The add-on in Debian's Firefox ESR (zh-CN language pack), driven over WebDriver BiDi: what a
// shopper does, in order, on loopback pages served under their real host names. Firefox runs
// the MV2 build: a background page instead of a worker, browser.* promises, no offscreen
// document. BiDi cannot open moz-extension:// pages itself, so every add-on page here is one
// the add-on opened (the 维权 button's window, the popup's casebook link).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithAddon, type FirefoxWithAddon } from '../../scripts/lib/firefox';
import { serveSite, type RunningSite } from '../../scripts/lib/site-server';
import { verifyBundle } from '../../scripts/verify';
import {
  type AddonGlobal,
  clickText,
  downloaded,
  FIREFOX_E2E_BUILD,
  fillLabelled,
  fixture,
  ROOT,
  waitForText,
} from './support';

const TMALL_ID = '4864583305858004803';
const SUPERMARKET_ID = '5185533019846007316';
const PNG = [0x89, 0x50, 0x4e, 0x47];
const pages = {
  tmall: `http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${TMALL_ID}`,
  taobaoList: 'http://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm',
  search: 'http://www.baidu.com/s?wd=淘宝客服电话',
};

let site: RunningSite;
let firefox: FirefoxWithAddon;
let helper: Page;
let tmall: Page;

beforeAll(async () => {
  site = await serveSite({
    'trade.tmall.com/detail/orderDetail.htm': fixture('tmall/order-detail-2025-11.html'),
    'buyertrade.taobao.com/trade/itemlist/list_bought_items.htm': fixture('taobao/order-list-new-spa.html'),
    'www.baidu.com/s': `${ROOT}scripts/demo-site/search-results.html`,
  });
  firefox = await launchFirefoxWithAddon(FIREFOX_E2E_BUILD, site);
});
afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

const verdicts = (page: Page) =>
  page.$$eval('weiquan-mark', (marks) =>
    marks.map((m) => [m.getAttribute('data-weiquan-digits'), m.getAttribute('data-weiquan-verdict')]),
  );

describe('Weiquan Helper in Firefox ESR', () => {
  it('marks the numbers of a search-results page with the background’s verdicts', async () => {
    const search = await firefox.open(pages.search);
    await expect
      .poll(() => verdicts(search), { timeout: 30_000 })
      .toContainEqual(['4001234567', 'suspicious']);
    const all = await verdicts(search);
    expect(all).toContainEqual(['9510211', 'official']);
    expect(all).toContainEqual(['4009888898', 'unconfirmed']);
    await search.close();
  });

  it('puts 维权 on each order of the Taobao list; a click opens the helper window for it, in Chinese', async () => {
    const list = await firefox.open(pages.taobaoList);
    // Opened now, before the helper window: a new tab goes to the last window focused.
    tmall = await firefox.open(pages.tmall);
    await list.bringToFront();
    await expect
      .poll(() => list.$$eval('weiquan-order-button', (b) => b.length), { timeout: 30_000 })
      .toBe(4);
    // A real click (the button ignores untrusted ones) opens the add-on's own window.
    helper = await firefox.nextAddonPage(() =>
      list.click(`weiquan-order-button[data-weiquan-order="${SUPERMARKET_ID}"] >>> button`),
    );
    const text = await waitForText(helper, SUPERMARKET_ID);
    expect(text).toContain('天猫超市（自营）');
    expect(text).toContain('400-988-8898');
    // The add-on's own strings (browser.i18n) come out in Chinese: the zh-CN pack is in use.
    expect(
      await helper.evaluate(() => (globalThis as unknown as AddonGlobal).browser.i18n.getUILanguage()),
    ).toMatch(/^zh/);
    expect(text).toContain('截图（当前屏幕）');
  });

  it('lets a shopper grant number marks on another site: the manifest declares it optional', async () => {
    // What the popup's 「在此网站标记号码」 does, from a click in the add-on's window: Firefox
    // refuses permissions.request for any origin the manifest does not list as optional.
    const answer = await helper.evaluate(() => {
      const { browser } = globalThis as unknown as AddonGlobal;
      const button = document.createElement('button');
      button.textContent = 'grant-test';
      button.onclick = () => {
        browser.permissions.request({ origins: ['*://www.example-shop.cn/*'] }).then(
          (granted) => (button.dataset.answer = String(granted)),
          (error: unknown) => (button.dataset.answer = String(error)),
        );
      };
      document.body.append(button);
    });
    expect(answer).toBeUndefined();
    await clickText(helper, 'grant-test');
    await helper.waitForSelector('button[data-answer]');
    expect(await helper.$eval('button[data-answer]', (b) => (b as HTMLElement).dataset.answer)).toBe('true');
    await helper.$eval('button[data-answer]', (b) => b.remove());
  });

  it('recognises the Tmall order detail and shows its order and channel', async () => {
    // The helper window, asked by the add-on itself for the Tmall tab's popup.
    await helper.evaluate(async () => {
      const { browser } = globalThis as unknown as AddonGlobal;
      const [tab] = await browser.tabs.query({ url: '*://trade.tmall.com/*' });
      location.search = `?tabId=${tab!.id!}`;
    });
    const text = await waitForText(helper, TMALL_ID);
    expect(text).toContain('3dsway旗舰店');
    expect(text).toContain('9510211');
    await tmall.bringToFront();
  });

  it('captures the visible tab into the order’s case', async () => {
    await clickText(helper, '截图（当前屏幕）');
    await waitForText(helper, '已保存到案件（SHA-256 已记录）', 45_000);
  });

  it('opens the casebook through the add-on and exports the case as a bundle that verifies', async () => {
    // The popup's link opens the casebook in a tab; BiDi does not list a tab that starts as an
    // add-on page, so the add-on's own tab list shows it opened, and the helper window (a page
    // BiDi does list) goes to the casebook for the rest.
    await clickText(helper, '打开案件页');
    const casebookTabs = () =>
      helper.evaluate(async () => {
        const { browser } = globalThis as unknown as AddonGlobal;
        return (await browser.tabs.query({ url: browser.runtime.getURL('/casebook.html') })).length;
      });
    await expect.poll(casebookTabs, { timeout: 20_000 }).toBe(1);
    await helper.evaluate(() => location.assign('/casebook.html'));
    const casebook = helper;
    await casebook.waitForFunction(() => location.pathname === '/casebook.html', { timeout: 20_000 });
    // The casebook opens on its case list; the shopper opens the order's case from its row.
    await waitForText(casebook, TMALL_ID);
    await casebook.evaluate((id) => {
      const rows = [...document.querySelectorAll('[data-testid="case-row"]')];
      rows
        .find((row) => row.textContent?.includes(id))
        ?.querySelector('a')
        ?.click();
    }, TMALL_ID);
    expect(await waitForText(casebook, '导出证据包')).toContain(TMALL_ID);
    await clickText(casebook, '导出证据包', TMALL_ID);
    await fillLabelled(casebook, '姓名', '张三', TMALL_ID);
    await fillLabelled(casebook, '手机号', '13812345678', TMALL_ID);
    await fillLabelled(casebook, '地址', '浙江省杭州市西湖区文三路 100 号', TMALL_ID);
    await clickText(casebook, '开始导出', TMALL_ID);
    const bundle = await downloaded(firefox.downloads, new RegExp(`^weiquan-tmall-${TMALL_ID}-.*\\.zip$`));
    const outcome = await verifyBundle(bundle);
    expect(outcome.lines.join('\n')).toMatch(/^OK /);
    // The case holds one item: the screenshot of the Tmall tab taken in Firefox, 1280 px wide.
    expect(outcome.json).toMatchObject({ cases: [{ orderId: TMALL_ID, order: 'bound', evidence: 1 }] });
    const pngs = Object.entries(unzipSync(await readFile(bundle))).filter(
      ([path, bytes]) => path.startsWith('data/evidence/') && PNG.every((b, i) => bytes[i] === b),
    );
    expect(pngs).toHaveLength(1);
    expect(Buffer.from(pngs[0]![1]).readUInt32BE(16)).toBe(1280);
  });

  it('hashes a big item in the casebook’s hash worker, as export does for videos over 8 MB', async () => {
    // The worker the build emits, started the way storage/bundle/hash-workers.ts starts it: it
    // must load under the add-on's CSP and compile its WASM in Firefox too.
    const worker = (await readdir(`${FIREFOX_E2E_BUILD}/assets`)).find((name) =>
      name.startsWith('hash-worker-'),
    );
    expect(worker).toBeDefined();
    const reply = await helper.evaluate(
      (url) =>
        new Promise<unknown>((resolve) => {
          const hashing = new Worker(url, { type: 'module' });
          const bytes = new Uint8Array(9 * 1024 * 1024).map((_, i) => (i * 31) & 255);
          hashing.onerror = (event) => resolve(`error: ${event.message}`);
          hashing.onmessage = ({ data }: MessageEvent<{ result?: unknown }>) => {
            if (data.result) resolve(data.result);
          };
          hashing.postMessage({ id: 1, blob: new Blob([bytes]), share: 'sha256-crc32' });
        }),
      `/assets/${worker}`,
    );
    const bytes = new Uint8Array(9 * 1024 * 1024).map((_, i) => (i * 31) & 255);
    // Its SHA-256 by WebCrypto over the item read whole, its CRC-32 by hash-wasm (WASM).
    expect(reply).toEqual({ hex: createHash('sha256').update(bytes).digest('hex'), crc32: crc32(bytes) | 0 });
  });

  it('links the privacy policy from the casebook; the page ships in the add-on', async () => {
    const tabsAt = (path: '/privacy.html') =>
      helper.evaluate(async (p) => {
        const { browser } = globalThis as unknown as AddonGlobal;
        return (await browser.tabs.query({ url: browser.runtime.getURL(p) })).length;
      }, path);
    await clickText(helper, '隐私政策');
    await expect.poll(() => tabsAt('/privacy.html'), { timeout: 20_000 }).toBe(1);
    await helper.evaluate(() => location.assign('/privacy.html'));
    await helper.waitForFunction(() => location.pathname === '/privacy.html', { timeout: 20_000 });
    const text = await waitForText(helper, '不收集');
    expect(text).toContain('姓名、电话和地址');
    expect(text).toContain('collects nothing');
  });
});
