// The shapes of a seller-chat capture: what the collector reads in the chat frame, and the
// transcript stored as evidence. Plain types only, so the injected collector can share them.

export interface ChatFile {
  /** The full name (the `title` attribute; the visible name is shortened with "…"). */
  name: string;
  size: string;
  href: string;
}

export interface ChatCard {
  /** `data-tpl-id` of the template card, e.g. "4278793723922.PNM" for the invoice card. */
  tplId: string;
  text: string;
}

export interface ChatMessage {
  /** The message's own id when the page shows one (none is documented for 旺旺). */
  id?: string;
  /** `.nick` as shown; empty when the page shows none. */
  sender: string;
  /** The shopper's own message: weighed from the nick, the side class and the bubble's side. */
  own: boolean;
  /** A notice from the platform (centred, e.g. 「官方客服 为您服务」): nobody's message. */
  system?: true;
  /** `.time` as shown, e.g. "2026-11-20 10:01:02". */
  time: string;
  text: string;
  images: string[];
  files: ChatFile[];
  card?: ChatCard;
  /** A field was longer than the collector keeps and was cut (the cut ends with "…"). */
  truncated?: true;
}

/** Limits the collector cuts page text to; the schema enforces the same ones. */
export interface ChatLimits {
  textChars: number;
  srcChars: number;
  nameChars: number;
  imagesPerMessage: number;
  filesPerMessage: number;
  messages: number;
  windows: number;
  /** Elements one window may hold (a virtualised list renders a few dozen). */
  windowItems: number;
}

/** What one bubble says about its side, weighed with its nick in sides.ts. */
export interface SideSignals {
  /** The item's class: the layout's own/system class, or a generic one (self, right, left…). */
  cls?: 'own' | 'theirs' | 'system';
  /** Where the bubble sits in the list: shoppers' own messages are on the right. */
  align?: 'left' | 'right' | 'center';
}

export interface CollectOptions {
  limits: ChatLimits;
  /** The whole collection stops here; what was read is kept, marked incomplete. */
  maxMs: number;
  /** How long one scroll waits for the page to render more messages. */
  waitMs: number;
  /** Scrolls to the top in a row that bring nothing older before the top counts as reached. */
  emptyTries: number;
  /** Time allowed to scroll back to where the shopper was. */
  restoreMs: number;
  /**
   * Collect nothing: walk the list the capture read back to where the shopper was when it began
   * (after the pane pictures scrolled it, however they ended).
   */
  returnOnly?: true;
}

export type ChatStop = 'no-more-marker' | 'nothing-older' | 'time-limit' | 'too-many' | 'list-gone';

/** What one frame answers. Only the frame holding the message list collects. */
export type FrameResult =
  | { status: 'no-chat' }
  | { status: 'disconnected' }
  | { status: 'busy' }
  | { status: 'returned'; restored: boolean }
  | CollectedChat;

export interface CollectedChat {
  status: 'collected';
  /** The chat header: the shop name or the seller's nick. */
  conversation: string;
  /** How the message list was found: by the layout's hint, or by its structure alone. */
  found: 'hint' | 'structure';
  /** The chat frame's address (the chat-core page). */
  frameUrl: string;
  /**
   * Every distinct state of the rendered list, in the order seen: each an ordered list of
   * tokens. A token names one `.message-item` element for as long as it exists.
   */
  windows: number[][];
  /** The content read from each token's element (its last non-empty reading). */
  items: Array<{ token: number; message: ChatMessage; side: SideSignals }>;
  scrolls: number;
  /** Why collection stopped: the top was reached, the time or size limit, or the list went away. */
  stop: ChatStop;
  durationMs: number;
  /** The shopper's scroll position was found again and put back. */
  restored: boolean;
}
