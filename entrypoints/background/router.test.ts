import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import {
  JUDGE_BATCH,
  MAX_JUDGED_CHARS,
  MAX_NUMBERS_PER_TEXT,
  MAX_REPORT_CHARS,
  REPORT_BURST,
} from '../../lib/message-limits';
import { judgeForMarks } from '../../rules/phone';
import { fixtureJson } from '../../tests/support/fixtures';
import { ReportGate } from './report-gate';
import { routeMessage, type RouterDeps } from './router';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXT_ORIGIN = `chrome-extension://${EXT_ID}`;
const PAGE = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4864583305858004803';
const detection = fixtureJson('tmall/order-detail-2025-11.expected.json');
const report = { type: 'page/detected', url: PAGE, title: '订单详情', detection };

function setup(gate = new ReportGate()) {
  const onDetected = vi.fn<RouterDeps['onDetected']>().mockResolvedValue(undefined);
  const onOpenOrder = vi.fn<RouterDeps['onOpenOrder']>().mockResolvedValue({ ok: true, value: null });
  const onPageMessage = vi.fn<RouterDeps['onPageMessage']>().mockResolvedValue({ ok: true, value: 1 });
  const onNumbers = vi.fn<RouterDeps['onNumbers']>().mockResolvedValue(undefined);
  const onFeedback = vi.fn<RouterDeps['onFeedback']>().mockResolvedValue(undefined);
  const onJudge = vi.fn<RouterDeps['onJudge']>((texts) => judgeForMarks(texts, MAX_NUMBERS_PER_TEXT));
  const deps = {
    extensionId: EXT_ID,
    extensionOrigin: EXT_ORIGIN,
    onDetected,
    onOpenOrder,
    onPageMessage,
    onNumbers,
    onFeedback,
    onJudge,
    admitReport: (tabId: number, orders: number) => gate.admit(tabId, orders, 0),
  };
  return { onDetected, onOpenOrder, onPageMessage, onNumbers, onJudge, deps };
}

const contentSender = (
  overrides: Partial<Browser.runtime.MessageSender> = {},
): Browser.runtime.MessageSender => ({
  id: EXT_ID,
  url: PAGE,
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId: 0,
  ...overrides,
});

describe('background message router', () => {
  it('accepts an order report from the top frame of an order page', async () => {
    const { deps, onDetected } = setup();
    await expect(routeMessage(report, contentSender(), deps)).resolves.toEqual({ ok: true, value: null });
    expect(onDetected).toHaveBeenCalledWith({ tabId: 7, url: PAGE, title: '订单详情', detection });
  });

  it('refuses an order report over the size cap whole, before reading it', async () => {
    const { deps, onDetected } = setup();
    // Valid by the schema: 500 orders of 10 items with 500-character titles (the audit's flood
    // had 200 items each: 20 times this).
    const item = { title: '假'.repeat(500), quantity: 1 };
    const orders = Array.from({ length: 500 }, (_, i) => ({
      orderId: String(10_000_000_000 + i),
      shopType: 'tmall',
      items: Array.from({ length: 10 }, () => item),
    }));
    const flood = { ...report, detection: { ...(detection as object), orders } };
    expect(JSON.stringify(flood).length).toBeGreaterThan(MAX_REPORT_CHARS);
    const reply = await routeMessage(flood, contentSender(), deps);
    expect(reply).toEqual({
      ok: false,
      error: `rejected message: an order report over ${MAX_REPORT_CHARS} characters`,
    });
    expect(onDetected).not.toHaveBeenCalled();
  }, 30_000);

  it('limits the order reports of each tab, not of the others', async () => {
    const { deps, onDetected } = setup();
    for (let i = 0; i < REPORT_BURST; i++) await routeMessage(report, contentSender(), deps);
    const refused = await routeMessage(report, contentSender(), deps);
    expect(refused.ok || refused.error).toMatch(/too many order reports/);
    expect(onDetected).toHaveBeenCalledTimes(REPORT_BURST);
    const other = contentSender({ tab: { id: 8 } as Browser.tabs.Tab });
    await expect(routeMessage(report, other, deps)).resolves.toEqual({ ok: true, value: null });
  });

  it.each([
    ['another extension', { id: 'someoneelse' }],
    ['no tab (not a content script)', { tab: undefined }],
    ['a sub-frame', { frameId: 3 }],
    ['a page that is not an order page', { url: 'https://evil.example/detail/orderDetail.htm' }],
    [
      'an extension page (reports come only from content scripts)',
      { url: `${EXT_ORIGIN}/popup.html`, tab: undefined },
    ],
    ['a sender with no URL', { url: undefined }],
  ])('rejects a report from %s', async (_name, overrides) => {
    const { deps, onDetected } = setup();
    const reply = await routeMessage(report, contentSender(overrides), deps);
    expect(reply.ok).toBe(false);
    expect(onDetected).not.toHaveBeenCalled();
  });

  it('passes a 维权 button click on to open the helper for that order', async () => {
    const { deps, onOpenOrder } = setup();
    await routeMessage({ type: 'order/open', orderId: '4864583305858004803' }, contentSender(), deps);
    expect(onOpenOrder).toHaveBeenCalledWith({ tabId: 7, orderId: '4864583305858004803' });
    await routeMessage({ type: 'order/open', orderId: 'javascript:1' }, contentSender(), deps);
    expect(onOpenOrder).toHaveBeenCalledTimes(1);
  });

  it('rejects a report about another origin than the sender page', async () => {
    const { deps, onDetected } = setup();
    const reply = await routeMessage({ ...report, url: 'https://evil.example/x' }, contentSender(), deps);
    expect(reply).toMatchObject({ ok: false });
    expect(onDetected).not.toHaveBeenCalled();
  });

  it.each([
    ['another platform', { platform: 'weidian' }],
    ['another page kind', { page: 'order-list' }],
  ])('rejects a report naming %s than the sender address is', async (_name, patch) => {
    // A page's scripts shape what the content script reads, never the site it is recorded for.
    const { deps, onDetected } = setup();
    const forged = { ...report, detection: { ...(detection as object), ...patch } };
    const reply = await routeMessage(forged, contentSender(), deps);
    expect(reply.ok).toBe(false);
    expect(reply).toHaveProperty('error', expect.stringContaining('tmall order-detail page cannot report'));
    expect(onDetected).not.toHaveBeenCalled();
  });

  const order = (detection as { orders: Array<Record<string, unknown>> }).orders[0]!;
  const withOrder = (patch: Record<string, unknown>) => ({
    ...report,
    detection: { ...(detection as object), orders: [{ ...order, ...patch }] },
  });
  const hostile: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'page/detected'],
    ['an unknown type', { ...report, type: 'evidence/add' }],
    ['an unknown key', { ...report, extra: 1 }],
    [
      'a __proto__ key',
      JSON.parse(
        `{"type":"page/detected","url":"${PAGE}","title":"x","detection":{"detected":false,"reason":"no-order-id"},"__proto__":{"polluted":true}}`,
      ),
    ],
    ['an order id as a number', withOrder({ orderId: Number('4864583305858004803') })],
    ['an order id with letters', withOrder({ orderId: '48645833<img src=x>' })],
    ['an oversized title', { ...report, title: 'x'.repeat(10_000) }],
    ['a javascript: snapshot URL', withOrder({ snapshotUrl: 'javascript:alert(1)' })],
    ['NaN quantity', withOrder({ items: [{ title: 't', quantity: Number.NaN }] })],
    ['an unknown shop type', withOrder({ shopType: 'official' })],
    ['a non-http page URL', { ...report, url: 'file:///etc/passwd' }],
  ];

  it.each(hostile)('rejects %s without throwing', async (_name, message) => {
    const { deps, onDetected } = setup();
    const reply = await routeMessage(message, contentSender(), deps);
    expect(reply.ok).toBe(false);
    expect(onDetected).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const call = {
    type: 'call/record',
    platform: 'tmall',
    orderId: '4864583305858004803',
    caseTitle: '3dsway旗舰店',
    answers: { dialled: '9510211', caseNumber: 'TM2025001', agentId: '8123', promisedBy: '', note: '' },
  };
  const popupSender = { id: EXT_ID, url: `${EXT_ORIGIN}/popup.html?tabId=7` };

  it('takes a call record only from our own extension pages', async () => {
    const { deps, onPageMessage } = setup();
    await expect(routeMessage(call, popupSender, deps)).resolves.toEqual({ ok: true, value: 1 });
    expect(onPageMessage).toHaveBeenCalledWith(call);
    const fromPage = await routeMessage(call, contentSender(), deps);
    expect(fromPage.ok).toBe(false);
    expect(onPageMessage).toHaveBeenCalledTimes(1);
  });

  it.each([
    { type: 'capture/full-page', tabId: 7 },
    { type: 'capture/visible', tabId: 7, order: { platform: 'tmall', orderId: '4864583305858004803' } },
    { type: 'capture/chat', tabId: 7 },
    { type: 'capture/cancel', jobId: 'x' },
    { type: 'orders/recent' },
  ])(
    'takes $type only from our own pages, never from a content script or another extension',
    async (message) => {
      const { deps, onPageMessage } = setup();
      expect((await routeMessage(message, contentSender(), deps)).ok).toBe(false);
      expect((await routeMessage(message, { ...popupSender, id: 'other-extension' }, deps)).ok).toBe(false);
      expect(onPageMessage).not.toHaveBeenCalled();
      await routeMessage(message, popupSender, deps);
      expect(onPageMessage).toHaveBeenCalledWith(message);
    },
  );

  it('rejects a capture of a made-up tab or order from an extension page', async () => {
    const { deps, onPageMessage } = setup();
    for (const bad of [
      { type: 'capture/visible', tabId: -1 },
      { type: 'capture/visible', tabId: 7, order: { platform: 'tmall', orderId: '12' } },
      { type: 'capture/full-page', tabId: 7, extra: 'x' },
    ]) {
      expect((await routeMessage(bad, popupSender, deps)).ok).toBe(false);
    }
    expect(onPageMessage).not.toHaveBeenCalled();
  });

  it('rejects a malformed call record from an extension page', async () => {
    const { deps, onPageMessage } = setup();
    const bad = { ...call, answers: { ...call.answers, note: 'x'.repeat(5000) } };
    expect((await routeMessage(bad, popupSender, deps)).ok).toBe(false);
    expect(onPageMessage).not.toHaveBeenCalled();
  });

  it("lists the numbers it judged for a frame with its own verdicts, under the sender's address", async () => {
    const { deps, onNumbers } = setup();
    const chat = 'https://market.m.taobao.com/app/im/chat-core/index.html';
    const sender = contentSender({ url: chat, frameId: 5 });
    // The frame's own node starts after 6 characters of context (one number there, not listed).
    const texts = ['热线 95188 卖家说：加微信领退款，客服电话 400-123-4567'];
    await routeMessage({ type: 'numbers/judge', texts, spans: [[9, texts[0]!.length]] }, sender, deps);
    expect(onNumbers).toHaveBeenCalledTimes(1);
    const listed = onNumbers.mock.calls[0]![0];
    expect(listed).toMatchObject({ tabId: 7, frameId: 5, url: chat });
    expect(listed.numbers).toEqual([
      expect.objectContaining({ digits: '4001234567', verdict: judgeForMarks(texts, 100)[0]![1]!.verdict }),
    ]);
    // A frame cannot report numbers or verdicts itself any more.
    const numbers = [{ text: '400-123-4567', digits: '4001234567', verdict: 'official', reasons: [] }];
    expect((await routeMessage({ type: 'page/numbers', url: chat, numbers }, sender, deps)).ok).toBe(false);
    // Texts without numbers list nothing.
    await routeMessage({ type: 'numbers/judge', texts: ['没有号码'], spans: [[0, 4]] }, sender, deps);
    expect(onNumbers).toHaveBeenCalledTimes(1);
  });

  it('judges the texts any frame of a tab sends, within the batch and length limits', async () => {
    const { deps, onJudge } = setup();
    const chat = contentSender({
      url: 'https://market.m.taobao.com/app/im/chat-core/index.html',
      frameId: 5,
    });
    const texts = ['淘宝客服电话：400-123-4567', '没有号码'];
    const reply = await routeMessage({ type: 'numbers/judge', texts, spans: [] }, chat, deps);
    expect(reply).toEqual({ ok: true, value: judgeForMarks(texts, MAX_NUMBERS_PER_TEXT) });
    const [first] = (reply as { value: ReturnType<typeof judgeForMarks> }).value;
    expect(first).toMatchObject([{ digits: '4001234567', verdict: 'suspicious' }]);
    expect(Object.keys(first![0]!).sort()).toEqual(
      ['digits', 'end', 'officialRoute', 'reasons', 'start', 'text', 'verdict'].sort(),
    );
    // A text full of numbers gets a bounded answer.
    const crowded = Array.from({ length: 150 }, (_, i) => `热线 400-555-${1000 + i}`).join('；');
    const full = await routeMessage({ type: 'numbers/judge', texts: [crowded], spans: [] }, chat, deps);
    expect((full as { value: unknown[][] }).value[0]).toHaveLength(MAX_NUMBERS_PER_TEXT);
    const tooMany = Array.from({ length: JUDGE_BATCH + 1 }, () => '400-123-4567');
    const tooLong = ['4'.repeat(MAX_JUDGED_CHARS + 1)];
    for (const bad of [tooMany, tooLong, [], [42]]) {
      await expect(
        routeMessage({ type: 'numbers/judge', texts: bad, spans: [] }, chat, deps),
      ).resolves.toMatchObject({
        ok: false,
      });
    }
    const otherExtension = contentSender({ id: 'x'.repeat(32) });
    await expect(routeMessage({ type: 'numbers/judge', texts }, otherExtension, deps)).resolves.toMatchObject(
      {
        ok: false,
      },
    );
    expect(onJudge).toHaveBeenCalledTimes(2);
  });
});
