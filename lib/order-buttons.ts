// A small 维权 button beside each order on list pages. It lives in a shadow root so the
// page's CSS cannot restyle it. It takes its own room after the order number: floating over the
// line, it covered the first characters of the shop name that follows on the Taobao list.

const HOST_TAG = 'weiquan-order-button';
const ORDER_ATTR = 'data-weiquan-order';
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', HOST_TAG.toUpperCase()]);

const STYLE = `
:host { all: initial; display: inline-block; margin: 0 6px; vertical-align: middle; }
button { display: inline-block; height: 22px; margin: 0; padding: 0 8px; border: 1px solid #d4380d;
  border-radius: 11px; background: #fff; color: #d4380d; font: 12px/20px 'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif;
  cursor: pointer; white-space: nowrap; }
button:hover, button:focus-visible { background: #d4380d; color: #fff; outline: none; }
`;

/** First visible text node containing each wanted id, in one walk of the document. */
function findIdNodes(root: Node, ids: ReadonlySet<string>): Map<string, Text> {
  const found = new Map<string, Text>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node: Node | null = walker.currentNode;
  while (node && found.size < ids.size) {
    if (node.nodeType === Node.ELEMENT_NODE && SKIPPED.has((node as Element).tagName)) {
      node = walker.nextSibling() ?? nextOutside(walker);
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      for (const match of (node.nodeValue ?? '').matchAll(/\d{11,20}/g)) {
        if (ids.has(match[0]) && !found.has(match[0])) found.set(match[0], node as Text);
      }
    }
    node = walker.nextNode();
  }
  return found;
}

/** Leaves a skipped subtree: the next node after it in document order. */
function nextOutside(walker: TreeWalker): Node | null {
  while (walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

function createButton(orderId: string, label: string, onOpen: (orderId: string) => void): HTMLElement {
  const host = document.createElement(HOST_TAG);
  host.setAttribute(ORDER_ATTR, orderId);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.title = `${label} · ${orderId}`;
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    // Only the shopper's own click: a page script clicking our button must not open windows.
    if (event.isTrusted) onOpen(orderId);
  });
  shadow.append(style, button);
  return host;
}

/**
 * Places one button per order that does not have one yet, right after the order number's text.
 * Idempotent: run it after every detection.
 */
export function placeOrderButtons(
  orderIds: readonly string[],
  label: string,
  onOpen: (orderId: string) => void,
): void {
  const placed = new Set(
    Array.from(document.querySelectorAll(`${HOST_TAG}[${ORDER_ATTR}]`), (el) => el.getAttribute(ORDER_ATTR)),
  );
  const wanted = new Set(orderIds.filter((id) => !placed.has(id)));
  if (wanted.size === 0 || !document.body) return;
  for (const [orderId, text] of findIdNodes(document.body, wanted)) {
    text.parentNode?.insertBefore(createButton(orderId, label, onOpen), text.nextSibling);
  }
}
