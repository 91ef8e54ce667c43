// The seller-chat transcript in Chromium: the 旺旺 fixture (a virtualised list of 1,234
// messages in a same-origin iframe, served as market.m.taobao.com) captured through the
// background's 'capture/chat', then read back from IndexedDB and checked message by message,
// byte by byte (SHA-256) and link by link (the case's hash chain).
import { createHash } from 'node:crypto';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkItems, verifyChain } from '../../lib/chain';
import type { ChatTranscript } from '../../lib/chat/transcript';
import type { ChatMessage } from '../../lib/chat/types';
import {
  expectBackAtNewest,
  sendToBackground,
  startChatHarness,
  storedItems,
  tabIdOf,
  TAOBAO_ORDER,
  TAOBAO_ORDER_URL,
  WANGWANG_ROUTES,
  type Chrome,
} from './chat-support';
import type { Harness } from './support';

const ORDER_URL = TAOBAO_ORDER_URL;
const ORDER_ID = TAOBAO_ORDER;
const CHAT = 'http://market.m.taobao.com/app/im/chat/index.html';
const UID = `?uid=cntaobao${encodeURIComponent('小米官方旗舰店')}&gid=&type=web`;

let harness: Harness;
let extensionPage: Page;

beforeAll(async () => {
  // The capture files the chat under an order the extension has seen.
  ({ harness, extensionPage } = await startChatHarness(WANGWANG_ROUTES));
});
afterAll(async () => harness?.close());

/** The pane-picture job a chat capture starts: its final state and the items it saved. */
async function paneJob(jobId: string): Promise<{ state?: string; evidenceIds?: number[] }> {
  const key = `capture:${jobId}`;
  for (;;) {
    const progress = (await extensionPage.evaluate(
      async (k) =>
        (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get(k))[k] ?? {},
      key,
    )) as { state?: string; evidenceIds?: number[] };
    if (progress.state && !['running', 'saving'].includes(progress.state)) return progress;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Fixture {
  conversation: string;
  messages: ChatMessage[];
}

/** Opens the chat page and waits for its chat frame to render the newest messages. */
async function openChat(query = ''): Promise<{ page: Page; frame: Frame; fixture: Fixture; tabId: number }> {
  const page = await harness.browser.context.newPage();
  await page.goto(`${CHAT}${UID}${query}`);
  const frame = (await (await page.waitForSelector('iframe.chat-core')).contentFrame())!;
  await frame.waitForSelector('.message-item');
  const chatFixture = await frame.evaluate(
    () => (window as unknown as { __chatFixture: Fixture }).__chatFixture,
  );
  return { page, frame, fixture: chatFixture, tabId: await tabIdOf(extensionPage, page.url()) };
}

type Reply = { ok: true; value: { ids: number[]; jobId?: string } } | { ok: false; error: string };

/** Asks the background for the chat capture, as the popup does, with the chat tab in front. */
async function captureChat(page: Page, tabId: number): Promise<Reply> {
  await page.bringToFront();
  return (await sendToBackground(extensionPage, {
    type: 'capture/chat',
    tabId,
    order: { platform: 'taobao', orderId: ORDER_ID },
  })) as Reply;
}

/** The evidence items with these ids and their case's log. */
const readStored = (ids: number[]) => storedItems(extensionPage, { ids });

/** Runs in the extension page: how many evidence items the database holds. */
function evidenceCount(): Promise<number> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('weiquan');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('evidence').objectStore('evidence').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return count;
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('seller-chat transcript in Chromium', () => {
  it('captures all 1,234 messages of a virtualised chat once each, in order, hashed and chained', async () => {
    const chat = await openChat();
    const all = chat.fixture.messages;
    expect(all).toHaveLength(1234);
    // The hard parts are in it: look-alikes in one second, pictures, files, cards, own and theirs.
    const same = (a?: ChatMessage, b?: ChatMessage) => JSON.stringify(a) === JSON.stringify(b);
    expect(all.filter((m, i) => same(m, all[i + 1]) && same(m, all[i + 2])).length).toBeGreaterThanOrEqual(
      12,
    );
    expect(all.filter((m) => m.images.length).length).toBeGreaterThan(50);
    expect(all.filter((m) => m.files.length).length).toBeGreaterThan(5);
    expect(all.filter((m) => m.card).length).toBeGreaterThan(5);
    expect(all.filter((m) => m.own).length).toBeGreaterThan(300);
    // What a single reading of the DOM would get: a few dozen.
    expect(await chat.frame.locator('.message-item').count()).toBeLessThanOrEqual(40);

    const view = chat.frame.locator('.ww_message .rc-scrollbars-view');
    const fromBottom = () => view.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
    expect(await fromBottom()).toBeLessThan(8);

    const reply = await captureChat(chat.page, chat.tabId);
    expect(reply.ok ? 'saved' : reply.error).toBe('saved');
    const ids = reply.ok ? reply.value.ids : [];
    expect(ids).toHaveLength(2);
    const { items, log } = await readStored(ids);
    const json = items.find((item) => item.mimeType === 'application/json')!;
    const text = items.find((item) => item.mimeType.startsWith('text/plain'))!;

    const transcript = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')) as ChatTranscript;
    expect(transcript.messages).toEqual(chat.fixture.messages);
    expect(transcript).toMatchObject({
      conversation: '小米官方旗舰店',
      complete: true,
      pageUrl: chat.page.url(),
    });
    expect(transcript.frameUrl).toContain('/app/im/chat-core/');
    for (const item of [json, text]) {
      expect(item).toMatchObject({ kind: 'chat', url: chat.page.url(), meta: { orderId: ORDER_ID } });
      expect(item.meta.partial).toBeUndefined();
      expect(item.meta.method).toMatchObject({ messages: 1234, complete: true, gaps: 0, restored: true });
      expect(item.meta.method!.scrolls).toBeGreaterThanOrEqual(60);
    }

    // The bytes stored are the bytes hashed, and the case's chain logs both items.
    for (const item of items) {
      expect(sha256(Buffer.from(item.base64, 'base64'))).toBe(item.sha256);
    }
    expect(verifyChain(log).ok).toBe(true);
    const present = items.map((item) => ({
      uid: item.uid,
      title: item.title,
      actualSha256: sha256(Buffer.from(item.base64, 'base64')),
    }));
    // (The case may hold other items; these two must be logged with exactly these hashes.)
    const checks = checkItems(log, present).filter((check) => present.some((p) => p.uid === check.uid));
    expect(checks.map((check) => check.problem)).toEqual([undefined, undefined]);

    // The readable copy: one line per message, the draft in the input box nowhere.
    const lines = Buffer.from(text.base64, 'base64').toString('utf8').split('\n');
    const first = chat.fixture.messages[0]!;
    expect(lines).toContain(`${first.time} ${first.sender}${first.own ? '（我）' : ''}：${first.text}`);
    expect(lines.filter((line) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d /.test(line))).toHaveLength(1234);
    expect(lines.join('\n')).not.toContain('草稿');
    expect(lines.join('\n')).toContain('<img src=x onerror=alert(1)> 这段是文字，不是图片');

    // Then the pane is pictured, scrolled and stitched, as a job of its own: saved in the same case.
    const job = await paneJob(reply.ok ? reply.value.jobId! : '');
    expect(job.state).toBe('done');
    const pane = await readStored(job.evidenceIds ?? []);
    expect(pane.items.length).toBeGreaterThan(0);
    for (const item of pane.items) {
      expect(item).toMatchObject({ kind: 'pane', mimeType: 'image/png', meta: { orderId: ORDER_ID } });
      expect(sha256(Buffer.from(item.base64, 'base64'))).toBe(item.sha256);
    }
    expect(verifyChain(pane.log).ok).toBe(true);

    // The shopper is back where they were: at the bottom, the newest message in view.
    await expectBackAtNewest(view, chat.fixture.messages.at(-1)!.time);
    await chat.page.close();
  }, 180_000);

  it('reaches the top without a "no more" line by trying a few times', async () => {
    const chat = await openChat('&count=90&marker=0');
    const reply = await captureChat(chat.page, chat.tabId);
    expect(reply.ok ? 'saved' : reply.error).toBe('saved');
    const { items } = await readStored(reply.ok ? reply.value.ids : []);
    const json = items.find((item) => item.mimeType === 'application/json')!;
    const transcript = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')) as ChatTranscript;
    expect(transcript.messages).toEqual(chat.fixture.messages);
    expect(json.meta.method).toMatchObject({ stop: 'nothing-older', complete: true });
    await chat.page.close();
  }, 60_000);

  it('refuses a disconnected chat and a tab that is not a chat, saving nothing', async () => {
    const before = await evidenceCount();
    const chat = await openChat('&count=50&disconnected=1');
    expect(await captureChat(chat.page, chat.tabId)).toEqual({ ok: false, error: 'chat-disconnected' });
    await chat.page.close();

    const order = harness.browser.context.pages().find((page) => page.url().startsWith(ORDER_URL))!;
    const orderTab = await harness.browser.tabIdFor('trade.taobao.com', ORDER_ID);
    expect(await captureChat(order, orderTab)).toEqual({ ok: false, error: 'no-chat' });
    expect(await evidenceCount()).toBe(before);
  });
});
