// Issue 26 item 4, in Chromium: a fake number's mark says 非官方 · 勿拨打 on the page, its reason
// and the official route are its accessible description, and the keyboard alone reaches the
// tooltip's buttons (Tab) and closes it (Esc).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startHarness, type Harness } from './support';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ 'www.baidu.com/s': `${ROOT}scripts/demo-site/search-results.html` });
}, 60_000);
afterAll(async () => harness?.close());

/** What has focus, looking into open shadow roots: the tag, class and text of the element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const host = el?.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : null;
    return {
      tag: el?.tagName.toLowerCase(),
      cls: el?.className,
      text: el?.textContent,
      digits: host?.getAttribute('data-weiquan-digits') ?? null,
    };
  });

/** Name and description Chromium's accessibility tree gives the first badge of a number. */
async function accessible(page: Page, digits: string) {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector('weiquan-mark[data-weiquan-digits="${digits}"]').shadowRoot.querySelector('.badge')`,
  });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId!,
    fetchRelatives: false,
  });
  await cdp.detach();
  const node = nodes[0]!;
  return { name: String(node.name?.value ?? ''), description: String(node.description?.value ?? '') };
}

describe('number marks by keyboard and screen reader', () => {
  it('says 非官方 · 勿拨打, describes why, and Tab reaches 关闭 and 这个判断有误; Esc closes', async () => {
    const page = await harness.browser.context.newPage();
    await page.goto('http://www.baidu.com/s?wd=淘宝客服电话');
    const mark = page.locator('weiquan-mark[data-weiquan-digits="4001234567"]');
    await expect.poll(() => mark.count(), { timeout: 15_000 }).toBe(1);
    const chip = mark.locator('.badge');
    expect(await chip.textContent()).toBe('非官方 · 勿拨打');
    expect((await chip.boundingBox())!.width).toBeGreaterThan(60);

    // Keyboard only: Tab from the top of the page until the fake number's chip has focus.
    for (let i = 0; i < 40 && (await focused(page)).digits !== '4001234567'; i++)
      await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ cls: 'badge', digits: '4001234567' });
    await expect.poll(() => mark.locator('.tip').isVisible()).toBe(true);
    const { name, description } = await accessible(page, '4001234567');
    expect(name).toContain('非官方 · 勿拨打');
    expect(description).toContain('官方渠道：');
    expect(description.length).toBeGreaterThan(20);

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: '关闭', digits: '4001234567' });
    expect(await mark.locator('.tip').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: '这个判断有误' });
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ cls: 'badge', digits: '4001234567' });
    expect(await mark.locator('.tip').isVisible()).toBe(false);
    // Enter opens it again, as a button does.
    await page.keyboard.press('Enter');
    expect(await mark.locator('.tip').isVisible()).toBe(true);
    expect(await chip.getAttribute('aria-expanded')).toBe('true');

    // The open tooltip is drawn above every other mark: at its centre, nothing else is on top.
    const box = (await mark.locator('.tip').boundingBox())!;
    const onTop = await page.evaluate(
      ([x, y]) => {
        const hit = document.elementFromPoint(x!, y!);
        return hit?.getAttribute('data-weiquan-digits') ?? hit?.tagName;
      },
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    expect(onTop).toBe('4001234567');
    await page.close();
  }, 60_000);
});
