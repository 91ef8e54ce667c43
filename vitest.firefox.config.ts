import { defineConfig } from 'vitest/config';

// The Firefox slice: Debian's firefox-esr with the Firefox e2e build, one browser at a time.
// Its tests run in order (one shopper's session), so a file is one Firefox.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.firefox.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
