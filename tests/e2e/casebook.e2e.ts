// The evidence locker's casebook in Chromium: a case by hand, files by the picker, the viewer,
// the integrity check (intact, then after tampering), deletion kept in the log, and a full disk.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseView, createCase, verifyCase } from './casebook-support';
import { fixture, startHarness, type Harness } from './support';

const ID = '4864583305858004803';
let harness: Harness;
let casebook: Page;

beforeAll(async () => {
  harness = await startHarness({
    'trade.tmall.com/detail/orderDetail.htm': fixture('tmall/order-detail-2025-11.html'),
  });
  // Seeing the order first lets the hand-made case take the shop's name.
  const shop = await harness.browser.context.newPage();
  await shop.goto(`http://trade.tmall.com/detail/orderDetail.htm?bizOrderId=${ID}`);
  await harness.browser.tabIdFor('trade.tmall.com', ID);
  casebook = await harness.browser.context.newPage();
  await casebook.goto(`chrome-extension://${harness.browser.extensionId}/casebook.html`);
});
afterAll(async () => harness?.close());

/** A real 64×48 PNG (solid colour), so the browser can decode it and make a thumbnail. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xc8)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Runs in the casebook page: the case log's actions, straight from IndexedDB. */
function logActions(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('weiquan');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const all = open.result.transaction('log').objectStore('log').getAll();
          all.onsuccess = () => {
            resolve((all.result as Array<{ action: string }>).map((e) => e.action));
            open.result.close();
          };
        };
      }),
  );
}

describe('casebook in Chromium', () => {
  it('opens a case by hand, adds files with their SHA-256, shows thumbnails and the viewer', async () => {
    const card = await createCase(casebook, 'tmall', ID);
    await expect.poll(() => card.textContent()).toContain('3dsway旗舰店');

    const photo = png(64, 48);
    const note = Buffer.from('鉴定报告：非正品', 'utf8');
    await card.getByTestId('file-input').setInputFiles([
      { name: 'defect.png', mimeType: 'image/png', buffer: photo },
      { name: 'report.txt', mimeType: 'text/plain', buffer: note },
    ]);
    await expect.poll(() => card.getByTestId('evidence-item').count()).toBe(2);
    expect(await card.getByTestId('file-result').allTextContents()).toEqual([
      '已保存：defect.png',
      '已保存：report.txt',
    ]);
    const hashes = await card
      .getByTestId('evidence-item')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sha256')));
    expect(hashes.sort()).toEqual([sha256(photo), sha256(note)].sort());
    // The photo has a decoded thumbnail; the checklist ticks "photos of the defect".
    await expect.poll(() => card.locator('.thumb img').count()).toBe(1);
    expect(await card.locator('[data-covered="yes"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('照片')]),
    );

    await card
      .getByTestId('evidence-item')
      .filter({ hasText: 'report.txt' })
      .getByRole('button', { name: '查看' })
      .click();
    await expect
      .poll(() => casebook.getByTestId('viewer').locator('pre').textContent())
      .toBe('鉴定报告：非正品');
    await casebook.getByTestId('viewer').getByRole('button', { name: '关闭' }).click();
  });

  it('verifies the chain, keeps a deletion in the log, and catches a changed file', async () => {
    const card = caseView(casebook);
    await verifyCase(card);
    await expect.poll(() => card.getByTestId('chain-ok').textContent()).toContain('4 条日志、2 项证据');

    casebook.once('dialog', (dialog) => void dialog.accept('拍错了'));
    await card
      .getByTestId('evidence-item')
      .filter({ hasText: 'defect.png' })
      .getByTestId('delete-evidence')
      .click();
    await expect.poll(() => card.getByTestId('evidence-item').count()).toBe(1);
    // The order the page showed was logged with the case (issue 18.1).
    expect(await logActions(casebook)).toEqual([
      'case-created',
      'order-recorded',
      'evidence-added',
      'evidence-added',
      'evidence-deleted',
    ]);
    await verifyCase(card);
    await expect.poll(() => card.getByTestId('chain-ok').textContent()).toContain('5 条日志、1 项证据');

    // Someone edits the stored bytes behind the extension's back.
    await casebook.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('weiquan');
          open.onsuccess = () => {
            const store = open.result.transaction('evidence', 'readwrite').objectStore('evidence');
            const cursor = store.openCursor();
            cursor.onsuccess = () => {
              const row = cursor.result;
              if (!row) return resolve();
              row.update({ ...(row.value as object), content: new Blob(['鉴定报告：正品']) });
              row.continue();
            };
          };
        }),
    );
    await verifyCase(card);
    await expect
      .poll(() => card.getByTestId('chain-broken').textContent())
      .toContain('report.txt: 内容已改变');
  });

  it('refuses a file bigger than the room left, before writing anything', async () => {
    const card = caseView(casebook);
    const cdp = await harness.browser.context.newCDPSession(casebook);
    const origin = `chrome-extension://${harness.browser.extensionId}`;
    const { usage } = await casebook.evaluate(() => navigator.storage.estimate());
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: (usage ?? 0) + 4_000_000 });
    const before = await card.getByTestId('evidence-item').count();
    await card
      .getByTestId('file-input')
      .setInputFiles([{ name: 'unboxing.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(6_000_000, 1) }]);
    await expect
      .poll(() => card.getByTestId('file-result').first().textContent())
      .toMatch(/unboxing\.mp4 太大/);
    expect(await card.getByTestId('evidence-item').count()).toBe(before);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  });
});
