// A capture whose answer is lost because the worker was stopped after the save (#18 item 8).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askCapture } from './capture';

afterEach(() => fakeBrowser.reset());

const requestId = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('askCapture', () => {
  it('asks the restarted worker for the outcome when the answer was lost, and reports the save', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce({ ok: true, value: { ids: [12] } } as never);
    const reply = await askCapture({ type: 'capture/visible', tabId: 3, requestId });
    expect(reply).toEqual({ ok: true, value: { ids: [12] } });
    expect(send.mock.calls[1]![0]).toEqual({ type: 'capture/outcome', requestId });
  });

  it('says interrupted when nothing was saved under that id', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: false, error: 'interrupted' } as never);
    expect(await askCapture({ type: 'capture/chat', tabId: 3, requestId })).toEqual({
      ok: false,
      error: 'interrupted',
    });
  });

  it('passes an answer through untouched', async () => {
    const answer = { ok: false, error: 'tab-not-active' };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce(answer as never);
    expect(await askCapture({ type: 'capture/visible', tabId: 3, requestId })).toEqual({
      ok: false,
      error: 'tab-not-active',
    });
  });
});
