// Restoring a whole-database backup in the casebook, as a shopper does in a new browser: the
// summary names what came back, the case and the chats saved before they were filed
// (待归档的聊天), which are then listed to be filed. The backup is made by the extension's own
// export code, in node, from a database holding one case and two chats to file.
import 'fake-indexeddb/auto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../../storage/bundle/export';
import { openDb } from '../../storage/db';
import { prepareEvidence, saveEvidence } from '../../storage/evidence-repo';
import { ORDER_ID, seedCase } from '../fixtures/bundles/seed';
import { axeFindings, overflow, shotPath } from './screen-checks';
import { startHarness, type Harness } from './support';

const WEIDIAN_CHAT = 'https://im.weidian.com/chat/?from_platform=h&to_platform=a&to_user_id=1234567890';
const TAOBAO_CHAT = 'https://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao%E5%B0%8F%E5%BA%97';

/** A chat saved in no case yet, as the capture saves one that names no order seen here. */
async function chatToFile(url: string, files: Array<{ title: string; type: string; text: string }>) {
  return Promise.all(
    files.map((file) =>
      prepareEvidence({
        kind: 'chat',
        url,
        title: file.title,
        capturedAt: Date.UTC(2026, 11, 7, 10),
        mimeType: file.type,
        content: new Blob([file.text], { type: file.type }),
        meta: { partial: false },
      }),
    ),
  );
}

/** A backup of one case and two chats to file (three items): the zip's bytes. */
async function backupBytes(): Promise<Buffer> {
  const db = openDb('restore-backup-e2e');
  await seedCase(db);
  const transcript = '{"format":"weiquan-chat-transcript/1","messages":[{"text":"亲，已发货"}]}';
  const weidian = await chatToFile(WEIDIAN_CHAT, [
    { title: '聊天记录 · 微店卖家（JSON）', type: 'application/json', text: transcript },
    { title: '聊天记录 · 微店卖家', type: 'text/plain', text: '卖家：亲，已发货' },
  ]);
  const taobao = await chatToFile(TAOBAO_CHAT, [
    { title: '聊天记录 · 小店（JSON）', type: 'application/json', text: transcript },
  ]);
  await saveEvidence(db, { unattached: true }, [...weidian, ...taobao]);
  const backup = await exportBackup(db);
  expect(backup.problems).toEqual([]);
  await db.delete();
  return Buffer.from(await backup.blob.arrayBuffer());
}

describe('restore from backup', () => {
  let harness: Harness;
  let casebook: Page;
  let backup: Buffer;
  beforeAll(async () => {
    backup = await backupBytes();
    harness = await startHarness({}, 'zh');
    casebook = await harness.browser.context.newPage();
    await casebook.goto(`chrome-extension://${harness.browser.extensionId}/casebook.html`);
  }, 60_000);
  afterAll(async () => harness?.close());

  it('says how many chats to file came back, and lists them to be filed', async () => {
    await casebook.locator('details.card summary').click();
    await casebook.getByTestId('bundle-restore').setInputFiles({
      name: 'weiquan-backup.zip',
      mimeType: 'application/zip',
      buffer: backup,
    });
    const result = casebook.getByTestId('bundle-result');
    await result.waitFor({ timeout: 30_000 });
    const lines = await result.locator('p').allInnerTexts();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(ORDER_ID);
    expect(lines[1]).toBe('已恢复 2 段待归档的聊天（3 项），请在「待归档的聊天」里归入案件。');
    await expect.poll(() => casebook.getByTestId('attach-chat-row').count()).toBe(2);
    for (const width of [1280, 380]) {
      await casebook.setViewportSize({ width, height: 800 });
      expect((await overflow(casebook)).widest, `at ${width} px`).toEqual([]);
      expect(await axeFindings(casebook), `at ${width} px`).toEqual([]);
      await casebook.screenshot({ path: shotPath(`casebook-restored-zh-${width}`), fullPage: true });
    }
  }, 90_000);
});
