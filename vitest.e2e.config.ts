import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time on this 2-core machine. Every step is a round trip
// through the browser (page, content script, service worker, IndexedDB), and a busy machine
// stretches each several times, so the limits leave room: a test 60 s, and a poll of what the
// browser shows 15 s instead of vitest's 1 s (a poll that states its own keeps it).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000 } },
  },
});
