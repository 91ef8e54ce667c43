// An in-page warning for seller chats: when the conversation shows a combination of scam red
// flags (moving off-platform, credential requests, screen sharing, money movement…) or a strong
// phrase, a banner at the top of the frame quotes what was seen. Shadow DOM, text only.

export interface RedFlagReport {
  warn: boolean;
  reasons: Array<{ zh: string; en: string }>;
  hits: Array<{ phrase: string }>;
}

const HOST_TAG = 'weiquan-red-flags';
const STYLE = `
:host { all: initial; position: fixed; top: 8px; left: 50%; transform: translateX(-50%); z-index: 2147483001; }
.box { max-width: 520px; padding: 10px 14px; border-radius: 8px; background: #fff1e6; color: #7c2d12; border: 1px solid #c2410c;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); font: 13px/1.6 'PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif; }
.box strong { display: block; margin-bottom: 2px; }
.box p { margin: 0; }
button { font: inherit; margin-top: 6px; cursor: pointer; }
`;

/** Shows, updates or removes the banner for the latest report; a dismissed banner stays away. */
export function showRedFlags(
  report: RedFlagReport,
  lang: 'zh' | 'en',
  labels: { title: string; dismiss: string },
): void {
  let host = document.querySelector<HTMLElement>(HOST_TAG);
  if (!report.warn) {
    host?.remove();
    return;
  }
  if (host?.dataset.dismissed === 'true') return;
  if (!host) {
    host = document.createElement(HOST_TAG);
    host.attachShadow({ mode: 'open' });
    document.documentElement.append(host);
  }
  const shadow = host.shadowRoot!;
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent = labels.title;
  box.append(title);
  for (const reason of report.reasons) {
    const p = document.createElement('p');
    p.textContent = reason[lang];
    box.append(p);
  }
  const quoted = document.createElement('p');
  quoted.textContent = [...new Set(report.hits.map((hit) => `「${hit.phrase}」`))].join(' ');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = labels.dismiss;
  const banner = host;
  dismiss.addEventListener('click', () => {
    banner.dataset.dismissed = 'true';
    shadow.replaceChildren();
  });
  box.append(quoted, dismiss);
  shadow.replaceChildren(style, box);
}

/** Most recent chat text read for red flags: a long conversation is judged on its latest part. */
const MAX_CHAT_CHARS = 20_000;

/** Re-checks the frame's text for red flags a moment after it changes (new chat messages). */
export function watchRedFlags(
  ctx: { setTimeout(fn: () => void, ms: number): number; onInvalidated(fn: () => void): void },
  check: (text: string) => RedFlagReport,
  show: (report: RedFlagReport) => void,
): void {
  let timer: number | undefined;
  const run = () => {
    timer = undefined;
    const text = (document.body?.innerText ?? '').slice(-MAX_CHAT_CHARS);
    show(check(text));
  };
  const observer = new MutationObserver((records) => {
    // Our own banner's changes are not chat messages.
    if (records.every((r) => (r.target as Element).closest?.(HOST_TAG))) return;
    if (timer === undefined) timer = ctx.setTimeout(run, 500);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
  run();
}
