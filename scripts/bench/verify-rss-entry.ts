// Run in a child process by scripts/lib/verify-rss.ts: verifies one bundle and prints how long it
// took and the process's peak resident memory, so the figure is verify's alone.
import { verifyBundle } from '../verify';

const start = performance.now();
const outcome = await verifyBundle(process.argv[2]!);
console.log(
  JSON.stringify({
    exitCode: outcome.exitCode,
    ms: performance.now() - start,
    // resourceUsage().maxRSS is in kB.
    rssMb: process.resourceUsage().maxRSS / 1024,
    lines: outcome.lines.slice(0, 3),
  }),
);
