import { describe, expect, it } from 'vitest';
import { runScript } from '../tests/support/cli';
import { FIXTURES_DIR, fixtureJson } from '../tests/support/fixtures';
import { COMPILES_CODE } from '../tests/support/time-limits';

const URL_ = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803';
const cli = (...args: string[]) => runScript('detect.ts', ...args);

describe('detect CLI', COMPILES_CODE, () => {
  it.each(['tmall/order-detail-2025-11.html', 'cli/tmall-order-detail-gbk.html'])(
    'prints the detection contract for %s (UTF-8 or GBK)',
    async (file) => {
      const { stdout } = await cli(FIXTURES_DIR + file, '--url', URL_);
      expect(JSON.parse(stdout)).toEqual(fixtureJson('tmall/order-detail-2025-11.expected.json'));
    },
  );

  it('exits 2 with a usage line when arguments are missing', async () => {
    await expect(cli(FIXTURES_DIR + 'tmall/order-detail-2025-11.html')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage:') as unknown,
    });
  });
});
