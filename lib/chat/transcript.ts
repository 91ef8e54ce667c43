// From the frames' answers to the transcript stored as evidence: pick the frame that collected,
// merge its windows into one ordered list, and write it as JSON and as readable text.
import { captureTimes } from '../capture-time';
import type { Reply } from '../messages';
import type { ChatLayoutHints } from '../../rules/sites/chat/layouts';
import { mergeWindows } from './merge';
import { resolveSides } from './sides';
import { FrameResultSchema } from './transcript-schema';
import type { ChatMessage, ChatStop, CollectedChat, FrameResult } from './types';

export const TRANSCRIPT_FORMAT = 'weiquan-chat-transcript/1';

/** What the transcript calls each layout's chat, in its header and the evidence titles. */
export const CHAT_TITLES: Record<ChatLayoutHints['layout'], string> = {
  wangwang: '旺旺聊天记录',
  alime: '淘宝官方客服聊天记录',
  unknown: '聊天记录',
};

export interface ChatTranscript {
  format: typeof TRANSCRIPT_FORMAT;
  /** Which known layout the chat was read with ('unknown': by its structure alone). */
  layout: ChatLayoutHints['layout'];
  /** The conversation's name in the chat header: the shop name or the seller's nick. */
  conversation: string;
  /** The tab's address (the chat page) and the chat frame's own. */
  pageUrl: string;
  frameUrl: string;
  capturedAtUtc: string;
  capturedAtShanghai: string;
  /** From the first message of the conversation to the last, nothing skipped. */
  complete: boolean;
  /** Why reading stopped (the top reached, or a limit; see completenessLine). */
  stop: ChatStop;
  messages: ChatMessage[];
}

/** How the transcript was taken, recorded in the evidence metadata. */
export interface ChatMethod {
  messages: number;
  scrolls: number;
  complete: boolean;
  durationMs: number;
  stop: CollectedChat['stop'];
  gaps: number;
  windows: number;
  restored: boolean;
  /** The message list was found by the layout's hint or by its structure alone. */
  found: CollectedChat['found'];
}

/**
 * The answer of the frame that holds the chat. A disconnected chat cannot load older messages,
 * so it fails the whole capture ('chat-disconnected'); another capture still scrolling the list
 * is 'capture-busy'; an answer that breaks the schema is page data gone wrong ('capture-failed').
 */
export function chooseFrame(answers: readonly unknown[]): Reply<CollectedChat> {
  const frames: FrameResult[] = [];
  let unreadable = 0;
  for (const answer of answers) {
    const parsed = FrameResultSchema.safeParse(answer);
    if (parsed.success) frames.push(parsed.data);
    else {
      unreadable++;
      console.warn('chat frame answer rejected', parsed.error.issues.slice(0, 3));
    }
  }
  if (frames.some((frame) => frame.status === 'disconnected'))
    return { ok: false, error: 'chat-disconnected' };
  if (frames.some((frame) => frame.status === 'busy')) return { ok: false, error: 'capture-busy' };
  const collected = frames
    .filter((frame): frame is CollectedChat => frame.status === 'collected')
    .sort((a, b) => b.items.length - a.items.length)[0];
  if (collected) return { ok: true, value: collected };
  return { ok: false, error: unreadable > 0 ? 'capture-failed' : 'no-chat' };
}

/** The merged transcript and how it was taken. Complete: the top was reached with no gap. */
export function buildTranscript(
  collected: CollectedChat,
  pageUrl: string,
  capturedAt: number,
  layout: ChatLayoutHints['layout'] = 'unknown',
): { transcript: ChatTranscript; method: ChatMethod } {
  const items = new Map(resolveSides(collected.items).map(({ token, message }) => [token, message]));
  const { messages, gaps } = mergeWindows(collected.windows, items);
  const reachedTop = collected.stop === 'no-more-marker' || collected.stop === 'nothing-older';
  const complete = reachedTop && gaps === 0;
  return {
    transcript: {
      format: TRANSCRIPT_FORMAT,
      layout,
      conversation: collected.conversation,
      pageUrl,
      frameUrl: collected.frameUrl,
      ...captureTimes(capturedAt),
      complete,
      stop: collected.stop,
      messages,
    },
    method: {
      messages: messages.length,
      scrolls: collected.scrolls,
      complete,
      durationMs: collected.durationMs,
      stop: collected.stop,
      gaps,
      windows: collected.windows.length,
      restored: collected.restored,
      found: collected.found,
    },
  };
}

/** Why a transcript is not the whole conversation, in the shopper's words. */
const INCOMPLETE: Record<ChatStop, string> = {
  'no-more-marker': '中途缺页，可能漏了消息',
  'nothing-older': '中途缺页，可能漏了消息',
  'time-limit': '读取时间已到上限，更早的消息未读',
  'too-many': '消息条数已到上限，更早的消息未读',
  'list-gone': '读取时聊天列表被页面移走，只保存了已读到的消息',
};

/** The transcript's status line: complete, or why not. */
export function completenessLine(transcript: ChatTranscript): string {
  const count = transcript.messages.length;
  return transcript.complete
    ? `消息：${count} 条，从会话第一条到最后一条`
    : `消息：${count} 条。不完整：${INCOMPLETE[transcript.stop]}`;
}

/** One line per message, "2026-11-20 10:01:02 卖家昵称：…", under a header saying what this is. */
export function transcriptText(transcript: ChatTranscript): string {
  const { messages } = transcript;
  const header = [
    `${CHAT_TITLES[transcript.layout]} · ${transcript.conversation || '（未显示会话名）'}`,
    `页面：${transcript.pageUrl}`,
    `保存时间：${transcript.capturedAtShanghai}（北京时间） / ${transcript.capturedAtUtc}`,
    completenessLine(transcript),
    '—'.repeat(20),
  ];
  const lines = messages.map((message) => {
    const named = message.sender && `${message.sender}${message.own ? '（我）' : ''}`;
    const who = message.system
      ? '系统消息'
      : named || (message.own ? '我' : transcript.conversation || '对方');
    const parts = [
      message.text,
      ...message.images.map((src) => `[图片] ${src}`),
      ...message.files.map((file) => `[文件] ${file.name}（${file.size}） ${file.href}`),
      ...(message.card ? [`[卡片 ${message.card.tplId}] ${message.card.text}`] : []),
      ...(message.truncated ? ['[内容过长，已截断]'] : []),
    ].filter(Boolean);
    // Continuation lines are indented, so every message starts at the margin with its time; every
    // kind of line break a page can put in a message counts, so a seller cannot forge a line.
    const body = plain(parts.join('\n')).replace(/\n/g, '\n    ');
    return `${plain(message.time)} ${plain(who)}：${body}`;
  });
  return `${[...header, ...lines].join('\n')}\n`;
}

/** Line breaks of every kind become \n; bidi controls, which can reorder what is shown, are dropped. */
function plain(text: string): string {
  return text.replace(/\r\n?|[\u0085\u2028\u2029\v\f]/g, '\n').replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
}
