// Saved pages arrive as UTF-8 or GBK, and their <meta charset> is not to be trusted: the real
// Taobao sample says gbk but was re-saved as UTF-8. Valid UTF-8 wins; otherwise GB18030 (a
// superset of GBK) decodes it.
export function decodePage(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
