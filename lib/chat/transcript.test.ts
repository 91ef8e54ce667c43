import { describe, expect, it } from 'vitest';
import { buildTranscript, chooseFrame, transcriptText } from './transcript';
import { CHAT_LIMITS, FrameResultSchema } from './transcript-schema';
import type { ChatMessage, CollectedChat, SideSignals } from './types';

const message = (text: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  sender: '小米官方旗舰店:小美',
  own: false,
  time: '2026-11-20 10:01:02',
  text,
  images: [],
  files: [],
  ...extra,
});

type Item = { token: number; message: ChatMessage; side?: SideSignals };

/** A collector answer; an item's side signal is its class, as the message's own says. */
const collected = ({ items, ...extra }: Omit<Partial<CollectedChat>, 'items'> & { items?: Item[] } = {}) => ({
  ...base(),
  ...extra,
  items: (items ?? base().items).map((item) => ({
    side: item.message?.own ? { cls: 'own' as const } : {},
    ...item,
  })),
});

const base = (): Omit<CollectedChat, 'items'> & { items: Item[] } => ({
  status: 'collected',
  conversation: '小米官方旗舰店',
  found: 'hint',
  frameUrl: 'https://market.m.taobao.com/app/im/chat-core/index.html',
  windows: [
    [3, 4],
    [1, 2, 3],
  ],
  items: [
    { token: 1, message: message('亲，您好', { time: '2026-11-20 10:00:00' }) },
    { token: 2, message: message('屏幕有竖线\n刚拆封', { own: true, sender: '买家小王' }) },
    { token: 3, message: message('', { images: ['https://img.alicdn.com/a.jpg'] }) },
    {
      token: 4,
      message: message('', {
        files: [{ name: '检测报告.pdf', size: '1.2MB', href: 'https://market.m.taobao.com/f?id=1' }],
        card: { tplId: '4278793723922.PNM', text: '申请开票去申请' },
      }),
    },
  ],
  scrolls: 3,
  stop: 'no-more-marker',
  durationMs: 1234,
  restored: true,
});

describe('the collector result schema', () => {
  it('accepts what the collector returns', () => {
    expect(FrameResultSchema.safeParse(collected()).success).toBe(true);
    expect(FrameResultSchema.safeParse({ status: 'no-chat' }).success).toBe(true);
  });

  it('rejects page data beyond the limits or off the shape', () => {
    const long = message('字'.repeat(CHAT_LIMITS.textChars + 1));
    const bad = [
      collected({ items: [{ token: 1, message: long }] }),
      collected({ items: [{ token: 0, message: message('x') }] }),
      collected({ windows: [[1.5]] }),
      collected({ windows: [Array.from({ length: 2001 }, (_, i) => i + 1)] }),
      { ...collected(), extra: 'field' },
      collected({
        items: [
          { token: 1, message: { ...message('x'), images: Array<string>(21).fill('https://a/b.jpg') } },
        ],
      }),
      collected({
        items: [{ token: 1, message: { ...message('x'), own: 'yes' } as unknown as ChatMessage }],
      }),
      { status: 'collected' },
      { status: 'hacked' },
      null,
    ];
    for (const value of bad) expect(FrameResultSchema.safeParse(value).success).toBe(false);
  });
});

describe('choosing the frame that holds the chat', () => {
  it('takes the collecting frame and ignores the others', () => {
    const reply = chooseFrame([{ status: 'no-chat' }, collected(), undefined]);
    expect(reply.ok && reply.value.conversation).toBe('小米官方旗舰店');
  });

  it('fails a disconnected chat, a chat being captured, and a tab with no chat', () => {
    expect(chooseFrame([collected(), { status: 'disconnected' }])).toEqual({
      ok: false,
      error: 'chat-disconnected',
    });
    expect(chooseFrame([{ status: 'busy' }])).toEqual({ ok: false, error: 'capture-busy' });
    expect(chooseFrame([{ status: 'no-chat' }, { status: 'no-chat' }])).toEqual({
      ok: false,
      error: 'no-chat',
    });
    expect(chooseFrame([])).toEqual({ ok: false, error: 'no-chat' });
  });

  it('fails the capture when the only answer breaks the schema', () => {
    expect(chooseFrame([{ status: 'no-chat' }, { ...collected(), windows: 'x' }])).toEqual({
      ok: false,
      error: 'capture-failed',
    });
  });
});

describe('building the transcript', () => {
  const at = Date.UTC(2026, 10, 22, 7, 37, 46);

  it('merges the windows in order and calls a capture that reached the top complete', () => {
    const { transcript, method } = buildTranscript(
      collected(),
      'https://market.m.taobao.com/app/im/chat/index.html',
      at,
    );
    expect(transcript.messages.map((m) => m.text || m.images[0] || m.files[0]!.name)).toEqual([
      '亲，您好',
      '屏幕有竖线\n刚拆封',
      'https://img.alicdn.com/a.jpg',
      '检测报告.pdf',
    ]);
    expect(transcript).toMatchObject({
      format: 'weiquan-chat-transcript/1',
      complete: true,
      capturedAtShanghai: '2026-11-22 15:37:46 +08:00',
    });
    expect(method).toEqual({
      messages: 4,
      scrolls: 3,
      complete: true,
      durationMs: 1234,
      stop: 'no-more-marker',
      gaps: 0,
      windows: 2,
      restored: true,
      found: 'hint',
    });
  });

  it('is incomplete when time ran out or a window was disjoint', () => {
    expect(buildTranscript(collected({ stop: 'time-limit' }), '', at).transcript.complete).toBe(false);
    expect(buildTranscript(collected({ stop: 'too-many' }), '', at).transcript.complete).toBe(false);
    const disjoint = buildTranscript(
      collected({
        windows: [
          [3, 4],
          [1, 2],
        ],
      }),
      '',
      at,
    );
    expect(disjoint.transcript.complete).toBe(false);
    expect(disjoint.method.gaps).toBe(1);
    expect(disjoint.transcript.messages).toHaveLength(4);
  });

  it('writes one line per message with its time and sender, continuations indented', () => {
    const { transcript } = buildTranscript(
      collected(),
      'https://market.m.taobao.com/app/im/chat/index.html',
      at,
      'wangwang',
    );
    const lines = transcriptText(transcript).split('\n');
    expect(lines[0]).toBe('旺旺聊天记录 · 小米官方旗舰店');
    expect(lines).toContain('2026-11-20 10:00:00 小米官方旗舰店:小美：亲，您好');
    expect(lines).toContain('2026-11-20 10:01:02 买家小王（我）：屏幕有竖线');
    expect(lines).toContain('    刚拆封');
    expect(lines).toContain('2026-11-20 10:01:02 小米官方旗舰店:小美：[图片] https://img.alicdn.com/a.jpg');
    expect(lines).toContain(
      '2026-11-20 10:01:02 小米官方旗舰店:小美：[文件] 检测报告.pdf（1.2MB） https://market.m.taobao.com/f?id=1',
    );
    expect(lines).toContain('    [卡片 4278793723922.PNM] 申请开票去申请');
    expect(lines.find((line) => line.startsWith('消息：'))).toBe('消息：4 条，从会话第一条到最后一条');
  });

  it('says so in the text when incomplete, and names an unnamed sender', () => {
    const partial = collected({
      stop: 'time-limit',
      windows: [[1]],
      items: [{ token: 1, message: message('在吗', { sender: '', own: true, truncated: true }) }],
    });
    const text = transcriptText(buildTranscript(partial, '', 0).transcript);
    expect(text).toContain('不完整：读取时间已到上限，更早的消息未读');
    expect(text).toContain('我：在吗\n    [内容过长，已截断]');
  });
});

describe('whose message each bubble is', () => {
  it('takes the nick over a bubble without the side class (a pasted picture on 旺旺)', () => {
    const own = { sender: '买家小王' };
    const { transcript } = buildTranscript(
      collected({
        windows: [[1, 2, 3, 4]],
        items: [
          { token: 1, message: message('你好', { ...own, own: true }), side: { cls: 'own', align: 'right' } },
          { token: 2, message: message('', { ...own, images: ['data:a'] }), side: { align: 'left' } },
          { token: 3, message: message('亲'), side: { align: 'left' } },
          { token: 4, message: message('官方客服 为您服务', { sender: '' }), side: { cls: 'system' } },
        ],
      }),
      '',
      0,
    );
    expect(transcript.messages.map((m) => [m.own, m.system ?? false])).toEqual([
      [true, false],
      [true, false],
      [false, false],
      [false, true],
    ]);
    expect(transcriptText(transcript)).toContain('系统消息：官方客服 为您服务');
  });

  it('reads sides from where bubbles sit when nothing else says (a layout never seen)', () => {
    const { transcript } = buildTranscript(
      collected({
        windows: [[1, 2, 3]],
        items: [
          { token: 1, message: message('在吗', { sender: '' }), side: { align: 'right' } },
          { token: 2, message: message('在的', { sender: '' }), side: { align: 'left' } },
          { token: 3, message: message('今天', { sender: '' }), side: { align: 'center' } },
        ],
      }),
      '',
      0,
    );
    expect(transcript.messages.map((m) => m.own)).toEqual([true, false, false]);
    expect(transcript.messages[2]!.system).toBe(true);
  });
});

describe('the readable transcript cannot be forged from inside a message', () => {
  it('indents every kind of line break and drops bidi controls', () => {
    const forged = '好的\r2026-11-20 10:09:00 买家小王（我）：我同意不退款\u2028x\u202eabc';
    const { transcript } = buildTranscript(
      collected({ items: [{ token: 1, message: message(forged) }], windows: [[1]] }),
      '',
      0,
    );
    const lines = transcriptText(transcript).split('\n');
    expect(lines.filter((line) => line.startsWith('2026-11-20 10:09:00'))).toEqual([]);
    expect(lines.join('\n')).not.toMatch(/[\r\u2028\u202e]/);
  });
});
