import { describe, expect, it } from 'vitest';
import { NUMBER_FACTS } from './number-facts';
import { CHANNELS, getChannel, phoneChannels } from './registry';

describe('number facts (what the phone judge reads of the registry)', () => {
  it('has every phone channel with its digits and aliases, and nothing of other kinds', () => {
    expect(NUMBER_FACTS.numbers.map((n) => n.id)).toEqual(phoneChannels().map((c) => c.id));
    const hotline = NUMBER_FACTS.numbers.find((n) => n.digits.includes('9510211'));
    expect(hotline).toMatchObject({ owner: 'alibaba-taobao', confidence: 'high' });
    for (const channel of phoneChannels()) {
      const fact = NUMBER_FACTS.numbers.find((n) => n.id === channel.id)!;
      expect(fact.digits).toEqual([channel.digits, ...(channel.aliases ?? []).map((a) => a.digits)]);
      expect(fact.confirmRouteId).toBe(channel.confirmRouteId);
    }
  });

  it('reads each channel as a route: a phone with its number, an in-app channel as its taps', () => {
    expect(NUMBER_FACTS.routes['merchant-chat']!.zh).toBe('订单详情页 → 联系卖家 / 联系客服');
    const phone = phoneChannels()[0]!;
    expect(NUMBER_FACTS.routes[phone.id]!.zh).toBe(`${phone.entity.zh} ${phone.number}`);
    expect(Object.keys(NUMBER_FACTS.routes).sort()).toEqual(CHANNELS.map((c) => c.id).sort());
    expect(getChannel('merchant-chat').kind).toBe('in-app');
  });
});
