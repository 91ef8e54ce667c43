import { describe, expect, it } from 'vitest';
import { autoConfirmWarning } from './auto-confirm';

const at = (text: string) => Date.parse(`${text.replace(' ', 'T')}:00+08:00`);

describe('autoConfirmWarning', () => {
  it('warns below 3 days, with whole hours left, never negative', () => {
    const by = '2026-05-10 12:00';
    expect(autoConfirmWarning('taobao', by, true, at('2026-05-07 12:00'))).toBeNull();
    expect(autoConfirmWarning('taobao', by, true, at('2026-05-07 12:01'))?.hoursLeft).toBe(71);
    expect(autoConfirmWarning('taobao', by, true, at('2026-05-10 11:30'))?.hoursLeft).toBe(0);
    expect(autoConfirmWarning('taobao', by, true, at('2026-05-11 12:00'))?.hoursLeft).toBe(0);
    expect(autoConfirmWarning('taobao', by, true, at('2026-05-10 11:30'))?.passed).toBe(false);
    expect(autoConfirmWarning('taobao', by, true, at('2026-05-11 12:00'))?.passed).toBe(true);
  });

  it('needs an open case and a readable deadline', () => {
    const now = at('2026-05-09 12:00');
    expect(autoConfirmWarning('tmall', '2026-05-10 12:00', false, now)).toBeNull();
    expect(autoConfirmWarning('tmall', undefined, true, now)).toBeNull();
    expect(autoConfirmWarning('tmall', '5月10日', true, now)).toBeNull();
  });

  it('gives each platform its own route and source', () => {
    const now = at('2026-05-09 12:00');
    expect(autoConfirmWarning('tmall', '2026-05-10 12:00', true, now)?.sources).toEqual([
      'guide-extend-receipt',
    ]);
    expect(autoConfirmWarning('weidian', '2026-05-10 12:00', true, now)?.sources).toEqual(['seed-004']);
  });
});
