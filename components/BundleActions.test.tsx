// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../tests/support/i18n';
import { BundleActions, type BundleApi, type ExportChoices } from './BundleActions';
import { I18nContext } from './i18n';

afterEach(cleanup);

function fakeApi(over: Partial<BundleApi> = {}): BundleApi {
  return {
    exportCase: vi.fn((_id: number, _choices: ExportChoices, progress: (d: number, t: number) => void) => {
      progress(5, 10);
      return Promise.resolve({ blob: new Blob(['zip']), fileName: 'weiquan-tmall-1.zip', problems: [] });
    }),
    exportBackup: vi.fn(() =>
      Promise.resolve({
        blob: new Blob(['zip']),
        fileName: 'weiquan-backup.zip',
        problems: [],
      }),
    ),
    importBundle: vi.fn(() =>
      Promise.resolve({
        cases: [{ orderId: '4864583305858004803', title: '3dsway旗舰店', items: 4 }],
        skipped: 0,
      }),
    ),
    restoreBackup: vi.fn(() => Promise.resolve({ cases: [], skipped: 2 })),
    ...over,
  };
}

const show = (api: BundleApi, caseId?: number) =>
  render(
    <I18nContext.Provider value={testI18n('zh')}>
      <BundleActions api={api} {...(caseId === undefined ? {} : { caseId })} />
    </I18nContext.Provider>,
  );

describe('BundleActions', () => {
  it('exports a case with the details the shopper typed and offers the file', async () => {
    const api = fakeApi();
    show(api, 7);
    fireEvent.click(screen.getByTestId('bundle-export-open'));
    fireEvent.input(screen.getByTestId('bundle-phone'), { target: { value: '13812345678' } });
    fireEvent.input(screen.getByTestId('bundle-address'), { target: { value: '杭州市' } });
    expect(screen.getByTestId<HTMLInputElement>('bundle-redact').checked).toBe(true);
    fireEvent.click(screen.getByTestId('bundle-export-start'));
    await waitFor(() =>
      expect(screen.getByTestId('bundle-download').getAttribute('download')).toBe('weiquan-tmall-1.zip'),
    );
    expect(api.exportCase).toHaveBeenCalledWith(
      7,
      { complainant: { name: '', phone: '13812345678', address: '杭州市' }, redact: true },
      expect.any(Function),
      expect.any(AbortSignal),
    );
  });

  it('warns about items exported although they no longer match their hash', async () => {
    const api = fakeApi({
      exportCase: () =>
        Promise.resolve({
          blob: new Blob(['z']),
          fileName: 'a.zip',
          problems: [{ path: 'data/evidence/001.png', title: '订单详情', problem: 'hash-mismatch' }],
        }),
    });
    show(api, 7);
    fireEvent.click(screen.getByTestId('bundle-export-open'));
    fireEvent.click(screen.getByTestId('bundle-export-start'));
    await waitFor(() =>
      expect(screen.getByTestId('bundle-warnings').textContent).toContain('订单详情 (data/evidence/001.png)'),
    );
  });

  it('shows progress and cancels through the signal', async () => {
    let seen: AbortSignal | undefined;
    const api = fakeApi({
      exportCase: (_id, _c, progress, signal) =>
        new Promise((_resolve, reject) => {
          seen = signal;
          progress(3, 4);
          signal.addEventListener('abort', () =>
            reject(
              Object.assign(new Error('cancelled'), { text: { zh: '已取消导出', en: 'Export cancelled' } }),
            ),
          );
        }),
    });
    show(api, 7);
    fireEvent.click(screen.getByTestId('bundle-export-open'));
    fireEvent.click(screen.getByTestId('bundle-export-start'));
    await waitFor(() => expect(screen.getByTestId('bundle-progress').textContent).toContain('75%'));
    fireEvent.click(screen.getByTestId('bundle-cancel'));
    expect(seen?.aborted).toBe(true);
    await waitFor(() => expect(screen.getByTestId('bundle-error').textContent).toBe('已取消导出'));
  });

  it('imports a picked bundle and names what was imported, or why it was refused', async () => {
    const api = fakeApi();
    show(api);
    const file = new File(['zip'], 'bundle.zip', { type: 'application/zip' });
    fireEvent.change(screen.getByTestId('bundle-import'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByTestId('bundle-result').textContent).toContain(
        '3dsway旗舰店 · 4864583305858004803 · 4',
      ),
    );
    cleanup();
    show(
      fakeApi({
        importBundle: () =>
          Promise.reject(
            Object.assign(new Error('x'), { text: { zh: '不安全的文件名“../a”', en: 'Unsafe' } }),
          ),
      }),
    );
    fireEvent.change(screen.getByTestId('bundle-import'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('不安全的文件名“../a”'));
  });

  it('backs up and restores everything', async () => {
    const api = fakeApi();
    show(api);
    fireEvent.click(screen.getByTestId('bundle-backup'));
    await waitFor(() => expect(screen.getByTestId('bundle-download').textContent).toBe('weiquan-backup.zip'));
    fireEvent.change(screen.getByTestId('bundle-restore'), { target: { files: [new File(['z'], 'b.zip')] } });
    await waitFor(() => expect(screen.getByTestId('bundle-result').textContent).toContain('2'));
    expect(api.restoreBackup).toHaveBeenCalled();
  });

  it('says how many chats to file a restore brought back, and not that there was nothing new', async () => {
    const restoreBackup = vi.fn(() =>
      Promise.resolve({ cases: [], skipped: 1, unattached: 3, unattachedChats: 2 }),
    );
    show(fakeApi({ restoreBackup }));
    fireEvent.change(screen.getByTestId('bundle-restore'), { target: { files: [new File(['z'], 'b.zip')] } });
    await waitFor(() => screen.getByTestId('bundle-result'));
    expect([...screen.getByTestId('bundle-result').querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      '已恢复 2 段待归档的聊天（3 项），请在「待归档的聊天」里归入案件。',
      '已在这里、跳过的案件： 1',
    ]);
  });
});
