// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Detection } from '../rules/types';
import { fixtureJson } from '../tests/support/fixtures';
import { testI18n } from '../tests/support/i18n';
import { I18nContext } from './i18n';
import { PopupView } from './PopupView';

afterEach(cleanup);

// The real Tmall order auto-confirms at 2025-11-17 15:34 Shanghai (its detailData countdown).
const tmall = fixtureJson<Detection>('tmall/order-detail-2025-11.expected.json');
const ORDER = '4864583305858004803';
const shanghai = (day: number, hour: number) => new Date(Date.UTC(2025, 10, day, hour - 8, 34));

function popup(detection: Detection, now: Date, openCases: string[], lang: 'zh' | 'en' = 'zh') {
  return render(
    <I18nContext.Provider value={testI18n(lang)}>
      <PopupView model={{ kind: 'report', detection }} now={now} openCases={new Set(openCases)} />
    </I18nContext.Provider>,
  );
}

describe('自动确认收货 warning in the popup', () => {
  it('shows the deadline on the order card', () => {
    popup(tmall, shanghai(10, 12), []);
    expect(screen.getByTestId('auto-confirm-by').textContent).toBe('11月17日 周一 15:34');
  });

  it('says a passed deadline has passed instead of counting 0 hours', () => {
    popup(tmall, new Date(Date.UTC(2026, 10, 20, 2)), [ORDER]);
    expect(screen.queryByTestId('auto-confirm-warning')).toBeNull();
    expect(screen.getByTestId('auto-confirm-passed').textContent).toContain(
      '自动确认收货的时间（2025年11月17日 周一 15:34）已经过了',
    );
  });

  it('warns with the hours left and the in-app 延长收货 route when a case is open and < 3 days remain', () => {
    popup(tmall, shanghai(15, 15), [ORDER]);
    const warning = screen.getByTestId('auto-confirm-warning');
    expect(warning.textContent).toContain('还剩约 48 小时自动确认收货');
    expect(warning.textContent).toContain('延长收货');
    expect(warning.querySelector('.sources')?.textContent).toBe('据湖北龙网（第三方指南）');
    expect(warning.querySelector('.sources a')?.getAttribute('href')).toBe(
      'http://hubeilong.com/c/1005434411H024.html',
    );
  });

  it('says it in English too', () => {
    popup(tmall, shanghai(17, 14), [ORDER], 'en');
    expect(screen.getByTestId('auto-confirm-warning').textContent).toContain(
      'About 1 h until receipt auto-confirms',
    );
  });

  it.each([
    ['no case is open', shanghai(15, 15), []],
    ['3 days or more remain', shanghai(14, 15), [ORDER]],
    ['another order has the case', shanghai(15, 15), ['4864583305858004804']],
  ])('stays quiet when %s', (_name, now, cases) => {
    popup(tmall, now, cases);
    expect(screen.queryByTestId('auto-confirm-warning')).toBeNull();
  });

  it('names Weidian’s escrow instead of a Taobao route', () => {
    const weidian = fixtureJson<Detection>('weidian/order-detail-legacy-path-rendered.expected.json');
    popup(weidian, new Date(Date.UTC(2026, 4, 6, 2, 36)), ['832019876540012']);
    const warning = screen.getByTestId('auto-confirm-warning');
    expect(warning.textContent).toContain('还剩约 48 小时');
    expect(warning.textContent).toContain('款项即打给卖家');
    expect(warning.querySelector('.sources')?.textContent).toBe('据路由通资讯站（第三方指南）');
  });
});
