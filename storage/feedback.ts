// "This verdict is wrong" reports, kept on this machine only (storage.local), newest first.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

const KEY = 'verdict-feedback';
const MAX_ENTRIES = 500;

const FeedbackSchema = z.array(
  z.object({ url: z.string(), digits: z.string(), verdict: z.string(), at: z.number() }),
);
export type VerdictFeedback = z.infer<typeof FeedbackSchema>[number];

export async function readFeedback(): Promise<VerdictFeedback[]> {
  const parsed = FeedbackSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : [];
}

/** Writes one after another: two reports in the same instant must not overwrite each other. */
let queue: Promise<void> = Promise.resolve();

export function addFeedback(entry: Omit<VerdictFeedback, 'at'>, now = Date.now()): Promise<void> {
  const write = async () => {
    const entries = [{ ...entry, at: now }, ...(await readFeedback())].slice(0, MAX_ENTRIES);
    await browser.storage.local.set({ [KEY]: entries });
  };
  const done = queue.then(write);
  queue = done.catch(() => undefined);
  return done;
}
