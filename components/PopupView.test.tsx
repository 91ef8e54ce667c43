// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageNumber } from '../lib/messages';
import type { Detection } from '../rules/types';
import type { CaptureControls } from './CaptureBar';
import { fixtureJson } from '../tests/support/fixtures';
import { testI18n } from '../tests/support/i18n';
import { I18nContext } from './i18n';
import type { PagePlace } from './NoOrderPage';
import { PopupView, type PopupModel } from './PopupView';

afterEach(cleanup);

// 2026-11-23 10:00 in Shanghai (a Monday), written in UTC so the machine's zone does not matter.
const MONDAY_10AM_SHANGHAI = new Date(Date.UTC(2026, 10, 23, 2, 0));

function renderPopup(
  model: PopupModel,
  lang: 'zh' | 'en' = 'zh',
  page: { place?: PagePlace; numbers?: PageNumber[]; capture?: CaptureControls } = {},
) {
  return render(
    <I18nContext.Provider value={testI18n(lang)}>
      <PopupView model={model} now={MONDAY_10AM_SHANGHAI} {...page} />
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

/** The capture buttons as the popup page hands them down; `chat` for a seller chat. */
const captureFor = (chat: boolean): CaptureControls => ({
  start: vi.fn(() => Promise.resolve(null)),
  cancel: vi.fn(() => Promise.resolve()),
  choices: [],
  askOrder: !chat,
  chat,
});

/** What the chat fixture's scan reports: a 400 number pushed as a 理赔专线. */
const PUSHED: PageNumber = {
  text: '400-123-4567',
  digits: '4001234567',
  verdict: 'suspicious',
  reasons: [
    { zh: '自称理赔专线，但不是平台的号码', en: 'Claims to be a claims line; not the platform’s number' },
  ],
  officialRoute: { zh: '淘宝/天猫官方客服 9510211', en: 'Taobao/Tmall service 9510211' },
};

const NO_REPORT: PopupModel = { kind: 'no-report' };
const follows = (a: Element, b: Element) =>
  !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
const platformPicked = () => screen.getByTestId<HTMLSelectElement>('guide-platform').value;
const NO_ORDER_HEADLINE = /识别到订单|不是订单页/;

describe('popup on a page without an order', () => {
  it('on a seller chat: save the chat first, then the number it pushed, then Taobao’s route', () => {
    const { container } = renderPopup(NO_REPORT, 'zh', {
      place: { platform: 'taobao', chat: true },
      numbers: [PUSHED],
      capture: captureFor(true),
    });
    const save = screen.getByTestId('capture-chat');
    const numbers = screen.getByTestId('page-numbers');
    expect(save.closest('[data-testid="capture"]')!.textContent).toContain('先把这段聊天存下来');
    // The chat button is the capture bar's first.
    expect(save.parentElement!.firstElementChild).toBe(save);
    expect(follows(save, numbers)).toBe(true);
    expect(numbers.textContent).toMatch(/400-123-4567.*冒用平台名义/);
    expect(follows(numbers, screen.getByTestId('guide-platform'))).toBe(true);
    expect(platformPicked()).toBe('taobao');
    expect(screen.getByTestId('steps').textContent).toContain('淘宝');
    expect(container.textContent).not.toMatch(NO_ORDER_HEADLINE);
    expect(container.textContent).not.toContain('淘宝/天猫的通用途径');
  });

  it('on a chat that pushed no number, says so and what never to agree to', () => {
    renderPopup(NO_REPORT, 'zh', { place: { platform: 'weidian', chat: true }, capture: captureFor(true) });
    const none = screen.getByTestId('chat-no-numbers');
    expect(follows(screen.getByTestId('capture-chat'), none)).toBe(true);
    expect(none.textContent).toContain('微信');
    expect(platformPicked()).toBe('weidian');
  });

  it('on a Weidian page: Weidian’s route, never Tmall’s hotline, and no shop-type choice', () => {
    const { container } = renderPopup(NO_REPORT, 'zh', { place: { platform: 'weidian', chat: false } });
    expect(platformPicked()).toBe('weidian');
    const steps = screen.getByTestId('steps').textContent ?? '';
    expect(steps).toContain('微店');
    expect(steps).not.toMatch(/9510211|天猫/);
    expect(screen.queryByLabelText('什么店铺？')).toBeNull();
    expect(container.textContent).not.toMatch(NO_ORDER_HEADLINE);
    expect(screen.getByText(/打开这笔订单的详情页/)).toBeTruthy();
  });

  it('on a Tmall page that is not an order page: Tmall’s route, no warning card', () => {
    renderPopup(state({ detected: false, reason: 'not-an-order-page' }), 'zh', {
      place: { platform: 'tmall', chat: false },
    });
    expect(platformPicked()).toBe('tmall');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('on any other page: its numbers first, then 「在哪个平台买的？」 before any steps', () => {
    const { container } = renderPopup(NO_REPORT, 'zh', { place: { chat: false }, numbers: [PUSHED] });
    const question = screen.getByTestId('platform-question');
    expect(follows(screen.getByTestId('page-numbers'), question)).toBe(true);
    expect(screen.queryByTestId('steps')).toBeNull();
    expect(container.textContent).not.toMatch(NO_ORDER_HEADLINE);
    fireEvent.click(screen.getByRole('button', { name: '微店' }));
    expect(screen.getByTestId('steps').textContent).toContain('微店');
  });

  it('on an order page it could not read: says so and what to try, then that platform’s route', () => {
    renderPopup(state({ detected: false, reason: 'no-order-data', detail: 'detailData: missing' }), 'zh', {
      place: { platform: 'weidian', chat: false },
    });
    const card = screen.getByRole('status');
    expect(card.textContent).toContain('未识别到订单');
    expect(card.textContent).toContain('刷新这一页');
    // The reader's notes are there for a bug report, folded away from the shopper.
    expect(card.querySelector('details')!.open).toBe(false);
    expect(platformPicked()).toBe('weidian');
  });
});
