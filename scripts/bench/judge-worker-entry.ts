// Bundled by scripts/lib/scan-bench.ts into a Worker of the bench page: it stands in for the
// background, answering `numbers/judge` requests with the same finder and judge.
import { MAX_NUMBERS_PER_TEXT } from '../../lib/message-limits';
import { judgeForMarks } from '../../rules/phone';

self.onmessage = (event: MessageEvent<{ id: number; texts: string[] }>) => {
  const start = performance.now();
  const results = judgeForMarks(event.data.texts, MAX_NUMBERS_PER_TEXT);
  self.postMessage({ id: event.data.id, results, ms: performance.now() - start });
};
