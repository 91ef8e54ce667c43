import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLog } from '../../storage/case-log';
import { openDb, type WeiquanDb } from '../../storage/db';
import { saveTabState } from '../../storage/tab-state';
import { fixtureJson } from '../../tests/support/fixtures';
import { saveSelection } from './context-capture';

let db: WeiquanDb;
let counter = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`context-${++counter}`);
});
afterEach(async () => db.delete());

const URL_ = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803';
const tab = { id: 7, title: '订单详情', url: URL_ } as Parameters<typeof saveSelection>[1];

describe('saving selected text from the context menu', () => {
  it("files the text under the tab's order, hashed and logged, with its page", async () => {
    await saveTabState({
      tabId: 7,
      url: URL_,
      title: '订单详情',
      detection: fixtureJson('tmall/order-detail-2025-11.expected.json'),
      at: 1,
    });
    const reply = await saveSelection(db, tab, '卖家说：不给退，找谁都没用', URL_, 1000);
    expect(reply.ok).toBe(true);
    const [item] = await db.evidence.toArray();
    expect(item).toMatchObject({ kind: 'text', url: URL_, meta: { orderId: '4864583305858004803' } });
    expect(await item!.content.text()).toBe('卖家说：不给退，找谁都没用');
    expect((await readLog(db, item!.caseId)).map((e) => e.action)).toEqual([
      'case-created',
      'evidence-added',
    ]);
  });

  it('saves nothing when the page does not say which order, and says so', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
      ...tab,
      url: 'https://www.baidu.com/s?wd=x',
    } as never);
    const reply = await saveSelection(db, tab, 'text', 'https://www.baidu.com/s?wd=x');
    expect(reply).toEqual({ ok: false, error: 'choose-order' });
    expect(await db.evidence.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });
});
