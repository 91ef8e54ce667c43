// `npm run verify` runs the prebuilt scripts/verify-cli.generated.mjs (no TypeScript compiled at
// each run): it must be what build-verify-cli.ts makes from today's sources.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVerifyCli, VERIFY_CLI } from './build-verify-cli';

describe('the prebuilt verify CLI', () => {
  it('is built from the current sources (run npx tsx scripts/build-verify-cli.ts if this fails)', async () => {
    expect(
      readFileSync(VERIFY_CLI, 'utf8') === (await buildVerifyCli()),
      'verify-cli.generated.mjs is stale',
    ).toBe(true);
  }, 60_000);
});
