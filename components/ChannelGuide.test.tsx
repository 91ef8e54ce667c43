// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { routeFor, type Route } from '../rules/routing';
import { testI18n } from '../tests/support/i18n';
import { ChannelGuide } from './ChannelGuide';
import { I18nContext } from './i18n';

afterEach(cleanup);

describe('route steps', () => {
  it('shows the other steps when one names a channel the registry cannot give', () => {
    const route = routeFor({ problem: 'after-sales-refused' });
    const broken: Route = {
      ...route,
      steps: [{ ...route.steps[0]!, channelId: 'no-such-channel' }, ...route.steps],
    };
    render(
      <I18nContext.Provider value={testI18n('zh')}>
        <ChannelGuide route={broken} now={new Date(Date.UTC(2026, 10, 23, 2))} />
      </I18nContext.Provider>,
    );
    const steps = screen.getByTestId('steps');
    expect(steps.textContent).toContain('这一步的渠道信息暂时无法显示');
    expect(steps.querySelectorAll(':scope > li')).toHaveLength(route.steps.length + 1);
    // Without an order the route still names what it could not determine.
    expect(route.undetermined.length).toBeGreaterThan(0);
    expect(document.body.textContent).toContain(route.undetermined[0]!.zh);
  });
});
