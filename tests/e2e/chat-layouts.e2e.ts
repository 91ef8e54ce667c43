// The three seller-chat layouts of issue #25 captured in Chromium as a shopper would, in Chinese:
// the chat open in front, the popup's 「保存整段聊天记录」 pressed. 旺旺 (the chat-core iframe, two
// scrolling lists, 10-20 bubbles rendered, one 2.5 s history load, pasted pictures without .self),
// 淘宝官方客服 / 阿里小蜜 (alibaba/ChatUI, older history behind 「点击加载更多」) and a 微店 layout no
// selector knows. Each transcript must hold every message in order with its side and time; the
// red-flag banner quotes the scam line; the pane is pictured; the shopper's place is back. The
// 微店 chat names no order the extension saw: saved unattached, then filed from the casebook.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../lib/chain';
import type { ChatTranscript } from '../../lib/chat/transcript';
import type { ChatMessage } from '../../lib/chat/types';
import {
  captureFromPopup as pressCapture,
  chatKitOn,
  expectBackAtNewest,
  sendToBackground,
  startChatHarness,
  storedChat,
  TAOBAO_ORDER,
  waitForPane,
  WANGWANG_ROUTES,
  type ChatHarness,
  type StoredItem,
} from './chat-support';
import { fixture } from './support';

const weidianUrls = JSON.parse(readFileSync(fixture('weidian/urls.json'), 'utf8')) as Record<string, string>;
const WEIDIAN_ORDER_URL = weidianUrls['order-detail.html']!.replace(/^https:/, 'http:');
const WEIDIAN_ORDER = '834512907761238';
/** The 旺旺 address names the seller of the Taobao order seen: the chat files itself there. */
const WANGWANG = `http://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao${encodeURIComponent('奥特斯专业对讲机')}&gid=&type=web&count=200`;
const ALIME = 'http://ai.alimebot.taobao.com/intl/index.htm?from=buyer';
const WEIDIAN = 'http://im.weidian.com/chat/?from_platform=h&to_platform=a&to_user_id=1234567890';

let session: ChatHarness;
let extensionPage: Page;

beforeAll(async () => {
  // The shopper has opened the Taobao order (seen, no case yet).
  session = await startChatHarness({
    ...WANGWANG_ROUTES,
    'weidian.com/user/order-new/detail.php': fixture('weidian/order-detail.html'),
    'ai.alimebot.taobao.com/intl/index.htm': fixture('chat-alime/index.html'),
    'im.weidian.com/chat/': fixture('chat-weidian/index.html'),
    ...chatKitOn('ai.alimebot.taobao.com'),
    ...chatKitOn('im.weidian.com'),
  });
  extensionPage = session.extensionPage;
}, 60_000);
afterAll(async () => session?.harness.close());

interface OpenChat {
  page: Page;
  frame: Frame;
  expected: { conversation: string; messages: ChatMessage[] };
}

async function openChat(url: string, frameSelector?: string): Promise<OpenChat> {
  const page = await session.harness.browser.context.newPage();
  await page.goto(url);
  const frame = frameSelector
    ? (await (await page.waitForSelector(frameSelector)).contentFrame())!
    : page.mainFrame();
  await frame.waitForFunction(() => '__historyLoadMs' in window);
  const expected = await frame.evaluate(
    () => (window as unknown as { __chatFixture: OpenChat['expected'] }).__chatFixture,
  );
  return { page, frame, expected };
}

/** The banner's words in the chat's frame: the scam line's phrases quoted 「…」. */
async function bannerQuotes(frame: Frame): Promise<string[]> {
  const box = frame.locator('weiquan-red-flags .box');
  await box.waitFor({ timeout: 15_000 });
  return [...((await box.textContent()) ?? '').matchAll(/「([^」]+)」/g)].map((m) => m[1]!);
}

/** Presses the popup's chat button with the chat tab in front; the popup's outcome line. */
const captureFromPopup = (opened: OpenChat) => pressCapture(session, opened.page);

/** Each message as the transcript line compares it: order, side, sender, time, content. */
const shape = (messages: ChatMessage[]) =>
  messages.map(({ own, system, sender, time, text, images, files, card }) => ({
    own,
    system: system ?? false,
    sender,
    time,
    text,
    images,
    files,
    card,
  }));

/** The checks every layout shares, after its capture. */
async function checkCapture(chat: OpenChat, scamLine: string, outcome: string): Promise<StoredItem[]> {
  expect(outcome).toContain(`已保存 ${chat.expected.messages.length} 条聊天记录，从第一条到最后一条。`);
  const { json, text } = await storedChat(extensionPage, chat.page.url());
  const transcript = JSON.parse(Buffer.from(json.base64, 'base64').toString('utf8')) as ChatTranscript;
  expect(shape(transcript.messages)).toEqual(shape(chat.expected.messages));
  expect(transcript.complete).toBe(true);
  // The readable copy names each side: the shopper's lines marked, pictures as pictures.
  const lines = Buffer.from(text.base64, 'base64').toString('utf8');
  expect(lines).toContain(scamLine);
  expect(lines).toContain('[图片] data:image/svg+xml');
  const pane = await waitForPane(extensionPage, chat.page.url());
  expect(pane.length).toBeGreaterThan(0);
  for (const item of pane) expect(item.mimeType).toBe('image/png');
  return [json, text, ...pane];
}

describe('seller chats as shoppers have them (#25)', () => {
  it("旺旺: every message with its side (a pasted picture is the shopper's), filed under the seller's order, place kept", async () => {
    const chat = await openChat(WANGWANG, 'iframe.chat-core');
    const scam = chat.expected.messages.find((m) => m.text.includes('kf8899'))!.text;
    const quotes = await bannerQuotes(chat.frame);
    expect(quotes.some((quote) => scam.includes(quote))).toBe(true);
    // The hard parts: pasted pictures without .self, a virtualised list, a second scrolling list.
    expect(chat.expected.messages.some((m) => m.own && m.images.length > 0)).toBe(true);
    expect(await chat.frame.locator('.message-item').count()).toBeLessThanOrEqual(20);
    expect(await chat.frame.locator('.rc-scrollbars-view').count()).toBe(2);
    const view = chat.frame.locator('.ww_message .rc-scrollbars-view');

    const outcome = await captureFromPopup(chat);
    const items = await checkCapture(chat, scam, outcome);
    expect(items.every((item) => item.meta.orderId === TAOBAO_ORDER)).toBe(true);
    expect(verifyChain((await storedChat(extensionPage, chat.page.url())).log).ok).toBe(true);
    await expectBackAtNewest(view, chat.expected.messages.at(-1)!.time);
    await chat.page.close();
  }, 240_000);

  it('淘宝官方客服 / 阿里小蜜: loads older history by 「点击加载更多」, files under the order it names, reading place kept', async () => {
    const chat = await openChat(ALIME);
    const scam = chat.expected.messages.find((m) => m.text.includes('kf8899'))!.text;
    expect((await bannerQuotes(chat.frame)).some((quote) => scam.includes(quote))).toBe(true);
    // The shopper was reading a little way up: the first message in view stays where it was.
    const list = chat.page.locator('.PullToRefresh');
    await list.evaluate((el) => (el.scrollTop = Math.round((el.scrollHeight - el.clientHeight) / 2)));
    const offsetOf = (id: string | null) =>
      list.evaluate((el, wanted) => {
        const top = el.getBoundingClientRect().top;
        const messages = [...el.querySelectorAll('.Message')];
        const shown = wanted
          ? el.querySelector(`[data-id="${wanted}"]`)!
          : messages.find((m) => m.getBoundingClientRect().bottom > top)!;
        return {
          id: shown.getAttribute('data-id'),
          offset: Math.round(shown.getBoundingClientRect().top - top),
        };
      }, id);
    const before = await offsetOf(null);

    const outcome = await captureFromPopup(chat);
    const items = await checkCapture(chat, scam, outcome);
    expect(items.every((item) => item.meta.orderId === TAOBAO_ORDER)).toBe(true);
    expect(await chat.page.locator('.PullToRefresh-loadMore').count()).toBe(0);
    const moved = async () => Math.abs((await offsetOf(before.id)).offset - before.offset);
    await expect.poll(moved, { timeout: 60_000, interval: 250 }).toBeLessThanOrEqual(2);
    await chat.page.close();
  }, 240_000);

  it('微店, a layout no selector knows: read by structure, saved unattached, then filed in a case from the casebook', async () => {
    const chat = await openChat(WEIDIAN);
    const scam = chat.expected.messages.find((m) => m.text.includes('kf8899'))!.text;
    expect((await bannerQuotes(chat.frame)).some((quote) => scam.includes(quote))).toBe(true);
    const outcome = await captureFromPopup(chat);
    expect(outcome).toContain('还没归入案件');
    const items = await checkCapture(chat, scam, outcome);
    expect(items.every((item) => item.caseId === 0)).toBe(true);
    const list = chat.page.locator('._s0Lk');
    // The walk back starts when the pane pictures end, after their job says done.
    await expect
      .poll(() => list.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight), {
        timeout: 60_000,
      })
      .toBeLessThan(8);

    // The shopper opens the 微店 order and saves a screenshot of it: its case exists now.
    const order = await session.harness.browser.context.newPage();
    await order.goto(WEIDIAN_ORDER_URL);
    const orderTab = await session.harness.browser.tabIdFor('weidian.com', WEIDIAN_ORDER);
    await order.bringToFront();
    const shot = await sendToBackground(extensionPage, {
      type: 'capture/visible',
      tabId: orderTab,
      order: { platform: 'weidian', orderId: WEIDIAN_ORDER },
    });
    expect(shot).toMatchObject({ ok: true });

    // In the casebook: 待归档的聊天, only 微店 cases offered, filed with one press.
    await extensionPage.reload();
    const attach = extensionPage.locator('[data-testid="attach-chat"]');
    await attach.waitFor();
    const options = await attach.locator('[data-testid="attach-chat-case"] option').allTextContents();
    expect(options).toEqual(['选择要归入的案件', expect.stringContaining(WEIDIAN_ORDER)]);
    // Saved at a time said in the casebook's one date style (年月日 周X HH:MM, Beijing time).
    expect(await attach.getByTestId('attach-chat-row').first().innerText()).toMatch(
      /\d{4}年\d{1,2}月\d{1,2}日 周[日一二三四五六] \d{2}:\d{2} 保存/,
    );
    await attach.locator('[data-testid="attach-chat-case"]').selectOption({ index: 1 });
    await attach.locator('[data-testid="attach-chat-button"]').click();
    await attach.getByText('已归入案件').waitFor();
    const filed = await storedChat(extensionPage, chat.page.url());
    expect(filed.items.length).toBe(items.length);
    expect(new Set(filed.items.map((item) => item.caseId)).size).toBe(1);
    expect(filed.items[0]!.caseId).not.toBe(0);
    expect(filed.items.every((item) => item.meta.orderId === WEIDIAN_ORDER)).toBe(true);
    expect(verifyChain(filed.log).ok).toBe(true);
    expect(filed.log.filter((entry) => entry.action === 'evidence-added').length).toBeGreaterThanOrEqual(
      items.length,
    );
    await order.close();
    await chat.page.close();
  }, 240_000);
});
