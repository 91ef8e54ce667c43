// Shared set-up for e2e tests: the e2e build of the extension in Debian's Chromium, with the
// fixture pages served on loopback as the real shop hosts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

export async function startHarness(siteMap: SiteMap): Promise<Harness> {
  if (!existsSync(`${E2E_BUILD}/manifest.json`)) {
    throw new Error(`no e2e build at ${E2E_BUILD}: run "npm run build:e2e" first`);
  }
  const site = await serveSite(siteMap);
  const browser = await launchWithExtension(E2E_BUILD, site, { headless: true });
  return {
    site,
    browser,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
