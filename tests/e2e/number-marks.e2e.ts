// The fake-number shield in Chromium: marks on a search-results page (including results that
// load later), the popup's list of the page's numbers, and the red-flag warning in a seller chat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shotPath } from './screen-checks';
import { fixture, reportedDigits, ROOT, startHarness, type Harness } from './support';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    'www.baidu.com/s': `${ROOT}scripts/demo-site/search-results.html`,
    'market.m.taobao.com/app/im/chat/index.html': fixture('chat/taobao-web-im-scam.html'),
  });
});
afterAll(async () => harness?.close());

const verdicts = async (page: import('playwright-core').Page) =>
  page.$$eval('weiquan-mark', (marks) =>
    marks.map((m) => [m.getAttribute('data-weiquan-digits'), m.getAttribute('data-weiquan-verdict')]),
  );

describe('number marks in Chromium', () => {
  it('marks the fake 400 number and the official line, and again for results loaded later', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto('http://www.baidu.com/s?wd=淘宝客服电话');
    await expect.poll(() => verdicts(page)).toContainEqual(['4001234567', 'suspicious']);
    const all = await verdicts(page);
    expect(all).toContainEqual(['9510211', 'official']);
    expect(all).toContainEqual(['4009888898', 'unconfirmed']);
    expect(all.filter(([, v]) => v === 'official').map(([d]) => d)).toEqual(['9510211']);
    // Marks never change the page's own text.
    expect(await page.locator('#r1 > p').textContent()).toContain('淘宝客服电话：400-123-4567，专人处理');

    await page.evaluate(() => {
      const more = document.createElement('div');
      more.className = 'result';
      more.textContent = '天猫投诉加急热线 400-555-6666 立即处理';
      document.body.append(more);
    });
    await expect.poll(() => verdicts(page)).toContainEqual(['4005556666', 'suspicious']);

    // A result three screens down is judged and listed at once, and marked as it scrolls near.
    await page.evaluate(() => {
      const far = document.createElement('div');
      far.style.marginTop = `${3 * innerHeight}px`;
      far.textContent = '淘宝售后专线 400-321-6543';
      document.body.append(far);
    });
    await expect.poll(() => reportedDigits(harness, '*://www.baidu.com/*')).toContain('4003216543');
    expect((await verdicts(page)).map(([d]) => d)).not.toContain('4003216543');
    await page.mouse.wheel(0, 2 * (await page.evaluate(() => innerHeight)));
    await expect.poll(() => verdicts(page)).toContainEqual(['4003216543', 'suspicious']);

    // A number inside a result's link: clicking its mark opens the tip and does not follow the link.
    // The page styles every element: the warning chip keeps its own look and words.
    await page.addStyleTag({
      content:
        '* { margin: 6px; padding: 5px; border: 3px solid; float: left; letter-spacing: 9px; text-shadow: 1px 1px red; }',
    });
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = '/elsewhere';
      link.textContent = '淘宝官方客服 400-777-8888';
      document.body.append(link);
    });
    const linked = page.locator('weiquan-mark[data-weiquan-digits="4007778888"]');
    await expect.poll(() => linked.count()).toBe(1);
    expect(
      await linked
        .locator('.badge')
        .evaluate((b) => [b.textContent, getComputedStyle(b).letterSpacing, getComputedStyle(b).textShadow]),
    ).toEqual(['非官方 · 勿拨打', 'normal', 'none']);
    await linked.locator('.badge').click();
    await expect.poll(() => linked.locator('.tip').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/s');

    const tabId = await harness.browser.worker.evaluate(async () => {
      const tabs = await (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }
      ).chrome.tabs.query({ url: '*://www.baidu.com/*' });
      return tabs[0]!.id;
    });
    const popup = await harness.browser.openPopup(tabId);
    const list = popup.getByTestId('page-numbers');
    await expect.poll(() => list.textContent()).toContain('400-555-6666');
    expect(await list.textContent()).toContain('9510211');
    await popup.close();

    // The shopper says a verdict is wrong: the mark goes, and the note is kept in this browser.
    const mark = page.locator('weiquan-mark[data-weiquan-digits="4009888898"]');
    await mark.locator('.badge').click();
    await mark.locator('.tip button').nth(1).click();
    await expect.poll(() => mark.count()).toBe(0);
    // The note is written by the background after the mark goes: read until it is there.
    const notes = () =>
      harness.browser.worker.evaluate(async () => {
        const local = (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome.storage.local;
        return JSON.stringify(await local.get('verdict-feedback'));
      });
    await expect.poll(notes).toContain('4009888898');
    await page.close();
  });

  it('keeps an opened tip inside a narrow window when the number ends a line', async () => {
    const page = await harness.browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto('http://www.baidu.com/s?wd=淘宝客服电话');
    await page.evaluate(() => {
      const line = document.createElement('p');
      line.style.textAlign = 'right';
      line.textContent = '淘宝官方客服 400-777-9999';
      document.body.prepend(line);
    });
    const mark = page.locator('weiquan-mark[data-weiquan-digits="4007779999"]');
    await expect.poll(() => mark.count()).toBe(1);
    await mark.locator('.badge').click();
    await expect.poll(() => mark.locator('.tip').isVisible()).toBe(true);
    const [left, right, room, align] = await mark
      .locator('.tip')
      .evaluate((tip) => [
        tip.getBoundingClientRect().left,
        tip.getBoundingClientRect().right,
        document.documentElement.clientWidth,
        getComputedStyle(tip).textAlign,
      ]);
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(room);
    // The page's right-aligned line does not reach into the tip.
    expect(align).toBe('start');
    await page.screenshot({ path: shotPath('number-tip-zh-380') });
    await page.close();
  });

  // #28: the judge sees each text alone; the content script sends the heading above it.
  it('calls a service line suspicious under a heading that names the company, in another node', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto('http://www.baidu.com/s?wd=快手客服电话');
    await page.evaluate(() => {
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = '快手客服怎么联系';
      const line = document.createElement('p');
      line.textContent = '客服热线：400-006-6666（人工服务时间 9:00-24:00）';
      section.append(heading, line);
      document.body.prepend(section);
    });
    await expect.poll(() => verdicts(page)).toContainEqual(['4000066666', 'suspicious']);
    // The same line with no heading above it is only unlisted.
    await page.evaluate(() => {
      const line = document.createElement('p');
      line.textContent = '客服热线：400-006-7777（人工服务时间 9:00-24:00）';
      document.body.append(line);
    });
    await expect.poll(() => reportedDigits(harness, '*://www.baidu.com/*')).toContain('4000067777');
    expect(await verdicts(page)).not.toContainEqual(['4000067777', 'suspicious']);
    await page.close();
  });

  it('warns in a seller chat that asks to move to WeChat for a 理赔 and for a code', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto('http://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao%E6%9F%90%E6%9F%90');
    const banner = page.locator('weiquan-red-flags .box');
    await expect.poll(() => banner.textContent().catch(() => '')).toContain('加微信');
    expect(await banner.textContent()).toContain('验证码');
    // The banner and the marks come from two content scripts, neither waiting for the other.
    await expect.poll(() => verdicts(page)).toContainEqual(['4001234567', 'suspicious']);
    // Nothing is marked inside the message input.
    expect((await verdicts(page)).map(([d]) => d)).not.toContain('4009998888');
    await page.close();
  });

  it('judges in the background, and still marks new results after the service worker was stopped', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto('http://www.baidu.com/s?wd=淘宝客服电话');
    await expect.poll(() => verdicts(page)).toContainEqual(['4001234567', 'suspicious']);
    const worker = harness.browser.worker;
    await worker.evaluate(() => Object.assign(globalThis, { weiquanBeforeStop: true }));
    // As Chrome does after 30 s idle: the worker goes, and the next message starts it again.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.evaluate(() => {
      const more = document.createElement('div');
      more.textContent = '淘宝官方退款客服 400-666-1234';
      document.body.append(more);
    });
    await expect.poll(() => verdicts(page), { timeout: 15_000 }).toContainEqual(['4006661234', 'suspicious']);
    // A fresh worker judged it: the old one's globals are gone.
    expect(await worker.evaluate(() => 'weiquanBeforeStop' in globalThis)).toBe(false);
    await page.close();
  });
});
