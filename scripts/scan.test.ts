import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../tests/support/fixtures';

const run = promisify(execFile);
const cli = (...args: string[]) => run('npx', ['tsx', 'scripts/scan.ts', ...args]);
const PHONE = FIXTURES_DIR + 'phone/';

interface Line {
  file: string;
  numbers: Array<{
    text: string;
    digits: string;
    verdict: string;
    entity: string | null;
    claimedBy: string | null;
    reasons: string[];
  }>;
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe('scan CLI', { timeout: 60_000 }, () => {
  it('prints one JSON line per file in the documented shape', async () => {
    const { stdout } = await cli(PHONE + 'seed-003.txt', PHONE + 'seed-004.txt');
    const [a, b] = lines(stdout);
    expect(a).toEqual({
      file: PHONE + 'seed-003.txt',
      numbers: [
        {
          text: '95188',
          digits: '95188',
          verdict: 'suspicious',
          entity: '支付宝客服热线',
          claimedBy: '淘宝',
          reasons: ['页面把它写成淘宝的号码，但它登记的归属是支付宝客服热线'],
        },
      ],
    });
    expect(b!.numbers).toEqual([
      {
        text: '400-680-8581',
        digits: '4006808581',
        verdict: 'unlisted',
        entity: null,
        claimedBy: null,
        reasons: ['不在已登记的官方号码里'],
      },
    ]);
  });

  it('reads HTML: visible text only, plus tel: links', async () => {
    const { stdout } = await cli(PHONE + 'serp-google.html');
    const [page] = lines(stdout);
    const digits = page!.numbers.map((n) => n.digits);
    expect(digits).not.toContain('4001112222'); // only inside <script>, <style> and <noscript>
    expect(digits).toContain('4009217365'); // only in a tel: link
    expect(page!.numbers.find((n) => n.digits === '9510211')).toMatchObject({
      verdict: 'official',
      claimedBy: '淘宝',
    });
    for (const n of page!.numbers)
      expect(Object.keys(n)).toEqual(['text', 'digits', 'verdict', 'entity', 'claimedBy', 'reasons']);
  });

  it('decodes GBK pages', async () => {
    const [page] = lines((await cli(PHONE + 'cli-gbk.txt')).stdout);
    expect(page!.numbers).toMatchObject([{ text: '400-123-4567', verdict: 'suspicious', claimedBy: '淘宝' }]);
  });

  it('exits 2 with a usage line without files', async () => {
    await expect(cli()).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage:') as unknown,
    });
  });

  it('exits 2 on an unreadable file and prints nothing', async () => {
    await expect(cli(PHONE + 'seed-003.txt', PHONE + 'no-such-file.txt')).rejects.toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('usage:') as unknown,
    });
  });
});
