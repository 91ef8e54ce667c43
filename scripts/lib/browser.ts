// Debian's Chromium with the built extension loaded, driven by playwright-core. Never a
// downloaded browser: there is no network here but the package registries.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { hostResolverRules, type RunningSite } from './site-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface ChromeSession {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens the popup as a page for the given tab: popup.html?tabId=<id>. */
  openPopup(tabId: number): Promise<Page>;
  /** What the extension holds for a tab: the content script's last report. */
  tabState(
    tabId: number,
  ): Promise<{ url: string; detection: { detected: boolean; orders?: unknown[] } } | null>;
  /** The id of the tab whose content script reported a page on this host (URL containing `part`). */
  tabIdFor(host: string, part?: string): Promise<number>;
  /** The id of the first tab whose address matches a match pattern (pages without an order). */
  tabIdByUrl(pattern: string): Promise<number>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  extensionDir: string,
  site: RunningSite,
  options: { headless: boolean; lang?: 'zh' | 'en' },
): Promise<ExtensionBrowser> {
  const en = options.lang === 'en';
  const profile = await mkdtemp(join(tmpdir(), 'weiquan-profile-'));
  const dir = resolve(extensionDir);
  // Extensions load only in a persistent context; Debian's wrapper adds its own empty
  // --load-extension, and the last flag wins, so ours comes last.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless,
    locale: en ? 'en-US' : 'zh-CN',
    // Chromium on Linux takes its UI language (chrome.i18n) from the environment, not from flags.
    env: en
      ? { ...process.env, LANGUAGE: 'en_US:en', LANG: 'en_US.UTF-8' }
      : { ...process.env, LANGUAGE: 'zh_CN:zh', LANG: 'zh_CN.UTF-8' },
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      en ? '--lang=en-US' : '--lang=zh-CN',
      hostResolverRules(site),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    worker,
    extensionId,
    async openPopup(tabId) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 640 });
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return page;
    },
    async tabState(tabId) {
      return worker.evaluate(async (key) => {
        const session = (globalThis as unknown as { chrome: ChromeSession }).chrome.storage.session;
        const all = await session.get(null);
        return (all[key] ?? null) as {
          url: string;
          detection: { detected: boolean; orders?: unknown[] };
        } | null;
      }, `tab:${tabId}`);
    },
    async tabIdFor(host, part = '') {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline) {
        // Runs in the service worker: the extension's own record of what each tab reported.
        const id = await worker.evaluate(
          async ([wanted, contains]) => {
            const session = (globalThis as unknown as { chrome: ChromeSession }).chrome.storage.session;
            const all = (await session.get(null)) as Record<string, { tabId: number; url: string }>;
            // Only the per-tab detection records ("tab:<id>"); other keys hold other state.
            const hit = Object.entries(all).find(
              ([key, s]) =>
                key.startsWith('tab:') && new URL(s.url).hostname === wanted && s.url.includes(contains),
            )?.[1];
            return hit?.tabId ?? null;
          },
          [host, part] as const,
        );
        if (id !== null) return id;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`no content-script report from ${host} within 15 s`);
    },
    async tabIdByUrl(pattern) {
      return worker.evaluate(async (url) => {
        type Tabs = { query(q: object): Promise<Array<{ id: number }>> };
        const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
        return (await tabs.query({ url }))[0]!.id;
      }, pattern);
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
