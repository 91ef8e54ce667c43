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

interface Entry {
  key: string;
  message: ChatMessage;
}

/**
 * Windows in the order they were seen, each the tokens rendered at that moment in page order;
 * `items` the content read for each token (tokens without content are ignored).
 */
export function mergeWindows(
  windows: ReadonlyArray<readonly number[]>,
  items: ReadonlyMap<number, ChatMessage>,
): MergeResult {
  let merged: Entry[] = [];
  const entryOf = new Map<number, Entry>();
  let gaps = 0;
  for (const window of windows) {
    const tokens = window.filter((token) => items.has(token));
    if (tokens.length === 0) continue;
    const position = new Map(merged.map((entry, index) => [entry, index]));
    const anchors = tokenAnchors(tokens, entryOf, position);
    // Nothing new in this window (most windows while the list only re-renders).
    if (anchors.length === tokens.length) continue;
    if (anchors.length === 0 && merged.length > 0) {
      const before = merged.length;
      merged = placeWindow(merged, tokens, [], items, entryOf);
      // Content matched nothing either: the window is disjoint from everything seen.
      if (merged.length === before + tokens.length) gaps++;
    } else {
      merged = placeWindow(merged, tokens, anchors, items, entryOf);
    }
  }
  return { messages: merged.map((entry) => entry.message), gaps };
}

/** Window positions whose token is already merged, kept only while both orders agree. */
function tokenAnchors(
  tokens: readonly number[],
  entryOf: ReadonlyMap<number, Entry>,
  position: ReadonlyMap<Entry, number>,
): Array<[number, number]> {
  const anchors: Array<[number, number]> = [];
  let last = -1;
  tokens.forEach((token, w) => {
    const entry = entryOf.get(token);
    const at = entry ? position.get(entry) : undefined;
    if (at !== undefined && at > last) {
      anchors.push([w, at]);
      last = at;
    }
  });
  return anchors;
}

/**
 * The merged list with the window placed: anchored tokens stay where they are; the tokens
 * between two anchors (or before the first, after the last) are matched by content against the
 * merged entries in the same stretch, and the unmatched ones inserted there as new messages.
 */
function placeWindow(
  merged: readonly Entry[],
  tokens: readonly number[],
  anchors: ReadonlyArray<[number, number]>,
  items: ReadonlyMap<number, ChatMessage>,
  entryOf: Map<number, Entry>,
): Entry[] {
  const out: Entry[] = [];
  let previousW = -1;
  let previousA = -1;
  for (const [w, a] of [...anchors, [tokens.length, merged.length] as [number, number]]) {
    out.push(...alignStretch(tokens.slice(previousW + 1, w), merged.slice(previousA + 1, a), items, entryOf));
    if (w < tokens.length) out.push(merged[a]!);
    previousW = w;
    previousA = a;
  }
  return out;
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
      const entry = { key: keys[i]!, message: items.get(tokens[i]!)! };
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
