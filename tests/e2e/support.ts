// Shared set-up for e2e tests: the e2e build of the extension in Debian's Chromium, with the
// fixture pages served on loopback as the real shop hosts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { serveSite, type RunningSite, type SiteMap } from '../../scripts/lib/site-server';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const E2E_BUILD = `${process.env.WEIQUAN_OUT_DIR ?? `${ROOT}.output`}/chrome-mv3-e2e`;
export const fixture = (relative: string) => `${ROOT}tests/fixtures/${relative}`;

export interface Harness {
  site: RunningSite;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

export async function startHarness(siteMap: SiteMap, lang: 'zh' | 'en' = 'zh'): Promise<Harness> {
  if (!existsSync(`${E2E_BUILD}/manifest.json`)) {
    throw new Error(`no e2e build at ${E2E_BUILD}: run "npm run build:e2e" first`);
  }
  const site = await serveSite(siteMap);
  const browser = await launchWithExtension(E2E_BUILD, site, { headless: true, lang });
  return {
    site,
    browser,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

/**
 * The digits of every number the frames of tabs at `urlPattern` reported to the background (what
 * the popup lists), read in the service worker.
 */
export async function reportedDigits(harness: Harness, urlPattern: string): Promise<string[]> {
  return harness.browser.worker.evaluate(async (pattern) => {
    const chrome = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<Array<{ id: number }>> };
          storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
        };
      }
    ).chrome;
    const tabs = await chrome.tabs.query({ url: pattern });
    const digits: string[] = [];
    for (const tab of tabs) {
      const key = `numbers:${tab.id}`;
      const frames = ((await chrome.storage.session.get(key))[key] ?? {}) as Record<
        string,
        { numbers: Array<{ digits: string }> }
      >;
      for (const frame of Object.values(frames)) digits.push(...frame.numbers.map((n) => n.digits));
    }
    return digits;
  }, urlPattern);
}

/**
 * Opens a case for a Weidian order the way the popup's call record does: a `call/record` message
 * sent from the extension page `page`. Resolves the background's reply.
 */
export function recordWeidianCall(
  page: Page,
  orderId: string,
  caseTitle: string,
  note = '',
): Promise<{ ok: boolean }> {
  return page.evaluate(
    ({ orderId, caseTitle, note }) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
        }
      ).chrome.runtime.sendMessage({
        type: 'call/record',
        platform: 'weidian',
        orderId,
        caseTitle,
        answers: { dialled: '', caseNumber: '', agentId: '', promisedBy: '', note },
      }),
    { orderId, caseTitle, note },
  );
}
