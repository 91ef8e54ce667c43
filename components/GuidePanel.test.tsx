// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Order } from '../rules/types';
import { testI18n } from '../tests/support/i18n';
import { GuidePanel } from './GuidePanel';
import { I18nContext } from './i18n';

afterEach(cleanup);

/** Wall-clock moments in Shanghai, written in UTC so the machine's zone does not matter. */
const shanghai = (month: number, day: number, hour: number, minute = 0) =>
  new Date(Date.UTC(2026, month - 1, day, hour - 8, minute));

const order: Order = {
  orderId: '4864583305858004803',
  sellerNick: '3dsway旗舰店',
  shopType: 'tmall',
  items: [{ title: '四盘3D打印耗材干燥箱', quantity: 1, price: '149.80' }],
  amount: '126.80',
};

function renderGuide(props: Partial<Parameters<typeof GuidePanel>[0]> = {}) {
  return render(
    <I18nContext.Provider value={testI18n('zh')}>
      <GuidePanel now={shanghai(11, 23, 10)} {...props} />
    </I18nContext.Provider>,
  );
}

describe('channel guide', () => {
  it('fills the call script with the order, order number first', () => {
    renderGuide({ order, platform: 'tmall' });
    const script = screen.getByTestId<HTMLTextAreaElement>('call-script').value;
    expect(script).toContain('4864583305858004803');
    expect(script.indexOf('4864583305858004803')).toBeLessThan(script.indexOf('3dsway旗舰店'));
  });

  it('answers a different problem with different steps', () => {
    renderGuide({ order, platform: 'tmall' });
    const before = screen.getByTestId('steps').textContent;
    fireEvent.change(screen.getByTestId('problem-picker'), { target: { value: 'suspicious-contact' } });
    const after = screen.getByTestId('steps').textContent ?? '';
    expect(after).not.toBe(before);
    expect(after).toMatch(/110|96110/);
  });

  it('says when the hotline is closed and when it opens next, in Shanghai time', () => {
    renderGuide({ order, platform: 'tmall', now: shanghai(11, 23, 22, 30) });
    const status = screen.getAllByTestId('open-status')[0]!.textContent ?? '';
    expect(status).toBe('已下班 · 明天 09:00 开（北京时间）');
  });

  it('advises against calling on 双11', () => {
    renderGuide({ order, platform: 'tmall', now: shanghai(11, 11, 10) });
    expect(screen.getAllByTestId('best-time')[0]!.textContent).toContain('双11');
  });

  it('still guides when the clock is far off, and says it cannot tell the hours', () => {
    renderGuide({ order, platform: 'tmall', now: new Date(Date.UTC(1999, 0, 1)) });
    expect(screen.getAllByTestId('phone-number')[0]!.textContent).toBe('9510211');
    expect(screen.getAllByTestId('open-status')[0]!.textContent).not.toContain('现在可以打');
  });

  it('offers a QR code of the tel: link for each phone step', () => {
    renderGuide({ order, platform: 'tmall' });
    const qr = screen.getAllByTestId('tel-qr')[0]!;
    expect(qr.getAttribute('data-tel')).toBe('tel:9510211');
    // One module per dark cell, drawn as one path: a real code has well over 50 of them.
    expect(qr.querySelector('path')?.getAttribute('d')?.split('M').length).toBeGreaterThan(50);
  });

  it('works without an order: the shopper picks Weidian and gets no invented Weidian number', () => {
    renderGuide();
    const [platform] = screen.getByTestId('manual-choice').querySelectorAll('select');
    fireEvent.change(platform!, { target: { value: 'weidian' } });
    const steps = screen.getByTestId('steps').textContent ?? '';
    expect(steps).toContain('平台介入');
    expect(screen.queryAllByTestId('phone-number').map((n) => n.textContent)).not.toContain('400-680-8581');
    expect(screen.getByText('打开订单页后，可把通话结果保存到这个订单的案件里。')).toBeTruthy();
  });

  it('records the call answers through the save callback and says saved', async () => {
    const save = vi.fn().mockResolvedValue(null);
    renderGuide({ order, platform: 'tmall', onSaveCall: save });
    fireEvent.input(screen.getByTestId('call-caseNumber'), { target: { value: 'TM2025XXXX' } });
    fireEvent.input(screen.getByTestId('call-agentId'), { target: { value: '8123' } });
    fireEvent.click(screen.getByTestId('call-save'));
    await waitFor(() => expect(screen.getByTestId('call-status').textContent).toBe('已保存'));
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({ dialled: '9510211', caseNumber: 'TM2025XXXX', agentId: '8123' }),
    );
  });

  it('shows the fraud guard every time', () => {
    renderGuide();
    expect(screen.getByTestId('fraud-guard').textContent).toContain('验证码');
  });

  it('asked for the platform (no order, no case), shows no platform’s steps until the shopper picks one', () => {
    renderGuide({ askPlatform: true });
    expect(screen.queryByTestId('steps')).toBeNull();
    expect(screen.queryAllByTestId('phone-number')).toEqual([]);
    const question = screen.getByTestId('platform-question');
    expect(question.querySelector('legend')!.textContent).toBe('在哪个平台买的？');
    expect([...question.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      '淘宝',
      '天猫',
      '微店',
    ]);
    fireEvent.click(screen.getByRole('button', { name: '微店' }));
    expect(screen.getByTestId('steps').textContent).toContain('平台介入');
    expect(screen.queryAllByTestId('phone-number').map((n) => n.textContent)).not.toContain('9510211');
    const [platform] = screen.getByTestId('manual-choice').querySelectorAll('select');
    expect(platform!.value).toBe('weidian');
  });
});
