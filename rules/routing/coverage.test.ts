import { describe, expect, it } from 'vitest';
import { coveredChecklist } from './coverage';

const ORDER = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803';

describe('checklist coverage', () => {
  it('ticks the order facts for a capture of the order page, and nothing for an unrelated page', () => {
    expect([...coveredChecklist([{ kind: 'full-page', url: ORDER, mimeType: 'image/png' }])]).toEqual([
      'order-number',
      'order-time',
      'item-name',
      'shop-name',
      'order-screenshot',
    ]);
    expect(
      coveredChecklist([{ kind: 'screenshot', url: 'https://www.baidu.com/s?wd=x', mimeType: 'image/png' }])
        .size,
    ).toBe(0);
  });

  it('ticks the chat for a transcript or a capture of the chat page', () => {
    const chat = 'https://market.m.taobao.com/app/im/chat/index.html?uid=cntaobaoabc';
    expect(
      coveredChecklist([{ kind: 'chat', url: chat, mimeType: 'application/json' }]).has('chat-screenshots'),
    ).toBe(true);
    expect(
      coveredChecklist([{ kind: 'pane', url: chat, mimeType: 'image/png' }]).has('chat-screenshots'),
    ).toBe(true);
  });

  it('ticks media for photos and videos the shopper adds, but never guesses what a document is', () => {
    expect(coveredChecklist([{ kind: 'file', url: '', mimeType: 'video/mp4' }]).has('unboxing-video')).toBe(
      true,
    );
    expect(coveredChecklist([{ kind: 'file', url: '', mimeType: 'image/jpeg' }]).has('unboxing-video')).toBe(
      false,
    );
    expect(coveredChecklist([{ kind: 'file', url: '', mimeType: 'application/pdf' }]).size).toBe(0);
    expect(coveredChecklist([{ kind: 'screenshot', url: 'not a url', mimeType: 'image/png' }]).size).toBe(0);
  });
});
