// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../tests/support/i18n';
import { CaptureBar, type CaptureControls } from './CaptureBar';
import { I18nContext } from './i18n';

afterEach(cleanup);

const ORDER = { platform: 'taobao' as const, orderId: '4865640015090004803', label: '某某店' };

function show(over: Partial<CaptureControls>) {
  const controls: CaptureControls = {
    start: vi.fn(() => Promise.resolve(null)),
    cancel: vi.fn(() => Promise.resolve()),
    choices: [ORDER],
    askOrder: false,
    chat: false,
    ...over,
  };
  render(
    <I18nContext.Provider value={testI18n('zh')}>
      <CaptureBar controls={controls} />
    </I18nContext.Provider>,
  );
  return controls;
}

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
});
