// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../tests/support/i18n';
import { CaptureBar, type CaptureControls } from './CaptureBar';
import { I18nContext } from './i18n';

afterEach(cleanup);

const ORDER = { platform: 'taobao' as const, orderId: '4865640015090004803', label: '某某店' };

function show(over: Partial<CaptureControls>) {
  const controls = controlsWith(over);
  const shown = render(bar(controls));
  /** The background reports the followed job (the progress the popup page passes down). */
  const report = (progress: CaptureControls['progress']) => shown.rerender(bar({ ...controls, progress }));
  return Object.assign(controls, { report });
}

function controlsWith(over: Partial<CaptureControls>): CaptureControls {
  return {
    start: vi.fn(() => Promise.resolve(null)),
    cancel: vi.fn(() => Promise.resolve()),
    choices: [ORDER],
    askOrder: false,
    chat: false,
    ...over,
  };
}

const bar = (controls: CaptureControls) => (
  <I18nContext.Provider value={testI18n('zh')}>
    <CaptureBar controls={controls} />
  </I18nContext.Provider>
);

/** The status lines under the buttons, top to bottom: colour and words. */
const statusLines = () =>
  [...screen.getByTestId('capture-status').querySelectorAll('p')].map((line) => ({
    tone: line.classList.contains('ok') ? 'ok' : line.classList.contains('error') ? 'error' : '',
    text: line.textContent,
  }));

const CHAT_SAVED = { messages: 200, complete: true, stop: 'end' };

describe('capture bar', () => {
  it('says saved only after the background answered', async () => {
    const controls = show({});
    fireEvent.click(screen.getByTestId('capture-visible'));
    await waitFor(() => screen.getByTestId('capture-outcome'));
    expect(controls.start).toHaveBeenCalledWith('visible', undefined);
    expect(screen.getByTestId('capture-outcome').textContent).toContain('已保存');
  });

  it('asks which order when the page does not say, then files the capture under it', async () => {
    const start = vi.fn().mockResolvedValueOnce('choose-order').mockResolvedValueOnce(null);
    show({ start });
    fireEvent.click(screen.getByTestId('capture-visible'));
    await waitFor(() => screen.getByTestId('capture-order'));
    expect(screen.getByTestId('capture-outcome').textContent).toBe('请先选择订单');
    fireEvent.change(screen.getByTestId('capture-order'), { target: { value: `taobao:${ORDER.orderId}` } });
    fireEvent.click(screen.getByTestId('capture-visible'));
    await waitFor(() => expect(start).toHaveBeenLastCalledWith('visible', ORDER));
  });

  it('turns error codes into plain words, and offers the chat only on a chat page with its 已读 warning', async () => {
    show({ start: () => Promise.resolve('storage-full'), chat: true });
    expect(screen.getByText(/已读/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('capture-chat'));
    await waitFor(() => screen.getByTestId('capture-outcome'));
    expect(screen.getByTestId('capture-outcome').textContent).toContain('磁盘空间不足');
  });

  it('shows a running full-page capture with progress and a cancel that keeps what was taken', () => {
    const controls = show({ progress: { jobId: 'j1', state: 'running', done: 3, total: 10 } });
    expect(screen.getByTestId('capture-progress').textContent).toContain('3 / 10');
    expect(screen.getByTestId<HTMLButtonElement>('capture-full-page').disabled).toBe(true);
    fireEvent.click(screen.getByTestId('capture-cancel'));
    expect(controls.cancel).toHaveBeenCalledWith('j1');
  });

  it('after a chat whose pictures failed: first what was saved, then what was not', async () => {
    const controls = show({ chat: true, start: () => Promise.resolve(CHAT_SAVED) });
    fireEvent.click(screen.getByTestId('capture-chat'));
    await waitFor(() => screen.getByTestId('capture-outcome'));
    controls.report({ jobId: 'pics', state: 'failed', done: 1, total: 3, error: 'tab-switched' });
    expect(statusLines()).toEqual([
      { tone: 'ok', text: '已保存 200 条聊天记录，从第一条到最后一条。' },
      {
        tone: 'error',
        text: '聊天记录已保存，但聊天窗口的截图没有完成：截图时切换了标签页，截图中止，没有保存。请停留在该页面重试。',
      },
    ]);
  });

  it('after a chat whose pictures were saved: says the pictures were saved too, not that all went into a case', async () => {
    const controls = show({ chat: true, start: () => Promise.resolve({ ...CHAT_SAVED, unattached: true }) });
    fireEvent.click(screen.getByTestId('capture-chat'));
    await waitFor(() => screen.getByTestId('capture-outcome'));
    controls.report({ jobId: 'pics', state: 'done', done: 3, total: 3 });
    expect(statusLines().map((line) => line.text)).toEqual([
      '已保存 200 条聊天记录，从第一条到最后一条。还没归入案件：请在案件簿「待归档的聊天」里选择案件。',
      '聊天窗口的截图也已保存。',
    ]);
  });

  it('a new capture clears the last job’s line: a failed chat picture is not shown under a new screenshot', async () => {
    const controls = show({ chat: true, start: () => Promise.resolve(null) });
    controls.report({ jobId: 'pics', state: 'failed', done: 1, total: 3, error: 'tab-switched' });
    expect(statusLines()).toHaveLength(1);
    fireEvent.click(screen.getByTestId('capture-visible'));
    await waitFor(() => screen.getByTestId('capture-outcome'));
    expect(statusLines()).toEqual([{ tone: 'ok', text: '已保存到案件（SHA-256 已记录）' }]);
  });
});
