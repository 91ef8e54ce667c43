import { describe, expect, it } from 'vitest';
import { ReportGate } from './report-gate';

describe('ReportGate (the per-tab rate limit on order reports)', () => {
  it('admits a burst, then one report per refill period, per tab', () => {
    const gate = new ReportGate(3, 1000);
    expect([0, 0, 0, 0].map(() => gate.admit(1, 1, 0))).toEqual([true, true, true, false]);
    expect(gate.admit(2, 1, 0)).toBe(true);
    expect(gate.admit(1, 1, 999)).toBe(false);
    expect(gate.admit(1, 1, 1000)).toBe(true); // the refused try at 999 lost nothing
    expect(gate.admit(1, 1, 1000)).toBe(false);
    expect(gate.admit(1, 1, 2000)).toBe(true);
    // A quiet tab gets its whole burst back, no more.
    expect([0, 0, 0, 0].map(() => gate.admit(1, 1, 60_000))).toEqual([true, true, true, false]);
    gate.forget(1);
    expect(gate.admit(1, 1, 60_000)).toBe(true);
  });

  it('charges a report one turn per 100 orders', () => {
    const gate = new ReportGate(10, 1000);
    expect(gate.admit(1, 500, 0)).toBe(true); // 5 turns
    expect(gate.admit(1, 500, 0)).toBe(true); // 5 more
    expect(gate.admit(1, 1, 0)).toBe(false);
    expect(gate.admit(1, 500, 4000)).toBe(false); // 4 turns back, 5 needed
    expect(gate.admit(1, 50, 4000)).toBe(true); // a normal list's report costs one
  });
});
