// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../lib/case-types';
import { testI18n } from '../tests/support/i18n';
import type { BundleApi } from './BundleActions';
import { caseIdOf } from './case-route';
import { CasebookView } from './CasebookView';
import { I18nContext } from './i18n';

afterEach(() => {
  cleanup();
  location.hash = '';
});

const at = Date.UTC(2026, 11, 7, 1, 30); // 12月7日 09:30 in Beijing
const cases: CaseSummary[] = [
  {
    id: 3,
    platform: 'tmall',
    orderId: '4864583305858004803',
    title: '3dsway旗舰店',
    status: 'open',
    createdAt: at - 86_400_000,
    updatedAt: at - 86_400_000,
    calls: [],
    items: [
      {
        id: 1,
        uid: 'u1',
        kind: 'full-page',
        title: '订单详情',
        url: 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803',
        capturedAt: at,
        capturedAtShanghai: '2026-12-07 09:30:00 +08:00',
        mimeType: 'image/png',
        size: 1000,
        sha256: 'b'.repeat(64),
        partial: false,
      },
    ],
  },
  {
    id: 4,
    platform: 'weidian',
    orderId: '810275640012345',
    title: '小店',
    status: 'resolved',
    createdAt: at,
    updatedAt: at,
    calls: [],
    items: [],
  },
];

const bundle = {} as BundleApi;
const orders = [
  {
    platform: 'tmall' as const,
    order: {
      orderId: '4864583305858004803',
      shopType: 'tmall' as const,
      items: [{ title: '3D 打印机喷头' }],
      amount: '126.80',
      createdAt: '2025-11-17 15:34:02',
    },
  },
];
const show = () =>
  render(
    <I18nContext.Provider value={testI18n('zh')}>
      <CasebookView cases={cases} orders={orders} now={new Date(at + 3_600_000)} bundle={bundle} />
    </I18nContext.Provider>,
  );
const go = async (hash: string) =>
  act(() => {
    location.hash = hash;
    dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('casebook: case list, then one case', () => {
  it('lists every case with platform, shop, order, status, item count and last activity', () => {
    show();
    const rows = screen.getAllByTestId('case-row');
    expect(rows.map((row) => row.textContent)).toEqual([
      '天猫 3dsway旗舰店 进行中订单号 4864583305858004803 · 1 项证据 · 最近更新：09:30',
      '微店 小店 已解决订单号 810275640012345 · 0 项证据 · 最近更新：09:30',
    ]);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('#case=3');
    expect(screen.queryByTestId('case')).toBeNull();
  });

  it('opens one case from the address: export first, then what is missing, the timeline, 详情 folded', async () => {
    show();
    await go('#case=3');
    const view = screen.getByTestId('case');
    expect(view.textContent).toContain('4864583305858004803');
    expect(screen.getByTestId('case-order').textContent).toBe(
      '3D 打印机喷头 · 实付款 ¥126.80 · 下单时间 2025年11月17日 周一 15:34',
    );
    const order = [
      view.querySelector('[data-testid="bundle-export"]'),
      view.querySelector('#missing-heading'),
      view.querySelector('[data-testid="evidence-item"]'),
      view.querySelector('[data-testid="case-details"]'),
    ];
    expect(order.every(Boolean)).toBe(true);
    for (let i = 1; i < order.length; i++)
      expect(
        order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    expect(view.querySelector('#missing-heading')!.textContent).toMatch(/^还缺 \d+ 项证据$/);
    expect((view.querySelector('[data-testid="case-details"]') as HTMLDetailsElement).open).toBe(false);
    expect(screen.queryByTestId('case-row')).toBeNull();
    expect(screen.getByTestId('back-to-cases').getAttribute('href')).toBe('#');
    await go('');
    expect(screen.getAllByTestId('case-row')).toHaveLength(2);
  });

  it('beside the list, asks which platform instead of showing Taobao/Tmall steps; an open case uses its own', async () => {
    show();
    await waitFor(() => screen.getByTestId('platform-question'));
    expect(screen.queryByTestId('steps')).toBeNull();
    await go('#case=4');
    await waitFor(() => screen.getByTestId('steps'));
    expect(screen.queryByTestId('platform-question')).toBeNull();
    expect(screen.getByTestId('steps').textContent).toContain('微店');
  });

  it('says a case is not there instead of showing an empty page', async () => {
    show();
    await go('#case=99');
    expect(screen.getByRole('status').textContent).toBe('找不到这个案件，可能已被删除。');
  });

  it('reads only #case=<digits> as a case', () => {
    expect(caseIdOf('#case=12')).toBe(12);
    expect(['', '#', '#case=', '#case=1x', '#case=-1', '#other=3'].map(caseIdOf)).toEqual(
      Array(6).fill(undefined),
    );
  });
});
