// Debian's Firefox ESR with a built add-on installed, driven by puppeteer-core over WebDriver BiDi.
// Never a downloaded browser. Firefox has no host-resolver flag, so the loopback site server is
// made Firefox's HTTP proxy: every http:// request, whatever its host, reaches it in proxy form.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { RunningSite } from './site-server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithAddon {
  browser: Browser;
  /** Where the add-on's downloads (exported bundles) land. */
  downloads: string;
  /** A new tab at a site page, loaded. */
  open(url: string): Promise<Page>;
  /**
   * The next add-on page (moz-extension://) that opens, once its address is one: BiDi may first
   * report a window the add-on opens as about:blank, so the address is read from inside.
   */
  nextAddonPage(trigger: () => Promise<unknown>): Promise<Page>;
  close(): Promise<void>;
}

/** Preferences of a quiet, offline, Chinese Firefox that lets the add-on act without prompts. */
function prefs(site: RunningSite, downloads: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': site.port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // The UI language (browser.i18n), from the zh-CN language pack in the application scope.
    'intl.locale.requested': 'zh-CN',
    'intl.accept_languages': 'zh-CN,zh',
    // Optional permissions are granted without the doorhanger nobody can click headless.
    'extensions.webextOptionalPermissionPrompts': false,
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/zip',
  };
}

export async function launchFirefoxWithAddon(addonDir: string, site: RunningSite): Promise<FirefoxWithAddon> {
  const downloads = await mkdtemp(join(tmpdir(), 'weiquan-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: prefs(site, downloads),
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN:zh' },
  });
  await browser.installExtension(resolve(addonDir));

  return {
    browser,
    downloads,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async nextAddonPage(trigger) {
      const known = new Set(await browser.pages());
      await trigger();
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        for (const page of await browser.pages()) {
          if (known.has(page)) continue;
          const address = await page.evaluate(() => location.href).catch(() => '');
          if (address.startsWith('moz-extension:')) {
            await page.waitForFunction(() => document.readyState === 'complete', { timeout: 20_000 });
            return page;
          }
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('the add-on opened no page of its own within 20 s');
    },
    async close() {
      await browser.close();
      await rm(downloads, { recursive: true, force: true });
    },
  };
}
