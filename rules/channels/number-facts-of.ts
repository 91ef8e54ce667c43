// What judging a printed number needs from the registry, and nothing more: who a number belongs
// to, how sure the sources are, and how each channel reads as "the official route instead".
// Content scripts carry these facts, not the registry's hours, IVR paths, notes and sources.
import type { Channel, Confidence, Owner, Text } from './types';

export interface NumberFact {
  id: string;
  owner: Owner;
  entity: Text;
  confidence: Confidence;
  /** The number's digits, then its printed aliases' (registry form: landlines keep their 0). */
  digits: string[];
  confirmRouteId?: string;
}

export interface NumberFacts {
  /** The phone channels, in registry order. */
  numbers: NumberFact[];
  /** Every channel as a route reads: "淘宝/天猫官方客服热线 9510211", an in-app path, or its name. */
  routes: Record<string, Text>;
}

function routeText(channel: Channel, lang: 'zh' | 'en'): string {
  if (channel.kind === 'phone') return `${channel.entity[lang]} ${channel.number}`;
  if (channel.kind === 'in-app') return channel.route.map((r) => r[lang]).join(' → ');
  return channel.entity[lang];
}

export function numberFactsOf(channels: readonly Channel[]): NumberFacts {
  const numbers: NumberFact[] = [];
  const routes: Record<string, Text> = {};
  for (const c of channels) {
    routes[c.id] = { zh: routeText(c, 'zh'), en: routeText(c, 'en') };
    if (c.kind !== 'phone') continue;
    numbers.push({
      id: c.id,
      owner: c.owner,
      entity: c.entity,
      confidence: c.confidence,
      digits: [c.digits, ...(c.aliases ?? []).map((a) => a.digits)],
      ...(c.confirmRouteId ? { confirmRouteId: c.confirmRouteId } : {}),
    });
  }
  return { numbers, routes };
}
