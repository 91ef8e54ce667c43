// Seller-chat layouts the extension knows, as hints for the chat reader (lib/chat/collector.ts).
// The reader finds the message list by structure on any chat page; a hint only says where the
// known pages keep what structure alone cannot be sure of (whose nick, which text is the message).
// Plain data: passed to the injected reader as an argument, so only strings and booleans.
import type { Platform } from '../../types';

export interface ChatLayoutHints {
  /** Which known layout; 'unknown' when only the structure is read. */
  layout: 'wangwang' | 'alime' | 'unknown';
  /** The scrolling message list (the page may have other scrolling lists, e.g. conversations). */
  list?: string;
  /** One message's element, inside the list. */
  item?: string;
  /** Within an item: the sender's name, the time, the message text. */
  nick?: string;
  time?: string;
  text?: string;
  /** An item matching this is the shopper's own (the side class). */
  own?: string;
  /** An item matching this is a notice from the platform, nobody's message. */
  system?: string;
  /** File messages: the element and its parts (full name in the title attribute). */
  file?: { element: string; name: string; size: string; link: string };
  /** Template cards (invoice requests, product cards): the element carrying data-tpl-id. */
  card?: string;
  /** The conversation's name (shop or seller nick), searched in the frame and the page around it. */
  header?: string;
  /** A banner shown when the chat lost its connection: element and the words it shows then. */
  disconnected?: { selector: string; text: string };
}

/**
 * 旺旺网页版: market.m.taobao.com/app/im/chat/ with the UI in the chat-core iframe (jackdhch/
 * taobao-order-triage extension/chat.js, "2026-09 实测"). A pasted picture's bubble has no .self:
 * only its nick says it is the shopper's, so the reader weighs the nick over the class.
 */
export const WANGWANG: ChatLayoutHints = {
  layout: 'wangwang',
  list: '.ww_message .rc-scrollbars-view',
  item: '.message-item',
  nick: '.nick',
  time: '.time',
  text: '.content pre.edit',
  own: '.self',
  file: { element: '.file-msg', name: '.file-name', size: '.file-size', link: 'a.download-file' },
  card: '.tpl-wrapper[data-tpl-id]',
  header: '.ww_header .name',
  disconnected: { selector: '.next-message-title', text: '连接断开' },
};

/**
 * 淘宝官方客服 / 阿里小蜜: ai.alimebot.taobao.com/intl/index.htm, built with alibaba/ChatUI
 * (jackdhch/taobao-order-triage extension/vip.js, "2026-10-05 实测"): .Message.left/.right/.center,
 * text in .Message-content, older history behind PullToRefresh's 「点击加载更多」 on a desktop.
 */
export const ALIME: ChatLayoutHints = {
  layout: 'alime',
  list: '.PullToRefresh',
  item: '.Message',
  time: '.Message-meta',
  own: '.right',
  system: '.center, .SystemMessage',
};

/** The platforms whose orders a chat page can be about (a 微店 chat is never about a Taobao order). */
export function chatPlatforms(url: string): Platform[] {
  return /^https?:\/\/[^/]*weidian\.com\//.test(url) ? ['weidian'] : ['taobao', 'tmall'];
}

const UNKNOWN: ChatLayoutHints = { layout: 'unknown' };

/** The hints for a chat page's address: known layouts by host, anything else by structure only. */
export function chatLayoutFor(url: string): ChatLayoutHints {
  if (/^https?:\/\/market\.m\.taobao\.com\/app\/im\//.test(url)) return WANGWANG;
  if (/^https?:\/\/ai\.alimebot\.taobao\.com\//.test(url)) return ALIME;
  return UNKNOWN;
}
