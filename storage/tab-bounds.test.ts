// Issue 27.2: storage.session is shared by every tab, so each tab's share is bounded, and the
// orders of a report are recorded even when that storage is full.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onPageDetected } from '../entrypoints/background/detected';
import { MAX_NUMBERS } from '../lib/message-limits';
import type { PageNumber } from '../lib/messages';
import type { Detection, Order } from '../rules/types';
import { fixtureJson } from '../tests/support/fixtures';
import { openDb, type WeiquanDb } from './db';
import {
  addFrameNumbers,
  MAX_FRAMES,
  MAX_TAB_STATE_CHARS,
  readTabNumbers,
  readTabState,
  saveTabState,
  tabShowsOrder,
} from './tab-state';

const LIST_URL = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const normalList = fixtureJson<Detection & { detected: true }>('taobao/order-list-old-2025-11.expected.json');
/** A hostile list: 500 orders that pass the schema, 200 items of 500 characters each. */
const floodList = (): Detection => ({
  ...normalList,
  orders: Array.from({ length: 500 }, (_, i): Order => ({
    orderId: String(20_000_000_000 + i),
    shopType: 'taobao',
    shopName: '垃圾'.repeat(100),
    items: Array.from({ length: 200 }, () => ({ title: '假'.repeat(500) })),
  })),
});
const stored = async (tabId: number) =>
  JSON.stringify((await fakeBrowser.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`]).length;

let db: WeiquanDb | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(async () => db?.delete());

describe("each tab's share of storage.session", () => {
  it('keeps every order of a normal 50-order list, each with its first items', async () => {
    await saveTabState({ tabId: 1, url: LIST_URL, title: '已买到的宝贝', detection: normalList, at: 1 });
    const state = await readTabState(1);
    expect(state?.moreOrderIds).toBeUndefined();
    expect(state?.detection).toEqual({
      ...normalList,
      orders: normalList.orders.map((o) => ({ ...o, items: o.items.slice(0, 3) })),
    });
    expect(await stored(1)).toBeLessThan(MAX_TAB_STATE_CHARS / 2);
  });

  it('keeps a flood within its cap, with every order still known by id', async () => {
    const detection = floodList();
    await saveTabState({ tabId: 2, url: LIST_URL, title: 't', detection, at: 1 });
    expect(await stored(2)).toBeLessThanOrEqual(MAX_TAB_STATE_CHARS);
    const state = await readTabState(2);
    expect(state?.detection.detected && state.detection.orders.length).toBeGreaterThan(0);
    expect(state?.detection.detected && state.detection.orders[0]!.items).toHaveLength(3);
    for (const order of detection.detected ? detection.orders : [])
      expect(tabShowsOrder(state, order.orderId)).toBe(true);
    expect(tabShowsOrder(state, '99999999999')).toBe(false);
  }, 30_000);

  it('lists the numbers of at most MAX_FRAMES frames, MAX_NUMBERS in all', async () => {
    const number = (digits: string): PageNumber => ({
      text: digits,
      digits,
      verdict: 'unlisted',
      reasons: [],
    });
    for (let frame = 0; frame < MAX_FRAMES + 5; frame++) {
      const numbers = Array.from({ length: 50 }, (_, i) => number(String(10_000_000 + frame * 100 + i)));
      await addFrameNumbers(3, frame, `https://a.example/${frame}`, numbers);
    }
    const frames = (await fakeBrowser.storage.session.get('numbers:3'))['numbers:3'] as object;
    expect(Object.keys(frames).length).toBeLessThanOrEqual(MAX_FRAMES);
    expect(await readTabNumbers(3)).toHaveLength(MAX_NUMBERS);
  });
});

describe('an order report when storage.session is full', () => {
  it('records the orders and then reports the failed write', async () => {
    db = openDb('tab-bounds-full');
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(
      new Error('QuotaExceededError: Session storage quota bytes exceeded'),
    );
    const report = { tabId: 4, url: LIST_URL, title: 't', detection: normalList };
    await expect(onPageDetected(db, report, 1000)).rejects.toThrow(/quota/i);
    expect(await db.orders.count()).toBe(50);
    vi.restoreAllMocks();
  });
});
