// #28, what the fifth held-out set showed: a company's short line behind an area code, numbers a
// page presents as a platform's that are not its line, a registered line shown by an impostor,
// and lines the finder or the registry did not know.
import { describe, expect, it } from 'vitest';
import { scanText } from './judge';

const found = (text: string) => scanText(text).map((n) => [n.digits, n.verdict]);

describe('a short line behind an area code', () => {
  it('is never 官方 for a company: no source documents "0311 95533"', () => {
    const [n] = scanText('0311是石家庄的区号,031195533来电频繁是怎么回事');
    expect(n).toMatchObject({ digits: '031195533', verdict: 'unconfirmed' });
    expect(n!.reasons[0]!.zh).toContain('这是区号加 95533');
  });

  it('stays official for the public lines dialled that way (属地区号+96110, 010-12321)', () => {
    expect(found('请接听025-96110的来电')).toEqual([['02596110', 'official']]);
    expect(found('举报电话010-12321')).toEqual([['01012321', 'official']]);
    expect(found('支付宝境外拨打+86-571-95188')).toEqual([['057195188', 'official']]);
  });
});
