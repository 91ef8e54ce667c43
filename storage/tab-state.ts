// What the content script last reported for each tab. Kept in storage.session: it outlives a
// killed service worker, vanishes with the browser session, and page scripts cannot read it.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ITEMS_KEPT, MAX_NUMBERS } from '../lib/message-limits';
import { VERDICT_RANK } from '../rules/phone/types';
import { DetectionSchema, NumberSchema, type PageNumber } from '../lib/messages';

export const TabStateSchema = z.strictObject({
  tabId: z.int().check(z.nonnegative()),
  url: z.string().check(z.maxLength(4000)),
  title: z.string().check(z.maxLength(500)),
  detection: DetectionSchema,
  /** The tab's orders left out of `detection` to keep it within MAX_TAB_STATE_CHARS: ids only. */
  moreOrderIds: z.optional(z.array(z.string().check(z.maxLength(20))).check(z.maxLength(500))),
  /** Epoch ms when the background received the report. */
  at: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

/**
 * The most one tab's state may take in storage.session (JSON characters), which every tab shares
 * (10 MB in Chrome): a normal 50-order list takes about 19,000; a hostile tab no more than this.
 */
export const MAX_TAB_STATE_CHARS = 48_000;
/** Frames whose numbers a tab's state keeps; their numbers together at most MAX_NUMBERS. */
export const MAX_FRAMES = 16;

/**
 * The bounded summary of a report kept for the popup: each order with its first items, as many
 * orders as fit MAX_TAB_STATE_CHARS, the ids of the rest.
 */
export function summariseTab(state: TabState): TabState {
  const { detection } = state;
  if (!detection.detected) return state;
  const orders = detection.orders.map((o) => ({ ...o, items: o.items.slice(0, ITEMS_KEPT) }));
  let chars = JSON.stringify({ ...state, detection: { ...detection, orders: [] } }).length;
  const kept: typeof orders = [];
  const more: string[] = [];
  for (const order of orders) {
    const size = JSON.stringify(order).length + 1;
    // The first order always stays: its own limits (OrderSchema) bound it.
    if (kept.length > 0 && chars + size + 22 * (orders.length - kept.length) > MAX_TAB_STATE_CHARS)
      more.push(order.orderId);
    else {
      kept.push(order);
      chars += size;
    }
  }
  return {
    ...state,
    detection: { ...detection, orders: kept },
    ...(more.length > 0 && { moreOrderIds: more }),
  };
}

/** Whether the tab's last report showed the order (kept in full or by id only). */
export const tabShowsOrder = (state: TabState | undefined, orderId: string) =>
  !!state?.detection.detected &&
  (state.detection.orders.some((o) => o.orderId === orderId) || !!state.moreOrderIds?.includes(orderId));

const PREFIX = 'tab:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** Saves the bounded summary of the tab's report (summariseTab). */
export async function saveTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyOf(state.tabId)]: summariseTab(state) });
}

/** The tab's state, or undefined when there is none or what is stored does not validate. */
export async function readTabState(tabId: number): Promise<TabState | undefined> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  const parsed = TabStateSchema.safeParse(stored[keyOf(tabId)]);
  return parsed.success ? parsed.data : undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await inTurn(tabId, () => browser.storage.session.remove([keyOf(tabId), numbersKeyOf(tabId)]));
}

/**
 * The read-modify-write of a tab's numbers, one at a time per tab: two frames reporting at once
 * would otherwise both read the old list and the second write would drop the first frame's numbers.
 */
const queues = new Map<number, Promise<unknown>>();
function inTurn<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  queues.set(tabId, settled);
  // The map holds only tabs with work pending.
  void settled.then(() => queues.get(tabId) === settled && queues.delete(tabId));
  return next;
}

/** The numbers each frame of a tab reported, keyed by frame id. */
const TabNumbersSchema = z.record(
  z.string(),
  z.strictObject({ url: z.string().check(z.maxLength(4000)), numbers: z.array(NumberSchema) }),
);
const numbersKeyOf = (tabId: number) => `numbers:${tabId}`;

/** Where one number is judged twice on a page (two contexts), the warning wins. */
const worse = (a: PageNumber | undefined, b: PageNumber) =>
  a && VERDICT_RANK[a.verdict] <= VERDICT_RANK[b.verdict] ? a : b;

/**
 * Adds what the background judged in one frame to the frame's list (a new address in the frame
 * starts it afresh): one entry per number, its worst verdict, at most MAX_NUMBERS over all the
 * tab's frames, at most MAX_FRAMES frames.
 */
export async function addFrameNumbers(
  tabId: number,
  frameId: number,
  url: string,
  numbers: PageNumber[],
): Promise<void> {
  const key = numbersKeyOf(tabId);
  await inTurn(tabId, async () => {
    const stored = TabNumbersSchema.safeParse((await browser.storage.session.get(key))[key]);
    const frames = stored.success ? stored.data : {};
    const previous = frames[String(frameId)];
    // A page with many frames gets the first MAX_FRAMES listed, and MAX_NUMBERS in all.
    if (!previous && Object.keys(frames).length >= MAX_FRAMES) return;
    let room = MAX_NUMBERS;
    for (const [id, frame] of Object.entries(frames))
      if (id !== String(frameId)) room -= frame.numbers.length;
    const byDigits = new Map((previous?.url === url ? previous.numbers : []).map((n) => [n.digits, n]));
    for (const n of numbers) {
      if (byDigits.size >= room && !byDigits.has(n.digits)) continue;
      byDigits.set(n.digits, worse(byDigits.get(n.digits), n));
    }
    frames[String(frameId)] = { url, numbers: [...byDigits.values()] };
    await browser.storage.session.set({ [key]: frames });
  });
}

/** Every number the tab's frames listed, one entry per number (by digits), its worst verdict. */
export async function readTabNumbers(tabId: number): Promise<PageNumber[]> {
  const key = numbersKeyOf(tabId);
  const stored = TabNumbersSchema.safeParse((await browser.storage.session.get(key))[key]);
  if (!stored.success) return [];
  const byDigits = new Map<string, PageNumber>();
  for (const frame of Object.values(stored.data))
    for (const n of frame.numbers) byDigits.set(n.digits, worse(byDigits.get(n.digits), n));
  return [...byDigits.values()];
}

/** Calls back whenever the tab's state changes; returns the unsubscribe function. */
export function watchTabState(tabId: number, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && (keyOf(tabId) in changes || numbersKeyOf(tabId) in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
