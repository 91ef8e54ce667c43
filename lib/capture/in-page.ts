// Runs one capture step in a frame of a tab (page-scripts.ts), with a plain error when it fails.
import { browser } from 'wxt/browser';
import { pageCapture, type PageCommand, type PageReply } from './page-scripts';

export async function inPage(tabId: number, frameId: number, command: PageCommand): Promise<PageReply> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: pageCapture,
    args: [command],
  });
  return result?.result ?? { ok: false, error: 'no answer from the page' };
}
