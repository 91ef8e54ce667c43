// The order content script's side of the channel (channel.ts): asks, synchronously, and checks
// what comes back before the rules see it. The answer is the page's own data: validated here for
// shape and size only; the rules read it as untrusted JSON.
import type { PageData } from '../../rules/sites/types';
import { LIMITS, REPLY_EVENT, REQUEST_EVENT } from './channel';

const malformed = (detail: string): PageData => ({ ok: false, reason: 'malformed', detail });
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function readPageData(win: Window = window): PageData {
  const answers: unknown[] = [];
  const listener = (event: Event) => answers.push((event as CustomEvent<unknown>).detail);
  win.addEventListener(REPLY_EVENT, listener);
  try {
    win.dispatchEvent(new (win as Window & typeof globalThis).CustomEvent(REQUEST_EVENT));
  } finally {
    win.removeEventListener(REPLY_EVENT, listener);
  }
  if (answers.length === 0)
    return { ok: false, reason: 'unanswered', detail: 'the page-data script did not answer' };
  // Ours answers first (it listens from document_start): a second answer is the page's own.
  if (answers.length > 1) return malformed(`${answers.length} answers to one request`);
  const [answer] = answers;
  if (typeof answer !== 'string') return malformed('the answer is not text');
  if (answer.length > LIMITS.replyChars + LIMITS.responses * LIMITS.responseChars)
    return malformed('the answer is too large');
  let reply: unknown;
  try {
    reply = JSON.parse(answer);
  } catch {
    return malformed('the answer is not JSON');
  }
  if (!isRecord(reply) || !Array.isArray(reply.responses) || reply.responses.length > LIMITS.responses)
    return malformed('the answer has the wrong shape');
  const name = `window.${typeof reply.global === 'string' ? reply.global.slice(0, 40) : 'data'}`;
  if (typeof reply.error === 'string') return malformed(`${name} ${reply.error.slice(0, 100)}`);
  if (!('value' in reply)) return { ok: false, reason: 'missing', detail: `${name} is missing` };
  return {
    ok: true,
    value: reply.value,
    responses: reply.responses,
    ...(reply.truncated === true && { truncated: true }),
  };
}
