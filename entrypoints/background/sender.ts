// Trust tiers for incoming messages (uBlock Origin / Bitwarden practice): the browser-supplied
// sender fields decide, never anything inside the message.
import type { Browser } from 'wxt/browser';

export type SenderTier =
  | { tier: 'content-script'; tabId: number; frameId: number; url: URL }
  | { tier: 'extension-page'; url: URL }
  | { tier: 'untrusted'; why: string };

export function classifySender(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): SenderTier {
  if (sender.id !== extensionId) return { tier: 'untrusted', why: 'another extension' };
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return { tier: 'untrusted', why: 'no sender URL' };
  }
  // protocol + host, not url.origin: some URL implementations give extension schemes a 'null' origin.
  if (`${url.protocol}//${url.host}` === extensionOrigin) return { tier: 'extension-page', url };
  if (sender.tab?.id !== undefined && sender.tab.id >= 0 && sender.frameId !== undefined) {
    return { tier: 'content-script', tabId: sender.tab.id, frameId: sender.frameId, url };
  }
  return { tier: 'untrusted', why: 'not a tab' };
}
