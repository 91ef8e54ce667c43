// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CASE_TEXT_LIMITS,
  TextTooLongError,
  type CaseSummary,
  type EvidenceSummary,
} from '../lib/case-types';
import { testI18n } from '../tests/support/i18n';
import type { Order } from '../rules/types';
import { CaseCard, type CaseActions } from './CaseCard';
import { I18nContext } from './i18n';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const item = (over: Partial<EvidenceSummary>): EvidenceSummary => ({
  id: 1,
  uid: 'u1',
  kind: 'full-page',
  title: '订单详情',
  url: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803',
  capturedAt: Date.UTC(2026, 10, 22, 7, 0),
  capturedAtShanghai: '2026-11-22 15:00:00 +08:00',
  mimeType: 'image/png',
  size: 2_400_000,
  sha256: 'a'.repeat(64),
  partial: false,
  ...over,
});

const summary: CaseSummary = {
  id: 7,
  platform: 'tmall',
  orderId: '4864583305858004803',
  title: '3dsway旗舰店',
  status: 'open',
  createdAt: 0,
  updatedAt: 0,
  calls: [],
  items: [
    item({}),
    item({ id: 2, uid: 'u2', kind: 'file', title: 'box.mp4', mimeType: 'video/mp4', url: '', partial: true }),
  ],
};

function actions(over: Partial<CaseActions> = {}): CaseActions {
  return {
    verify: vi.fn(() =>
      Promise.resolve({ ok: true, entries: 3, items: 2, chainProblems: [], itemProblems: [] }),
    ),
    addFiles: () => () => Promise.resolve([]),
    remove: vi.fn(() => Promise.resolve()),
    update: vi.fn(() => Promise.resolve()),
    load: vi.fn(() => Promise.resolve(new Blob(['x'], { type: 'image/png' }))),
    ...over,
  };
}

const show = (a: CaseActions, s = summary, order?: Order) =>
  render(
    <I18nContext.Provider value={testI18n('zh')}>
      <CaseCard summary={s} actions={a} order={order} />
    </I18nContext.Provider>,
  );

/** The checklist entries ticked and locked, and the words their box gives for it. */
const ticked = (container: Element) =>
  [...container.querySelectorAll('[data-covered="yes"]')].map(
    (li) => `${li.textContent?.trim()} · ${li.querySelector('input')?.title}`,
  );

describe('case card', () => {
  it('says why an over-long note was not saved, and refuses an over-long deletion reason', async () => {
    const update = vi.fn(() => Promise.reject(new TextTooLongError('notes', 20_001)));
    const remove = vi.fn(() => Promise.resolve());
    show(actions({ update, remove }));
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'x'.repeat(100) } });
    fireEvent.click(screen.getByText('保存备注'));
    await waitFor(() =>
      expect(screen.getByTestId('case-refused').textContent).toBe(
        '最多 20000 字（现在 20001 字），请删减后再保存',
      ),
    );
    vi.stubGlobal('prompt', () => 'y'.repeat(CASE_TEXT_LIMITS.reason + 1));
    fireEvent.click(screen.getAllByTestId('delete-evidence')[0]!);
    expect(remove).not.toHaveBeenCalled();
    expect(screen.getByTestId('case-refused').textContent).toContain('20000');
  });

  it('shows the timeline in Beijing time with kind, size, partial mark and hash', () => {
    show(actions());
    const rows = screen.getAllByTestId('evidence-item');
    expect(rows.map((r) => r.dataset.kind)).toEqual(['full-page', 'file']);
    expect(rows[0]!.textContent).toContain('2026年11月22日 周日 15:00');
    expect(rows[0]!.textContent).toContain('整页截图');
    expect(rows[0]!.textContent).toContain('2.4 MB');
    expect(rows[1]!.textContent).toContain('未完整');
    expect(rows[0]!.textContent).toContain('a'.repeat(64));
  });

  it('ticks the checklist entries the saved items cover, and only those', () => {
    const { container } = show(actions());
    const covered = [...container.querySelectorAll('[data-covered="yes"]')].map((li) => li.textContent);
    expect(covered.some((text) => text?.includes('订单号'))).toBe(true);
    const unticked = [...container.querySelectorAll('.checklist li:not([data-covered])')];
    expect(unticked.length).toBeGreaterThan(0);
  });

  it('ticks what the case already holds from its order page, before the order page is captured', () => {
    const order: Order = {
      orderId: summary.orderId,
      shopName: '3dsway旗舰店',
      shopType: 'tmall',
      items: [{ title: '四盘3D打印耗材干燥箱', quantity: 1, price: '149.80' }],
      createdAt: '2025-11-08 21:03:17',
    };
    const { container } = show(actions(), { ...summary, items: [] }, order);
    expect(ticked(container)).toEqual([
      '订单号（复制下来） · 案件里已有',
      '下单时间 · 案件里已有',
      '商品名称 · 案件里已有',
      '店铺名称 · 案件里已有',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: /还缺/ }).textContent).toBe('还缺 5 项证据');
  });

  it('without the order page seen, ticks only the order number the case was made with', () => {
    const { container } = show(actions(), { ...summary, items: [] });
    expect(ticked(container)).toEqual(['订单号（复制下来） · 案件里已有']);
  });

  it('draws an icon for an item without a thumbnail, never an emoji (a box without an emoji font)', () => {
    show(actions());
    for (const row of screen.getAllByTestId('evidence-item')) {
      const thumb = row.querySelector('.thumb')!;
      expect(thumb.querySelector('svg.kind-icon path')).toBeTruthy();
      expect(thumb.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
    }
  });

  it('reports the integrity check, naming what failed', async () => {
    const broken = actions({
      verify: () =>
        Promise.resolve({
          ok: false,
          entries: 3,
          items: 2,
          chainProblems: [{ seq: 2, problem: 'bad-hash' }],
          itemProblems: [{ title: 'box.mp4', problem: 'hash-mismatch' }],
        }),
    });
    show(broken);
    fireEvent.click(screen.getByText('校验完整性'));
    await waitFor(() => screen.getByTestId('chain-broken'));
    expect(screen.getByTestId('chain-broken').textContent).toContain('box.mp4: 内容已改变');
  });

  it('asks why before deleting, and keeps the item when the shopper cancels', () => {
    const remove = vi.fn(() => Promise.resolve());
    show(actions({ remove }));
    const ask = vi.fn().mockReturnValueOnce(null).mockReturnValueOnce('拍错了');
    vi.stubGlobal('prompt', ask);
    fireEvent.click(screen.getAllByTestId('delete-evidence')[0]!);
    expect(remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getAllByTestId('delete-evidence')[0]!);
    expect(remove).toHaveBeenCalledWith(summary.items[0], '拍错了');
    vi.unstubAllGlobals();
  });
});
