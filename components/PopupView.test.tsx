// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Detection } from '../rules/types';
import { fixtureJson } from '../tests/support/fixtures';
import { testI18n } from '../tests/support/i18n';
import { I18nContext } from './i18n';
import { PopupView, type PopupModel } from './PopupView';

afterEach(cleanup);

// 2026-11-23 10:00 in Shanghai (a Monday), written in UTC so the machine's zone does not matter.
const MONDAY_10AM_SHANGHAI = new Date(Date.UTC(2026, 10, 23, 2, 0));

function renderPopup(model: PopupModel, lang: 'zh' | 'en' = 'zh') {
  return render(
    <I18nContext.Provider value={testI18n(lang)}>
      <PopupView model={model} now={MONDAY_10AM_SHANGHAI} />
    </I18nContext.Provider>,
  );
}

const state = (detection: unknown): PopupModel => ({ kind: 'report', detection: detection as Detection });
const tmallOrder = state(fixtureJson('tmall/order-detail-2025-11.expected.json'));

describe('popup view', () => {
  it('shows the order, then the in-app route before the Tmall hotline with its IVR and source', () => {
    const { container } = renderPopup(tmallOrder);
    expect(screen.getByTestId('order-id').textContent).toBe('4864583305858004803');
    expect(screen.getByTestId('seller').textContent).toContain('3dsway旗舰店');
    const text = container.textContent ?? '';
    expect(text).toContain('天猫第三方店铺');
    expect(text.indexOf('申请售后')).toBeGreaterThan(-1);
    expect(text.indexOf('申请售后')).toBeLessThan(text.indexOf('9510211'));
    const ivr = screen.getByTestId('ivr');
    expect(ivr.textContent).toMatch(/2.*3/);
    expect(ivr.querySelector('[data-source="seed-000"]')).not.toBeNull();
    expect(text).toContain('现在在服务时间内（北京时间 10:00）');
  });

  it('marks the hotline official only because the registry rates it high', () => {
    renderPopup(tmallOrder);
    const number = screen.getAllByTestId('phone-number').find((el) => el.textContent === '9510211')!;
    expect(number.getAttribute('href')).toBe('tel:9510211');
    expect(number.parentElement?.textContent).toContain('官方');
  });

  it('warns when the order page came over plain http, and only then', () => {
    renderPopup({ ...tmallOrder, insecure: true } as PopupModel);
    expect(screen.getByTestId('insecure-page').textContent).toContain('不是 HTTPS 加密连接');
    cleanup();
    renderPopup(tmallOrder);
    expect(screen.queryByTestId('insecure-page')).toBeNull();
  });

  it('says plainly why no order was recognised', () => {
    renderPopup(state({ detected: false, reason: 'order-id-mismatch', detail: 'URL 1 ≠ page 2' }));
    expect(screen.getByRole('status').textContent).toContain('未识别到订单');
    expect(screen.getByRole('status').textContent).toContain('不一致');
  });

  it('renders page text as text, never as markup', () => {
    const detection = fixtureJson<{ orders: Array<{ sellerNick: string }> }>(
      'tmall/order-detail-2025-11.expected.json',
    );
    detection.orders[0]!.sellerNick = '<img src=x onerror="alert(1)">';
    const { container } = renderPopup(state(detection));
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('seller').textContent).toContain('<img src=x');
  });

  it('speaks English when the browser does', () => {
    const { container } = renderPopup(tmallOrder, 'en');
    expect(container.textContent).toContain('Third-party Tmall store');
  });
});
