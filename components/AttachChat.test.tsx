// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../lib/case-types';
import { testI18n } from '../tests/support/i18n';
import { AttachChat, type AttachChatApi } from './AttachChat';
import { I18nContext } from './i18n';

afterEach(cleanup);

const chat = {
  url: 'https://im.weidian.com/chat?userId=1',
  title: '与卖家的聊天',
  capturedAt: Date.UTC(2026, 11, 7, 17, 9, 11), // 12月8日 01:09 in Beijing
  ids: [1, 2],
};
const api: AttachChatApi = {
  watch: (show) => (show([chat]), () => undefined),
  attach: () => Promise.resolve(),
};
const weidianCase = {
  id: 5,
  platform: 'weidian',
  orderId: '810275640012345',
  title: '小店',
  status: 'open',
} as CaseSummary;

describe('待归档的聊天', () => {
  it.each([
    ['zh', '2026年12月8日 周二 01:09 保存，2 项', ['选择要归入的案件', '小店 · 订单号 810275640012345']],
    ['en', 'Tue 8 Dec 2026 01:09', ['Choose a case', '小店 · Order no. 810275640012345']],
  ] as const)('says when in the one date style and asks for a case by name (%s)', (lang, when, options) => {
    render(
      <I18nContext.Provider value={testI18n(lang)}>
        <AttachChat api={api} cases={[weidianCase]} />
      </I18nContext.Provider>,
    );
    expect(screen.getByTestId('attach-chat-row').textContent).toContain(when);
    const select = screen.getByTestId('attach-chat-case');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(options);
    expect(screen.getByLabelText(lang === 'zh' ? '归入案件' : /case/i)).toBe(select);
  });
});
