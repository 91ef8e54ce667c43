// The three chat fixtures served at their real addresses in a plain Chromium page, and the
// collector run on them as the background injects it (the bundled function, the layout's hints).
// For the chat benchmarks: what the capture costs beside the page's own history-load time.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import type { Browser, Frame } from 'playwright-core';
import { COLLECT_OPTIONS } from '../../entrypoints/background/capture-chat';
import type { ChatMessage, CollectedChat, CollectOptions, FrameResult } from '../../lib/chat/types';
import { chatLayoutFor } from '../../rules/sites/chat/layouts';

export type ChatLayout = 'wangwang' | 'alime' | 'weidian';

/** The script the three fixtures share, served beside each. */
const KIT_PATH = '/__fixture/chat-kit.js';
const KIT = 'tests/fixtures/chat-kit/chat-kit.js';

/** Where each fixture is served, its files by path, and the frame the chat lives in. */
const LAYOUTS: Record<ChatLayout, { url: string; files: Record<string, string>; frame?: string }> = {
  wangwang: {
    url: 'http://market.m.taobao.com/app/im/chat/index.html?uid=cntaobao%E5%B0%8F%E7%B1%B3%E5%AE%98%E6%96%B9%E6%97%97%E8%88%B0%E5%BA%97&type=web',
    files: {
      '/app/im/chat/index.html': 'tests/fixtures/chat-im/chat.html',
      '/app/im/chat-core/index.html': 'tests/fixtures/chat-im/chat-core.html',
      [KIT_PATH]: KIT,
    },
    frame: 'iframe.chat-core',
  },
  alime: {
    url: 'http://ai.alimebot.taobao.com/intl/index.htm?from=buyer',
    files: { '/intl/index.htm': 'tests/fixtures/chat-alime/index.html', [KIT_PATH]: KIT },
  },
  weidian: {
    url: 'http://im.weidian.com/chat/?from_platform=h&to_platform=a&to_user_id=1234567890',
    files: { '/chat/': 'tests/fixtures/chat-weidian/index.html', [KIT_PATH]: KIT },
  },
};

let collectorSource: Promise<string> | undefined;
/** The collector as one script defining weiquanCollector.collectChat. */
function collector(): Promise<string> {
  collectorSource ??= build({
    entryPoints: ['lib/chat/collector.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'weiquanCollector',
    target: 'chrome120',
  }).then((out) => out.outputFiles[0]!.text);
  return collectorSource;
}

export interface FixtureRun {
  result: CollectedChat;
  /** Wall time of the collector, from injection to answer (scrolled back included). */
  ms: number;
  /** The page's own waiting on history loads during the run (older and, scrolling back, newer). */
  historyMs: number;
  /** The conversation the fixture generated, as the transcript must hold it. */
  expected: ChatMessage[];
}

/** Opens a chat fixture (query appended), runs the collector in its chat frame, closes the page. */
export async function collectOnFixture(
  browser: Browser,
  layout: ChatLayout,
  query = '',
  options: CollectOptions = COLLECT_OPTIONS,
): Promise<FixtureRun> {
  const { url, files, frame: frameSelector } = LAYOUTS[layout];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const host = new URL(url).host;
    await page.route(`http://${host}/**`, async (route) => {
      const file = files[new URL(route.request().url()).pathname];
      await route.fulfill({
        contentType: file?.endsWith('.js') ? 'text/javascript' : 'text/html',
        body: file ? await readFile(file, 'utf8') : '',
      });
    });
    await page.goto(`${url}${query}`);
    const frame: Frame = frameSelector
      ? (await (await page.waitForSelector(frameSelector)).contentFrame())!
      : page.mainFrame();
    await frame.waitForFunction(() => '__historyLoadMs' in window);
    await page.waitForTimeout(300);
    const expected = await frame.evaluate(
      () => (window as unknown as { __chatFixture: { messages: ChatMessage[] } }).__chatFixture.messages,
    );
    const script = await collector();
    const hints = chatLayoutFor(url);
    const started = performance.now();
    const result = await frame.evaluate<FrameResult>(
      `${script}; weiquanCollector.collectChat(${JSON.stringify(options)}, ${JSON.stringify(hints)})`,
    );
    const ms = performance.now() - started;
    if (result.status !== 'collected') throw new Error(`collector on ${layout}: ${result.status}`);
    const historyMs = await frame.evaluate(
      () => (window as unknown as { __historyLoadMs: number }).__historyLoadMs,
    );
    return { result, ms, historyMs, expected };
  } finally {
    await page.close();
  }
}
