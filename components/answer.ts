// Which step of a route the popup puts first: the platform's official hotline when the route
// has one, else the first in-app route (Weidian has no confirmed number), else the first step.
import { getChannel, hasChannel } from '../rules/channels';
import type { Channel, IvrPath, PhoneChannel } from '../rules/channels/types';
import type { Route, RouteStep } from '../rules/routing';

export interface Primary {
  step: RouteStep;
  channel: Channel;
  /** The in-app step to take before calling, when the primary is a phone line. */
  before?: { step: RouteStep; channel: Channel } | undefined;
}

const withChannel = (step: RouteStep | undefined) =>
  step && hasChannel(step.channelId) ? { step, channel: getChannel(step.channelId) } : undefined;

export function primaryOf(route: Route): Primary | undefined {
  const hotline = withChannel(route.steps.find((s) => s.kind === 'hotline' && s.official));
  const inApp = withChannel(route.steps.find((s) => s.kind === 'in-app'));
  if (hotline) return { ...hotline, before: inApp };
  return inApp ?? withChannel(route.steps[0]);
}

/**
 * Menus that other guides give for the same purpose: paths are named `<who>-<purpose>`, so
 * 'tmall-merchant-after-sales' and 'consumer-after-sales' are two guides' menus for one task.
 */
export function otherMenus(channel: PhoneChannel, chosen: IvrPath): IvrPath[] {
  const topic = (path: IvrPath) => path.id.replace(/^(tmall-merchant|consumer|merchant)-/, '');
  return (channel.ivr ?? []).filter((p) => p.id !== chosen.id && topic(p) === topic(chosen));
}
