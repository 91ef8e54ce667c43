import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureJson } from '../tests/support/fixtures';
import { forgetTab, readTabState, saveTabState, watchTabState, type TabState } from './tab-state';

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
});
