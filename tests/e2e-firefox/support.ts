// Helpers for the Firefox slice: find what a shopper sees by its text (the popup and casebook
// layouts change; their words and roles stay), click it with real input (trusted events), and
// wait for files the add-on downloads.
import { readdir, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = process.env.WEIQUAN_OUT_DIR ?? `${ROOT}.output`;
/** The shipped Firefox build, and the e2e variant (the same plus <all_urls>, for headless captures). */
export const FIREFOX_BUILD = `${OUT}/firefox-mv2`;
export const FIREFOX_E2E_BUILD = `${OUT}/firefox-mv2-e2e`;
export const fixture = (relative: string) => `${ROOT}tests/fixtures/${relative}`;

/** An add-on page's global, for functions evaluated inside it (they run there, serialised). */
export type AddonGlobal = { browser: WxtBrowser };

/** The page's visible text, once it contains `text` (polled; the add-on paints asynchronously). */
export async function waitForText(page: Page, text: string, timeout = 30_000): Promise<string> {
  await page.waitForFunction(
    (wanted) => document.body?.innerText.includes(wanted),
    { timeout, polling: 200 },
    text,
  );
  return page.evaluate(() => document.body.innerText);
}

/**
 * The innermost button, link or label whose text contains `text`; with `within`, inside the
 * innermost element whose text contains `within` and that has such a control (a case's card).
 */
export async function control(page: Page, text: string, within?: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (wanted, scopeText) => {
      const has = (n: Element, t: string) => (n as HTMLElement).innerText?.includes(t) ?? false;
      const controls = (root: Element) =>
        [...root.querySelectorAll('button, a, [role=button], label')].filter((n) => has(n, wanted));
      const scopes = scopeText
        ? [...document.querySelectorAll('body *')].filter((n) => has(n, scopeText) && controls(n).length > 0)
        : [document.body];
      const scope = scopes.at(-1);
      return (scope && controls(scope).at(-1)) ?? null;
    },
    { timeout: 30_000, polling: 200 },
    text,
    within ?? '',
  );
  return handle as ElementHandle<Element>;
}

/** Clicks a control by its text with real input, as a shopper would. */
export async function clickText(page: Page, text: string, within?: string): Promise<void> {
  await (await control(page, text, within)).click();
}

/** Types into the input a label with this text names. */
export async function fillLabelled(page: Page, label: string, value: string, within?: string): Promise<void> {
  const labelHandle = await control(page, label, within);
  const input = (await labelHandle.evaluateHandle(
    (l) => (l as HTMLLabelElement).control ?? l.querySelector('input, textarea'),
  )) as ElementHandle<HTMLInputElement>;
  await input.type(value);
}

/** The first finished file in `dir` whose name matches, once there is one. */
export async function downloaded(dir: string, name: RegExp, timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let lastSize = -1;
  while (Date.now() < deadline) {
    // Firefox puts an empty file at the final name and writes a .part beside it until done.
    const files = await readdir(dir);
    const done = files.find((f) => name.test(f) && !files.some((other) => other.startsWith(`${f}.`)));
    const size = done ? (await stat(`${dir}/${done}`)).size : -1;
    if (done && size > 0 && size === lastSize) return `${dir}/${done}`;
    lastSize = size;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no download matching ${name} in ${dir} within ${timeout} ms`);
}
