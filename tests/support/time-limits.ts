// Time limits for tests whose work is heavy by design. vitest's 5 s default suits tests that do
// milliseconds of work; the tests below do seconds of it on a quiet 2-core machine and several
// times more when the machine is busy (CI shares it with whatever else runs), so each states a
// limit with about ten times room. How fast the code is gets measured in `npm run bench`; here a
// limit only catches work that never ends (backtracking, a loop that does not stop).

/** Starts a CLI or bundles a script: a TypeScript compile each time, 1–2 s when quiet. */
export const COMPILES_CODE = { timeout: 60_000 };

/** Builds, zips, hashes or scans inputs of tens of megabytes or tens of thousands of parts. */
export const BIG_INPUT = { timeout: 60_000 };

/** Runs an external program over hundreds of files, or reads hundreds of bundles. */
export const MANY_BUNDLES = { timeout: 120_000 };

/** Parses pages thousands of times (the site-rule fuzzing: about 10 s when quiet). */
export const MANY_PAGES = { timeout: 180_000 };

/** Waits seconds of real time for a budget in the code under test to run out. */
export const REAL_TIME_BUDGET = { timeout: 30_000 };
