// A loopback HTTP server that answers as the real shop hosts: Chromium maps the host names to
// it (--host-resolver-rules), the server picks the file by Host header and path.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

/** "host/path" (no query) → absolute file path. */
export type SiteMap = Record<string, string>;

export interface RunningSite {
  port: number;
  hosts: string[];
  close(): Promise<void>;
}

export async function serveSite(site: SiteMap): Promise<RunningSite> {
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = site[`${host}${path}`];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${path}`);
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': `${file.endsWith('.js') ? 'text/javascript' : 'text/html'}; charset=utf-8`,
          })
          .end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const hosts = [...new Set(Object.keys(site).map((key) => key.slice(0, key.indexOf('/'))))];
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The Chromium flag that sends every listed host to the loopback server. */
export function hostResolverRules(site: RunningSite): string {
  return `--host-resolver-rules=${site.hosts.map((h) => `MAP ${h} 127.0.0.1:${site.port}`).join(',')}`;
}
