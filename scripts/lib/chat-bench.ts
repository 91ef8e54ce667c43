// Seller-chat capture costs: the merge of read windows at 1,000 and 5,000 messages; storing a
// 1,000-message transcript (merge, JSON + text, prepare = hash, saveEvidence = one strict
// transaction with two log entries) in node over fake-indexeddb and in Chromium over real
// IndexedDB; and the whole capture on the three chat fixtures (200 and 1,000 messages) beside the
// page's own history-load time.
import { runInThisContext } from 'node:vm';
import { build } from 'esbuild';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { chromium, type Browser } from 'playwright-core';
import { mergeWindows } from '../../lib/chat/merge';
import type { ChatMessage, CollectedChat } from '../../lib/chat/types';
import { CHROMIUM } from './browser';
import { collectOnFixture, type ChatLayout } from './chat-fixtures';
import { median, round, timeMedian, type BenchResult } from './measure';

const MESSAGES = 1000;
const PAGE_URL = 'https://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao小米官方旗舰店&type=web';

/** What the collector returns for a 1,000-message chat: windows of 40 sliding up by 20. */
export function syntheticChat(count: number): CollectedChat {
  const items = Array.from({ length: count }, (_, i) => {
    const own = i % 3 === 0;
    const message: ChatMessage = {
      sender: own ? '买家小王' : '小米官方旗舰店:小美',
      own,
      time: `2026-11-20 ${String(10 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`,
      // About 100 Chinese characters, as the limits note's chat rows (B.3).
      text: `第${i}条：${'亲，您的订单已经登记售后，请耐心等待处理结果，如有疑问请随时联系我们。'.repeat(3)}`,
      images: i % 17 === 0 ? [`https://img.alicdn.com/imgextra/i${i}.jpg`] : [],
      files: [],
    };
    return { token: i + 1, message, side: own ? { cls: 'own' as const } : {} };
  });
  const windows: number[][] = [];
  for (let top = count - 40; ; top -= 20) {
    const from = Math.max(0, top);
    windows.push(items.slice(from, Math.min(count, from + 40)).map((item) => item.token));
    if (from === 0) break;
  }
  return {
    status: 'collected',
    conversation: '小米官方旗舰店',
    found: 'hint',
    frameUrl: 'https://market.m.taobao.com/app/im/chat-core/index.html',
    windows,
    items,
    scrolls: windows.length,
    stop: 'no-more-marker',
    durationMs: 0,
    restored: true,
  };
}

/** The handler's work after the collector answers, timed in two parts. Shared by node and page. */
const STORE_CODE = `
import { buildTranscript, transcriptText } from './lib/chat/transcript';
import { openDb } from './storage/db';
import { prepareEvidence, saveEvidence } from './storage/evidence-repo';

export async function storeChat(collected, run) {
  const db = openDb('chat-bench-' + run);
  await db.open();
  const t0 = performance.now();
  const { transcript, method } = buildTranscript(collected, ${JSON.stringify(PAGE_URL)}, Date.now());
  const json = new Blob([JSON.stringify(transcript, null, 1)], { type: 'application/json' });
  const text = new Blob([transcriptText(transcript)], { type: 'text/plain; charset=utf-8' });
  const t1 = performance.now();
  const meta = { orderId: '5179026635514007316', method };
  const common = { kind: 'chat', url: ${JSON.stringify(PAGE_URL)}, capturedAt: Date.now(), meta };
  const prepared = await Promise.all([
    prepareEvidence({ ...common, title: 'json', mimeType: 'application/json', content: json }),
    prepareEvidence({ ...common, title: 'text', mimeType: 'text/plain; charset=utf-8', content: text }),
  ]);
  await saveEvidence(db, { platform: 'taobao', orderId: '5179026635514007316', title: 'bench' }, prepared);
  const t2 = performance.now();
  const stored = await db.evidence.count();
  db.close();
  await db.delete();
  return { buildMs: t1 - t0, storeMs: t2 - t1, bytes: json.size + text.size, messages: method.messages, stored };
}
`;

type StoreChat = (collected: CollectedChat, run: number) => Promise<StoreTimes>;

interface StoreTimes {
  buildMs: number;
  storeMs: number;
  bytes: number;
  messages: number;
  stored: number;
}

async function bundle(contents: string, globalName: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

function summary(label: string, times: StoreTimes[], runs: number): BenchResult[] {
  const { bytes, messages, stored } = times[0]!;
  if (messages !== MESSAGES || stored !== 2)
    throw new Error(`chat bench stored ${messages} messages, ${stored} items`);
  const kB = Math.round(bytes / 1024);
  return [
    {
      name: `chat transcript, ${MESSAGES} messages: merge + JSON + text (${kB} kB), ${label}`,
      unit: 'ms',
      median: round(median(times.map((t) => t.buildMs)), 2),
      runs,
    },
    {
      name: `chat transcript, ${MESSAGES} messages: prepare (SHA-256) + saveEvidence, 2 items in 1 transaction, ${label}`,
      unit: 'ms',
      median: round(median(times.map((t) => t.storeMs)), 2),
      runs,
    },
  ];
}

async function inNode(collected: CollectedChat, runs: number): Promise<BenchResult[]> {
  // The same bundle as in Chromium (its own Dexie inside), over fake-indexeddb as the globals.
  Object.assign(globalThis, { indexedDB: new IDBFactory(), IDBKeyRange });
  runInThisContext(await bundle(STORE_CODE, 'chatBench'));
  const { storeChat } = (globalThis as unknown as { chatBench: { storeChat: StoreChat } }).chatBench;
  const times: StoreTimes[] = [];
  for (let run = 0; run < runs + 2; run++) {
    const result = await storeChat(collected, run);
    if (run >= 2) times.push(result); // warm-up: JIT and the first database open
  }
  return summary('node + fake-indexeddb', times, runs);
}

async function inChromium(browser: Browser, collected: CollectedChat, runs: number): Promise<BenchResult[]> {
  const script = await bundle(STORE_CODE, 'chatBench');
  const page = await browser.newPage();
  // A real origin (IndexedDB), and a secure one (crypto.randomUUID): localhost.
  await page.route('http://localhost/chat-bench', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>chat bench</title>' }),
  );
  await page.goto('http://localhost/chat-bench');
  await page.addScriptTag({ content: script });
  const times: StoreTimes[] = [];
  for (let run = 0; run < runs + 2; run++) {
    const result = await page.evaluate(
      ([chat, n]) =>
        (
          window as unknown as { chatBench: { storeChat: (c: unknown, r: number) => Promise<StoreTimes> } }
        ).chatBench.storeChat(chat, n),
      [collected, run] as const,
    );
    if (run >= 2) times.push(result);
  }
  await page.close();
  return summary('Chromium IndexedDB (strict durability)', times, runs);
}

/** The merge of read windows at 1,000 and 5,000 messages: linear means about 5x, not 25x. */
function mergeBench(runs: number): BenchResult[] {
  const timed = (count: number) => {
    const chat = syntheticChat(count);
    const items = new Map(chat.items.map(({ token, message }) => [token, message]));
    return timeMedian(() => mergeWindows(chat.windows, items), runs, 3);
  };
  const small = timed(1000);
  const large = timed(5000);
  const base = 'chat merge of read windows: 1,000 messages (windows of 40 sliding by 20)';
  return [
    { name: base, unit: 'ms', median: round(small, 2), runs },
    {
      name: 'chat merge of read windows: 5,000 messages (budget 200 ms; was 333 ms)',
      unit: 'ms',
      median: round(large, 2),
      runs,
      baseline: base,
      ratio: round(large / small),
    },
  ];
}

/**
 * The whole capture (collector read up and scrolled back, in Chromium) on the chat fixtures,
 * beside the page's own waiting on history loads in the same run: the floor no capture beats.
 */
async function captureBench(browser: Browser, runs: number): Promise<BenchResult[]> {
  const cases: Array<[ChatLayout, string, string]> = [
    ['wangwang', '旺旺', '&count=200&slow=0'],
    ['wangwang', '旺旺', '&count=1000&slow=0'],
    ['alime', '阿里小蜜', '&count=200&slow=0'],
    ['weidian', '微店 (by structure)', '&count=200&slow=0'],
  ];
  const results: BenchResult[] = [];
  for (const [layout, label, query] of cases) {
    const capture: number[] = [];
    const floor: number[] = [];
    let count = 0;
    for (let run = 0; run < runs; run++) {
      const done = await collectOnFixture(browser, layout, query);
      const items = new Map(done.result.items.map(({ token, message }) => [token, message]));
      count = mergeWindows(done.result.windows, items).messages.length;
      if (count !== done.expected.length)
        throw new Error(`chat bench read ${count} of ${done.expected.length} on ${layout}`);
      capture.push(done.ms);
      floor.push(done.historyMs);
    }
    const floorName = `chat page's own history loads: ${label} fixture, ${count} messages (older, then newer on the way back)`;
    results.push(
      { name: floorName, unit: 'ms', median: round(median(floor), 0), runs },
      {
        name: `chat capture: ${label} fixture, ${count} messages, read up and scrolled back, Chromium`,
        unit: 'ms',
        median: round(median(capture), 0),
        runs,
        baseline: floorName,
        ratio: round(median(capture) / median(floor)),
      },
    );
  }
  return results;
}

export async function chatBench(runs: number): Promise<BenchResult[]> {
  const collected = syntheticChat(MESSAGES);
  const results = [...mergeBench(20), ...(await inNode(collected, runs))];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    results.push(...(await inChromium(browser, collected, runs)));
    results.push(...(await captureBench(browser, Math.min(runs, 3))));
  } finally {
    await browser.close();
  }
  return results;
}
