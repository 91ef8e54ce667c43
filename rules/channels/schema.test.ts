import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, getChannel } from './registry';
import { channelSchema, describeRegistryProblems, parseChannel } from './schema';
import type { Channel } from './types';

// Compile-time: the schema and the hand-written types describe the same records.
const toType = (c: z.infer<typeof channelSchema>): Channel => c;
const toSchema = (c: Channel): z.infer<typeof channelSchema> => c;

const clone = (id: string): Record<string, unknown> =>
  structuredClone(getChannel(id)) as unknown as Record<string, unknown>;

describe('channel schema', () => {
  it('accepts every record and the registry as a whole', () => {
    for (const c of CHANNELS) expect(() => parseChannel(c), c.id).not.toThrow();
    expect(describeRegistryProblems(CHANNELS)).toBeNull();
    expect(toSchema(toType(CHANNELS[0] as Channel))).toBeDefined();
  });

  it('rejects a phone record without digits, naming the field', () => {
    const bad = clone('taobao-tmall-hotline');
    delete bad.digits;
    expect(() => parseChannel(bad)).toThrow(/digits/);
  });

  it('rejects a time like 25:00 with a readable message', () => {
    const bad = clone('tmall-supermarket-hotline');
    bad.hours = [
      {
        text: { zh: '9-25', en: '9-25' },
        windows: [{ start: '09:00', end: '25:00' }],
        sources: ['seed-000'],
      },
    ];
    expect(() => parseChannel(bad)).toThrow(/HH:MM between 00:00 and 23:59[\s\S]*hours/);
  });

  it('rejects digits that do not match the number', () => {
    const bad = { ...clone('alipay-hotline'), digits: '95189' };
    expect(() => parseChannel(bad)).toThrow(/digits do not match the number/);
  });

  it('rejects unknown or missing sources', () => {
    expect(() => parseChannel({ ...clone('cn-110'), sources: [] })).toThrow(/at least one source/);
    expect(() => parseChannel({ ...clone('cn-110'), sources: ['seed-999'] })).toThrow(/sources/);
  });

  it('rejects an in-app record without a route and unknown fields', () => {
    expect(() => parseChannel({ ...clone('taobao-xiaomi'), route: [] })).toThrow(/route/);
    expect(() => parseChannel({ ...clone('cn-110'), official: true })).toThrow(/official/);
  });

  it('rejects a window that starts and ends at the same time', () => {
    const bad = clone('cn-110');
    bad.hours = [
      { text: { zh: 'x', en: 'x' }, windows: [{ start: '09:00', end: '09:00' }], sources: ['seed-000'] },
    ];
    expect(() => parseChannel(bad)).toThrow(/use "always"/);
  });

  it('checks rules across records', () => {
    const dupId = [...CHANNELS, getChannel('cn-110')];
    expect(describeRegistryProblems(dupId)).toMatch(/duplicate id "cn-110"/);
    const dupDigits = [...CHANNELS, { ...getChannel('cn-110'), id: 'fake-110' }];
    expect(describeRegistryProblems(dupDigits)).toMatch(/digits 110 already used by "cn-110"/);
    const badConfirm = [
      ...CHANNELS.filter((c) => c.id !== 'vip88-hotline'),
      { ...getChannel('vip88-hotline'), confirmRouteId: 'cn-110' },
    ];
    expect(describeRegistryProblems(badConfirm)).toMatch(/confirmRouteId "cn-110" is not an in-app record/);
  });
});
