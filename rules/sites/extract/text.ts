// Visible-ish text of a document: text nodes outside script/style, joined by spaces.
// Iterative so a hostile, deeply nested DOM cannot overflow the stack.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const MAX_TEXT_CHARS = 2_000_000;

export function visibleText(root: Node | null | undefined, maxChars = MAX_TEXT_CHARS): string {
  if (!root) return '';
  const parts: string[] = [];
  let size = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && size < maxChars) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '')
        .trimStart()
        .slice(0, maxChars - size)
        .trimEnd();
      if (text) {
        parts.push(text);
        size += text.length + 1;
      }
      continue;
    }
    if (node.nodeType === 1 && SKIPPED.has((node as Element).tagName.toUpperCase())) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join(' ');
}

/** Normalises full-width colons and runs of white space so label regexes stay simple. */
export function normaliseText(text: string): string {
  return text.replace(/：/g, ':').replace(/\s+/g, ' ');
}
