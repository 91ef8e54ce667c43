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

export async function addFeedback(entry: Omit<VerdictFeedback, 'at'>, now = Date.now()): Promise<void> {
  const entries = [{ ...entry, at: now }, ...(await readFeedback())].slice(0, MAX_ENTRIES);
  await browser.storage.local.set({ [KEY]: entries });
}
