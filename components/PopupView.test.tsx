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
  it('answers first: the Tmall hotline, one open sentence, its keys and the other guide, then the order', () => {
    const { container } = renderPopup(tmallOrder);
    const answer = screen.getByTestId('answer');
    expect(screen.getByTestId('answer-number').textContent).toBe('9510211');
    // The answer comes before the order card in reading order.
    expect(
      answer.compareDocumentPosition(screen.getByTestId('order-id')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByTestId('answer-status').textContent).toBe('现在可以打 · 到 21:00（北京时间）');
    const ivr = screen.getByTestId('ivr');
    expect(ivr.textContent).toMatch(/2.*天猫商家服务.*3.*售后投诉/);
    expect(screen.getByTestId('other-menu').textContent).toContain('另一篇指南说：1 淘宝/天猫消费者服务');
    expect(ivr.textContent).toContain('店托易博客（第三方指南）');
    expect(screen.getByTestId('answer-before').textContent).toContain('申请客服介入');
    // One number, one QR code: the escalation step does not draw 9510211 again.
    const qrs = screen.getAllByTestId('tel-qr').filter((qr) => qr.getAttribute('data-tel') === 'tel:9510211');
    expect(qrs).toHaveLength(1);
    expect(
      container.querySelectorAll('[data-testid="open-status"], [data-testid="answer-status"]'),
    ).toHaveLength(
      new Set([...container.querySelectorAll('[data-testid="phone-number"]')].map((n) => n.textContent))
        .size + 1,
    );
    expect(container.textContent).not.toMatch(/seed|项目调研/);
  });

  it('marks the hotline official and says on whose word', () => {
    renderPopup(tmallOrder);
    expect(screen.getByTestId('answer-number').getAttribute('href')).toBe('tel:9510211');
    expect(screen.getByTestId('official-badge').textContent).toBe('官方号码 · 据指南与号码库');
  });

  it('answers with the in-app route where no number is confirmed (Weidian)', () => {
    renderPopup(state(fixtureJson('weidian/order-detail.expected.json')));
    expect(screen.queryByTestId('answer-number')).toBeNull();
    expect(screen.getByTestId('answer-route').textContent).toContain('微店');
    expect(screen.getByTestId('answer-status').textContent).toContain('随时可以在 App 里提交');
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
