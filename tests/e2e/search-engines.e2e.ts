// Number marks on the results pages of Bing, Sogou, 360 Search and Google (Baidu is in
// number-marks.e2e.ts), each page in that engine's results markup (tests/fixtures/search/SOURCES.md)
// served at the engine's real results address. Over HTTPS: bing.com is HSTS-preloaded, so Chromium
// will not load it over plain HTTP. The certificate is made for the run (openssl) and the tab
// told to accept it (CDP Security.setIgnoreCertificateErrors).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { E2E_BUILD, fixture } from './support';

/** A strict style policy (no inline <style>): marks must keep their look under it. */
const STRICT_STYLES = "default-src 'self'; style-src 'self'; script-src 'self' 'nonce-x'";
const ENGINES: Array<{ name: string; url: string; file: string; csp?: string }> = [
  { name: 'Bing', url: 'https://www.bing.com/search?q=淘宝客服电话', file: 'search/bing.html' },
  { name: 'Sogou', url: 'https://www.sogou.com/web?query=淘宝客服电话', file: 'search/sogou.html' },
  { name: '360 Search', url: 'https://www.so.com/s?q=淘宝客服电话', file: 'search/so360.html' },
  {
    name: 'Google',
    url: 'https://www.google.com/search?q=淘宝客服电话',
    file: 'search/google.html',
    csp: STRICT_STYLES,
  },
];

let dir: string;
let server: Server;
let browser: ExtensionBrowser;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weiquan-tls-'));
  const hosts = ENGINES.map((e) => new URL(e.url).host);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=weiquan-e2e',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-addext',
      `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
    ],
    { stdio: 'ignore' },
  );
  const pages = new Map(ENGINES.map((e) => [new URL(e.url).host + new URL(e.url).pathname, e]));
  server = createServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    (req, res) => {
      const engine = pages.get(`${req.headers.host ?? ''}${new URL(req.url ?? '/', 'https://x').pathname}`);
      if (!engine) res.writeHead(404).end();
      else
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            ...(engine.csp ? { 'content-security-policy': engine.csp } : {}),
          })
          .end(readFileSync(fixture(engine.file)));
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  browser = await launchWithExtension(
    E2E_BUILD,
    { port, hosts, close: () => Promise.resolve() },
    { headless: true },
  );
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Security.setIgnoreCertificateErrors', { ignore: true });
  await page.goto(url);
  return page;
}

describe('number marks on search engines', () => {
  it.each(ENGINES)(
    '$name: the made-up 400 number is suspicious, 9510211 official, nothing else marked',
    async (engine) => {
      const page = await open(engine.url);
      const marks = () =>
        page.$$eval('weiquan-mark', (found) =>
          found.map((m) => [m.getAttribute('data-weiquan-digits'), m.getAttribute('data-weiquan-verdict')]),
        );
      await expect.poll(marks).toContainEqual(['4001234567', 'suspicious']);
      await expect.poll(marks).toContainEqual(['9510211', 'official']);
      // No mark on dates, counts, URLs with digits, or numbers only script text holds.
      expect((await marks()).sort()).toEqual([
        ['4001234567', 'suspicious'],
        ['9510211', 'official'],
      ]);
      // The mark sits right after the number, and its tooltip names the official route instead.
      const after400 = await page.$eval(
        'weiquan-mark[data-weiquan-digits="4001234567"]',
        (m) => m.previousSibling?.textContent ?? '',
      );
      expect(after400.replace(/\D/g, '').endsWith('4001234567')).toBe(true);
      if (engine.csp) {
        // The policy is in force: the page's own inline <style> does not apply.
        const styled = await page.evaluate(() => {
          const style = document.createElement('style');
          style.textContent = 'body { color: rgb(1, 2, 3) }';
          document.head.append(style);
          return getComputedStyle(document.body).color;
        });
        expect(styled).not.toBe('rgb(1, 2, 3)');
      }
      // The warning chip has its look and words, and its tooltip opens, under the page's style
      // policy too. The chip takes its own room in the line (#26: a mark a shopper cannot miss).
      const mark = page.locator('weiquan-mark[data-weiquan-digits="4001234567"]');
      const badge = mark.locator('.badge');
      expect(await badge.evaluate((b) => [getComputedStyle(b).backgroundColor, b.textContent])).toEqual([
        'rgb(185, 28, 28)',
        '非官方 · 勿拨打',
      ]);
      expect(await mark.evaluate((m) => (m as HTMLElement).offsetWidth)).toBeGreaterThan(40);
      await badge.click();
      await expect.poll(() => mark.locator('.tip').evaluate((t) => getComputedStyle(t).width)).toBe('260px');
      await page.close();
    },
  );
});
