import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyChain, nextEntry } from '../../../lib/chain';
import { buildDrafts } from '../drafts';
import type { CaseDoc } from '../schema';
import { buildVerifierScript, generatedSource, GENERATED } from './build-verifier';
import { escapeHtml, reportHtml } from './template';
import { COMPILES_CODE } from '../../../tests/support/time-limits';

describe('report', () => {
  it(
    'carries the verifier built from the current sources (run build-verifier.ts if this fails)',
    COMPILES_CODE,
    async () => {
      // Compared by hash: a diff of two minified bundles helps nobody.
      const digest = (text: string) => createHash('sha256').update(text).digest('hex');
      const fresh = await generatedSource(await buildVerifierScript());
      expect(digest(readFileSync(GENERATED, 'utf8')), 'npx tsx storage/bundle/report/build-verifier.ts').toBe(
        digest(fresh),
      );
    },
  );

  it('escapes page text everywhere and allows only its own script', () => {
    const hostile = '<img src=x onerror=alert(1)></td><script>alert(2)</script>';
    const log = [
      nextEntry(undefined, {
        at: 0,
        action: 'case-created',
        case: { platform: 'tmall', orderId: '1', title: hostile, status: 'open' },
      }),
    ];
    const doc: CaseDoc = {
      format: 'weiquan-case',
      version: 1,
      exportedAt: '2026-11-22T07:00:00.000Z',
      exportedBy: 'test',
      case: {
        platform: 'tmall',
        orderId: '12345678901',
        title: hostile,
        status: 'open',
        createdAt: 0,
        updatedAt: 0,
      },
      evidence: [
        {
          uid: 'u1',
          kind: 'screenshot',
          url: `https://x.test/"${hostile}`,
          title: hostile,
          capturedAt: 0,
          mimeType: 'image/png',
          sha256: '0'.repeat(64),
          size: 1,
          path: 'data/evidence/a.png',
          meta: {
            capturedAtUtc: '1970-01-01T00:00:00.000Z',
            capturedAtShanghai: '1970-01-01 08:00:00 +08:00',
            method: { note: hostile },
          },
        },
      ],
      log,
      chainHead: log[0]!.hash,
    };
    const drafts = buildDrafts({
      platform: 'tmall',
      orderId: '12345678901',
      complainant: {},
      chain: { entries: 1, head: log[0]!.hash },
      calls: [],
      evidence: [],
      notes: hostile,
    });
    const html = reportHtml({
      doc,
      chain: verifyChain(log),
      drafts,
      redact: (t) => t,
      redacted: false,
      verifierScript: 'void 0',
      fileName: 'a.zip',
    });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain(escapeHtml(hostile));
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    // No <base> or form can redirect the report's links or post its contents anywhere.
    expect(html).toMatch(/content="default-src 'none'; base-uri 'none'; form-action 'none';/);
  });

  it('marks an item captured from a plain-http page', () => {
    const at = (url: string) => reportWith({ path: 'data/evidence/a.png', mimeType: 'image/png', url });
    expect(at('http://trade.tmall.com/detail/orderDetail.htm')).toContain('未加密连接 plain http');
    expect(at('https://trade.tmall.com/detail/orderDetail.htm')).not.toContain('未加密连接');
  });

  it.each([
    ['data/evidence/page.html', 'text/html'],
    ['data/evidence/chart.svg', 'image/svg+xml'],
    ['data/evidence/note.txt', 'text/html;charset=utf-8'],
    ['data/evidence/feed.XML', 'application/octet-stream'],
    ['data/evidence/page.shtm', 'text/plain'],
    ['data/evidence/page.xht', 'text/plain'],
    ['data/evidence/page.txt', 'application/xhtml+xml'],
    ['data/evidence/a.png', 'application/x-unknown-future-page'],
    ['data/evidence/unknown.bin', 'image/png'],
  ])('never links %s (%s) as a page to open', (path, mimeType) => {
    const html = reportWith({ path, mimeType });
    expect(html).not.toContain(`href="${path}"`);
    expect(html).toContain(`<code>${path}</code>`);
  });

  it('links evidence a browser only displays', () => {
    for (const [path, mimeType] of [
      ['data/evidence/a.png', 'image/png'],
      ['data/evidence/chat.txt', 'text/plain'],
      ['data/evidence/call.json', 'application/json'],
      ['data/evidence/receipt.PDF', 'application/pdf'],
      ['data/evidence/call.m4a', 'audio/mp4'],
      ['data/evidence/shot.jpg', 'image/jpeg; charset=binary'],
    ] as const)
      expect(reportWith({ path, mimeType })).toContain(`<a href="${path}">`);
  });
});

/** A one-item report whose item has this path and type. */
function reportWith(item: { path: string; mimeType: string; url?: string }): string {
  const log = [
    nextEntry(undefined, {
      at: 0,
      action: 'case-created',
      case: { platform: 'tmall', orderId: '12345678901', title: 't', status: 'open' },
    }),
  ];
  const doc: CaseDoc = {
    format: 'weiquan-case',
    version: 1,
    exportedAt: '2026-11-22T07:00:00.000Z',
    exportedBy: 'test',
    case: {
      platform: 'tmall',
      orderId: '12345678901',
      title: 't',
      status: 'open',
      createdAt: 0,
      updatedAt: 0,
    },
    evidence: [
      {
        uid: 'u1',
        kind: 'file',
        url: item.url ?? '',
        title: 'added by the shopper',
        capturedAt: 0,
        sha256: '0'.repeat(64),
        size: 1,
        meta: { capturedAtUtc: '1970-01-01T00:00:00.000Z' },
        ...item,
      },
    ],
    log,
    chainHead: log[0]!.hash,
  };
  const drafts = buildDrafts({
    platform: 'tmall',
    orderId: '12345678901',
    complainant: {},
    chain: { entries: 1, head: log[0]!.hash },
    calls: [],
    evidence: [],
  });
  return reportHtml({
    doc,
    chain: verifyChain(log),
    drafts,
    redact: (t) => t,
    redacted: false,
    verifierScript: 'void 0',
    fileName: 'a.zip',
  });
}
