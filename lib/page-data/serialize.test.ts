import { describe, expect, it } from 'vitest';
import { LIMITS } from './channel';
import { captureNatives, serialize } from './serialize';

const natives = captureNatives();
const write = (value: unknown) => serialize(value, natives);
const parsed = (value: unknown) => JSON.parse(write(value).json) as unknown;

describe('serialize (the page-data script writing page values)', () => {
  it('writes plain data as JSON.stringify does', () => {
    const value = { a: [1, 'two', true, null, { b: '"</script>\u2028' }], c: -0.5 };
    expect(write(value)).toEqual({ json: JSON.stringify(value), truncated: false });
  });

  it('never runs page code: getters, toJSON and functions are left out', () => {
    let called = false;
    const value = {
      kept: 1,
      toJSON: () => {
        called = true;
        return 'forged';
      },
      get secret() {
        called = true;
        return 2;
      },
      run() {},
    };
    expect(parsed(value)).toEqual({ kept: 1 });
    expect(called).toBe(false);
  });

  it('writes what JSON cannot hold as null', () => {
    expect(parsed([Number.NaN, Infinity, undefined, Symbol('s'), 10n])).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('cuts cycles, deep nesting, long arrays and long strings, and says so', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(write(cycle)).toEqual({ json: '{"a":1,"self":null}', truncated: true });

    let deep: unknown = 'bottom';
    for (let i = 0; i < LIMITS.depth + 5; i++) deep = [deep];
    expect(write(deep).truncated).toBe(true);

    const long = write(Array.from({ length: LIMITS.arrayItems + 1 }, () => 0));
    expect((JSON.parse(long.json) as unknown[]).length).toBe(LIMITS.arrayItems);
    expect(long.truncated).toBe(true);

    expect(write({ s: 'x'.repeat(LIMITS.stringChars + 1) })).toEqual({ json: '{"s":null}', truncated: true });
  });

  it('reads an array by its own length and entries, not its (replaceable) methods', () => {
    const list = [1, 2];
    Object.defineProperty(list, 'map', { value: () => ['forged'] });
    expect(parsed(list)).toEqual([1, 2]);
  });

  it('throws only when a proxy trap throws', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('page');
        },
      },
    );
    expect(() => write(trap)).toThrow();
  });
});
