// Merges what the collector saw of a virtualised chat — many overlapping windows of rendered
// messages — into one ordered list with every message once. Pure, so it is tested in node.
//
// Identity comes first from the element: a token names one `.message-item` element while it
// exists, so a message that stays rendered from one window to the next is the same message even
// when its text, sender and time equal another's ("在吗" sent twice in one second). Tokens the
// merge has not met before are matched by content (the page may re-create an element for a
// message it shows again): the message's own id when it has one, else sender + time + text +
// attachments, aligned as a longest common subsequence so each earlier message is used once.
import type { ChatMessage } from './types';

export interface MergeResult {
  /** Oldest first, each message once. */
  messages: ChatMessage[];
  /**
   * Windows that shared no message with what was already merged: messages between them and the
   * rest may be missing, so the transcript cannot be called complete.
   */
  gaps: number;
}

/** What makes two readings the same message when no element ties them together. */
export function messageKey(message: ChatMessage): string {
  if (message.id) return `id:${message.id}`;
  const files = message.files.map((file) => [file.name, file.size, file.href]);
  const card = message.card ? [message.card.tplId, message.card.text] : null;
  return JSON.stringify([
    message.own,
    message.sender,
    message.time,
    message.text,
    message.images,
    files,
    card,
  ]);
}

/** A merged message: a node of the ordered list, with a rank that orders nodes in O(1). */
interface Entry {
  key: string;
  message: ChatMessage;
  prev: Entry | null;
  next: Entry | null;
  /** Increasing along the list; NaN while the entry is new and not yet linked. */
  rank: number;
}

/** Spacing of ranks when they are (re)assigned: room for many insertions between two entries. */
const RANK_STEP = 1024;

/**
 * The merged list: doubly linked, so a window's messages are placed where they belong without
 * rebuilding the list, and ranked, so whether a window's tokens agree with the merged order is
 * told without positions. Each window costs time in its own size (and its neighbourhood's), which
 * keeps the whole merge linear in the messages read: rebuilding the list for every window made a
 * 5,000-message chat take 333 ms.
 */
class MergedList {
  head: Entry | null = null;
  tail: Entry | null = null;

  /** Links `run` (the stretch's old entries in order, new ones among them) between two entries. */
  splice(before: Entry | null, after: Entry | null, run: readonly Entry[]): void {
    let previous = before;
    for (const entry of run) {
      entry.prev = previous;
      if (previous) previous.next = entry;
      else this.head = entry;
      previous = entry;
    }
    if (previous) previous.next = after;
    else this.head = after;
    if (after) after.prev = previous;
    else this.tail = previous;
    this.rank(before, after, run);
  }

  /** Ranks the new entries of a run from their ranked neighbours; renumbers all when out of room. */
  private rank(before: Entry | null, after: Entry | null, run: readonly Entry[]): void {
    let low = before;
    let waiting: Entry[] = [];
    for (const entry of [...run, after]) {
      if (entry && Number.isNaN(entry.rank)) {
        waiting.push(entry);
        continue;
      }
      if (waiting.length > 0 && !this.rankBetween(low, entry, waiting)) return this.renumber();
      waiting = [];
      low = entry;
    }
  }

  private rankBetween(low: Entry | null, high: Entry | null, entries: readonly Entry[]): boolean {
    const count = entries.length + 1;
    const from = low ? low.rank : high ? high.rank - count * RANK_STEP : 0;
    const to = high ? high.rank : from + count * RANK_STEP;
    const gap = (to - from) / count;
    if (!(gap > 1e-6)) return false;
    entries.forEach((entry, i) => (entry.rank = from + gap * (i + 1)));
    return true;
  }

  private renumber(): void {
    let rank = 0;
    for (let entry = this.head; entry; entry = entry.next) entry.rank = rank += RANK_STEP;
  }

  messages(): ChatMessage[] {
    const out: ChatMessage[] = [];
    for (let entry = this.head; entry; entry = entry.next) out.push(entry.message);
    return out;
  }
}

/** How far from an anchor a stretch's tokens are matched by content: their count, doubled, and some. */
const reach = (tokens: number) => 2 * tokens + 16;

/** Up to `limit` entries walking from `from` (itself included) by `step`, in list order. */
function walk(from: Entry | null, step: 'prev' | 'next', limit: number): Entry[] {
  const out: Entry[] = [];
  for (let entry = from; entry && out.length < limit; entry = entry[step]) out.push(entry);
  return step === 'prev' ? out.reverse() : out;
}

/**
 * Windows in the order they were seen, each the tokens rendered at that moment in page order;
 * `items` the content read for each token (tokens without content are ignored).
 */
export function mergeWindows(
  windows: ReadonlyArray<readonly number[]>,
  items: ReadonlyMap<number, ChatMessage>,
): MergeResult {
  const list = new MergedList();
  const entryOf = new Map<number, Entry>();
  let gaps = 0;
  for (const window of windows) {
    const tokens = window.filter((token) => items.has(token));
    if (tokens.length === 0) continue;
    const anchors = tokenAnchors(tokens, entryOf);
    // Nothing new in this window (most windows while the list only re-renders).
    if (anchors.length === tokens.length) continue;
    if (anchors.length === 0) {
      // A window sharing no element: matched by content against the top of the list (the
      // collector scrolls up, so what it has not seen yet is older), else put first: a gap.
      const near = walk(list.head, 'next', reach(tokens.length));
      const created = placeStretch(list, null, near, tokens, items, entryOf);
      if (list.head !== null && created === tokens.length && near.length > 0) gaps++;
      continue;
    }
    placeAnchored(list, tokens, anchors, items, entryOf);
  }
  return { messages: list.messages(), gaps };
}

/** Window positions whose token is already merged, kept only while both orders agree. */
function tokenAnchors(
  tokens: readonly number[],
  entryOf: ReadonlyMap<number, Entry>,
): Array<[number, Entry]> {
  const anchors: Array<[number, Entry]> = [];
  let last = -Infinity;
  tokens.forEach((token, w) => {
    const entry = entryOf.get(token);
    if (entry && entry.rank > last) {
      anchors.push([w, entry]);
      last = entry.rank;
    }
  });
  return anchors;
}

/**
 * Places a window with anchors: anchored tokens stay where they are; the tokens before the
 * first anchor, between two, and after the last are matched by content against the entries
 * next to them in the list, and the unmatched ones inserted there as new messages.
 */
function placeAnchored(
  list: MergedList,
  tokens: readonly number[],
  anchors: ReadonlyArray<[number, Entry]>,
  items: ReadonlyMap<number, ChatMessage>,
  entryOf: Map<number, Entry>,
): void {
  const [firstW, first] = anchors[0]!;
  if (firstW > 0) {
    const near = walk(first.prev, 'prev', reach(firstW));
    placeStretch(
      list,
      near.length > 0 ? near[0]!.prev : first.prev,
      near,
      tokens.slice(0, firstW),
      items,
      entryOf,
      first,
    );
  }
  for (let i = 0; i + 1 < anchors.length; i++) {
    const [w, entry] = anchors[i]!;
    const [nextW, nextEntry] = anchors[i + 1]!;
    if (nextW === w + 1) continue;
    const between = walk(entry.next, 'next', reach(nextW - w));
    const near = between.includes(nextEntry) ? between.slice(0, between.indexOf(nextEntry)) : [];
    placeStretch(list, entry, near, tokens.slice(w + 1, nextW), items, entryOf);
  }
  const [lastW, last] = anchors.at(-1)!;
  if (lastW < tokens.length - 1) {
    const near = walk(last.next, 'next', reach(tokens.length - 1 - lastW));
    placeStretch(list, last, near, tokens.slice(lastW + 1), items, entryOf);
  }
}

/**
 * One stretch: its tokens matched by content against `near` (the entries that lie between
 * `before` and `after`), the list relinked with the result. Returns how many entries were new.
 */
function placeStretch(
  list: MergedList,
  before: Entry | null,
  near: readonly Entry[],
  tokens: readonly number[],
  items: ReadonlyMap<number, ChatMessage>,
  entryOf: Map<number, Entry>,
  after: Entry | null = near.length > 0 ? near.at(-1)!.next : before ? before.next : list.head,
): number {
  const run = alignStretch(tokens, near, items, entryOf);
  list.splice(before, after, run);
  return run.length - near.length;
}

/**
 * One stretch: window tokens against merged entries, matched as a longest common subsequence of
 * keys (ties go to the match nearest the stretch's end, next to the anchor that follows). Within
 * a run of unmatched ones, the window's new messages go first: the collector scrolls up, so a
 * window that matches nothing at all holds older messages.
 */
function alignStretch(
  tokens: readonly number[],
  entries: readonly Entry[],
  items: ReadonlyMap<number, ChatMessage>,
  entryOf: Map<number, Entry>,
): Entry[] {
  const keys = tokens.map((token) => messageKey(items.get(token)!));
  const n = keys.length;
  const m = entries.length;
  if (n === 0) return [...entries];
  // lcs[i * (m + 1) + j]: length of the LCS of keys[i..] and entries[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        keys[i] === entries[j]!.key
          ? lcs[(i + 1) * (m + 1) + j + 1]! + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j]!, lcs[i * (m + 1) + j + 1]!);
    }
  }
  const out: Entry[] = [];
  const pendingEntries: Entry[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const here = lcs[i * (m + 1) + j]!;
    if (
      i < n &&
      j < m &&
      keys[i] === entries[j]!.key &&
      here === lcs[(i + 1) * (m + 1) + j + 1]! + 1 &&
      lcs[(i + 1) * (m + 1) + j]! < here &&
      lcs[i * (m + 1) + j + 1]! < here
    ) {
      out.push(...pendingEntries.splice(0));
      entryOf.set(tokens[i]!, entries[j]!);
      out.push(entries[j]!);
      i++;
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j]! === here)) {
      const entry: Entry = {
        key: keys[i]!,
        message: items.get(tokens[i]!)!,
        prev: null,
        next: null,
        rank: NaN,
      };
      entryOf.set(tokens[i]!, entry);
      out.push(entry);
      i++;
    } else {
      pendingEntries.push(entries[j]!);
      j++;
    }
  }
  out.push(...pendingEntries);
  return out;
}
