import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureJson } from '../tests/support/fixtures';
import {
  forgetTab,
  readTabNumbers,
  readTabState,
  addFrameNumbers,
  saveTabState,
  watchTabState,
  type TabState,
} from './tab-state';

const state: TabState = {
  tabId: 7,
  url: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803',
  title: '订单详情',
  detection: fixtureJson('tmall/order-detail-2025-11.expected.json'),
  at: 1,
};

beforeEach(() => fakeBrowser.reset());

describe('tab state', () => {
  it('round-trips through storage.session and is forgotten on request', async () => {
    await saveTabState(state);
    expect(await readTabState(7)).toEqual(state);
    await forgetTab(7);
    expect(await readTabState(7)).toBeUndefined();
  });

  it('ignores stored state that does not validate', async () => {
    await fakeBrowser.storage.session.set({ 'tab:7': { ...state, detection: { detected: 'yes' } } });
    expect(await readTabState(7)).toBeUndefined();
  });

  it('tells a watcher when its tab changes, and only its tab', async () => {
    const seen = vi.fn();
    const stop = watchTabState(7, seen);
    await saveTabState({ ...state, tabId: 8 });
    await saveTabState(state);
    stop();
    await forgetTab(7);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it("keeps every frame's numbers when frames report at the same time", async () => {
    const number = (digits: string) => ({ text: digits, digits, verdict: 'unlisted' as const, reasons: [] });
    await Promise.all(
      Array.from({ length: 8 }, (_, frame) =>
        addFrameNumbers(7, frame, 'https://s.taobao.com/', [number(`40012345${frame}0`)]),
      ),
    );
    expect((await readTabNumbers(7)).map((n) => n.digits).sort()).toEqual(
      Array.from({ length: 8 }, (_, frame) => `40012345${frame}0`),
    );
  });

  it('goes on after a failed write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('quota'));
    const number = { text: '95188', digits: '95188', verdict: 'official' as const, reasons: [] };
    await expect(addFrameNumbers(7, 0, 'https://s.taobao.com/', [number])).rejects.toThrow('quota');
    await addFrameNumbers(7, 1, 'https://s.taobao.com/', [number]);
    expect(set).toHaveBeenCalledTimes(2);
    expect(await readTabNumbers(7)).toHaveLength(1);
  });

  it("adds each judged batch to the frame's list, keeps a number's worst verdict, starts afresh on a new address", async () => {
    const number = (digits: string, verdict: 'official' | 'suspicious') => ({
      text: digits,
      digits,
      verdict,
      reasons: [],
    });
    await addFrameNumbers(7, 0, 'https://s.taobao.com/a', [number('95188', 'official')]);
    await addFrameNumbers(7, 0, 'https://s.taobao.com/a', [number('4001234567', 'suspicious')]);
    // The same number claimed for another company further down: the warning stays.
    await addFrameNumbers(7, 0, 'https://s.taobao.com/a', [number('95188', 'suspicious')]);
    await addFrameNumbers(7, 0, 'https://s.taobao.com/a', [number('95188', 'official')]);
    expect((await readTabNumbers(7)).map((n) => [n.digits, n.verdict])).toEqual([
      ['95188', 'suspicious'],
      ['4001234567', 'suspicious'],
    ]);
    await addFrameNumbers(7, 0, 'https://s.taobao.com/b', [number('95188', 'official')]);
    expect((await readTabNumbers(7)).map((n) => [n.digits, n.verdict])).toEqual([['95188', 'official']]);
  });
});
