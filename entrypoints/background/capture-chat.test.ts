import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CollectedChat } from '../../lib/chat/types';
import { verifyCase } from '../../storage/case-log';
import { attachChat, unattachedChats } from '../../storage/chat-attach';
import { ensureCase } from '../../storage/cases-repo';
import { openDb, type WeiquanDb } from '../../storage/db';
import { recordOrdersSeen } from '../../storage/orders-repo';
import { UNATTACHED_TARGET } from './capture-chat-target';
import { captureChat } from './capture-chat';
import { captureOutcome } from './capture-outcome';
import * as fullPage from './capture-full-page';

let db: WeiquanDb;
let counter = 0;
const CHAT = 'https://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao%E5%B0%8F%E7%B1%B3';
const target = {
  target: { platform: 'taobao' as const, orderId: '4865640015090004803', title: '小米官方旗舰店' },
  orderId: '4865640015090004803',
  seller: '小米官方旗舰店',
};

const collected = (extra: Partial<CollectedChat> = {}): CollectedChat => ({
  status: 'collected',
  conversation: '小米官方旗舰店',
  found: 'hint',
  frameUrl: 'https://market.m.taobao.com/app/im/chat-core/index.html',
  windows: [[1, 2]],
  items: [
    {
      token: 1,
      message: {
        sender: '小米官方旗舰店:小美',
        own: false,
        time: '2026-11-20 10:00:00',
        text: '亲',
        images: [],
        files: [],
      },
      side: {},
    },
    {
      token: 2,
      message: {
        sender: '买家',
        own: true,
        time: '2026-11-20 10:01:00',
        text: '屏幕有竖线',
        images: [],
        files: [],
      },
      side: { cls: 'own' },
    },
  ],
  scrolls: 2,
  stop: 'no-more-marker',
  durationMs: 50,
  restored: true,
  ...extra,
});

/** The tab is the chat page, and each frame answers the collector with `answers`. */
function chatTab(answers: unknown[]) {
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url: CHAT, title: '旺旺' } as never);
  fakeBrowser.scripting.executeScript = vi.fn(() =>
    Promise.resolve(answers.map((result, frameId) => ({ frameId, result, documentId: String(frameId) }))),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`chat-${++counter}`);
  // The pane pictures are a job of their own (e2e-tested); here only the transcript is.
  vi.spyOn(fullPage, 'startScrollJob').mockResolvedValue({ ok: false, error: 'capture-busy' });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('chat capture handler', () => {
  it('stores the transcript as JSON and text in the case, hashed and chained', async () => {
    chatTab([{ status: 'no-chat' }, collected()]);
    const reply = await captureChat(db, { tabId: 7, target });
    expect(reply.ok).toBe(true);
    const items = await db.evidence.toArray();
    expect(items.map((i) => [i.kind, i.mimeType])).toEqual([
      ['chat', 'application/json'],
      ['chat', 'text/plain; charset=utf-8'],
    ]);
    expect(items[0]!.meta).toMatchObject({
      orderId: target.orderId,
      method: { messages: 2, complete: true },
    });
    expect(items[0]!.meta.partial).toBeUndefined();
    expect((await verifyCase(db, items[0]!.caseId)).ok).toBe(true);
  });

  it("saves under the popup's request id, so a restarted worker can say it was saved (#18 item 8)", async () => {
    chatTab([collected()]);
    const requestId = crypto.randomUUID();
    expect(await captureOutcome(db, requestId)).toEqual({ ok: false, error: 'interrupted' });
    // The answer to this call is what a stopped worker never sends; the save has committed.
    await captureChat(db, { tabId: 7, target, requestId });
    const first = (await db.evidence.toArray())[0]!;
    expect(first.uid).toBe(requestId);
    expect(await captureOutcome(db, requestId)).toEqual({ ok: true, value: { ids: [first.id] } });
  });

  it('marks a transcript cut short by the time limit as partial', async () => {
    chatTab([collected({ stop: 'time-limit' })]);
    await captureChat(db, { tabId: 7, target });
    expect((await db.evidence.toArray()).every((i) => i.meta.partial === true)).toBe(true);
  });

  it.each([
    ['chat-disconnected', [{ status: 'disconnected' }, collected()]],
    ['capture-busy', [{ status: 'busy' }]],
    ['no-chat', [{ status: 'no-chat' }]],
    ['capture-failed', [{ status: 'collected', items: 'not a list' }]],
    ['chat-empty', [collected({ items: [], windows: [] })]],
  ])('answers %s and writes nothing', async (error, answers) => {
    chatTab(answers);
    expect(await captureChat(db, { tabId: 7, target })).toEqual({ ok: false, error });
    expect(await db.evidence.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });

  it('says the disk is full and leaves no case behind', async () => {
    chatTab([collected()]);
    const add = vi
      .spyOn(db.evidence, 'add')
      .mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    expect(await captureChat(db, { tabId: 7, target })).toEqual({ ok: false, error: 'storage-full' });
    add.mockRestore();
    expect(await db.cases.count()).toBe(0);
    expect(await db.log.count()).toBe(0);
  });
});

describe('capture first, attach later', () => {
  const WEIDIAN = 'https://im.weidian.com/chat/?from_platform=h&to_platform=a&to_user_id=1';
  const named = (text: string) =>
    collected({
      items: [
        {
          token: 1,
          message: { sender: '', own: true, time: '11-20 10:00', text, images: [], files: [] },
          side: { align: 'right' },
        },
      ],
      windows: [[1]],
    });
  /** The shopper has seen 鲜果小铺's 微店 order (…301) in an order list. */
  const seeWeidianOrder = async () => {
    const order = {
      orderId: '5190000000000000301',
      shopType: 'weidian' as const,
      items: [],
      shopName: '鲜果小铺',
    };
    await recordOrdersSeen(
      db,
      'weidian',
      [order],
      { url: 'https://weidian.com/order', page: 'order-list' },
      1,
    );
    return order;
  };
  const weidianTab = (answer: unknown) => {
    chatTab([answer]);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url: WEIDIAN } as never);
  };

  it('files a chat under the seen order it names, of its own platform only', async () => {
    const order = await seeWeidianOrder();
    await recordOrdersSeen(
      db,
      'taobao',
      [{ ...order, orderId: '5190000000000000999' }],
      { url: 'https://t', page: 'order-list' },
      1,
    );
    weidianTab(named('订单 5190000000000000999 和 5190000000000000301 都有问题'));
    const reply = await captureChat(db, { tabId: 7, target: UNATTACHED_TARGET });
    expect(reply.ok && reply.value.unattached).toBeFalsy();
    const cases = await db.cases.toArray();
    expect(cases.map((c) => [c.platform, c.orderId])).toEqual([['weidian', '5190000000000000301']]);
  });

  it('saves a chat naming no seen order unattached, then files it in the case the shopper picks, logged', async () => {
    weidianTab(named('在吗'));
    const reply = await captureChat(db, { tabId: 7, target: UNATTACHED_TARGET });
    expect(reply.ok && reply.value.unattached).toBe(true);
    expect(await db.cases.count()).toBe(0);
    expect(await db.log.count()).toBe(0);
    const [chat] = await unattachedChats(db);
    expect(chat).toMatchObject({ url: WEIDIAN, transcripts: 1, ids: [1, 2] });

    const { id } = await ensureCase(db, 'weidian', '5190000000000000302', '鲜果小铺');
    expect(await attachChat(db, WEIDIAN, id)).toBe(2);
    expect(await unattachedChats(db)).toEqual([]);
    const items = await db.evidence.where('caseId').equals(id).toArray();
    expect(items.map((i) => i.meta.orderId)).toEqual(['5190000000000000302', '5190000000000000302']);
    const check = await verifyCase(db, id);
    expect(check.ok).toBe(true);
    // Filing it again moves nothing and logs nothing more.
    const logged = await db.log.count();
    expect(await attachChat(db, WEIDIAN, id)).toBe(0);
    expect(await db.log.count()).toBe(logged);
  });

  it("keeps the shopper's own choice over what the chat names", async () => {
    await seeWeidianOrder();
    weidianTab(named('订单 5190000000000000301'));
    const chosen = { ...target, target: { ...target.target, platform: 'weidian' as const } };
    await captureChat(db, { tabId: 7, target: chosen, chosen: true });
    expect((await db.cases.toArray()).map((c) => c.orderId)).toEqual([target.orderId]);
  });
});
