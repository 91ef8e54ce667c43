// Message rows shaped like 旺旺's (.message-item, .nick, .time, pre.edit), for the collector's
// tests on small virtual chat pages in happy-dom.

export const textOf = (i: number) => `第 ${i} 条消息`;
export const timeOf = (i: number) =>
  `2026-11-20 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;

/** Message `i`: odd ones the shopper's own (.self), even ones the shop's. */
export function chatItem(i: number): HTMLElement {
  const row = document.createElement('div');
  row.className = i % 2 ? 'message-item self' : 'message-item';
  const info = document.createElement('div');
  const nick = document.createElement('span');
  nick.className = 'nick';
  nick.textContent = i % 2 ? '买家小王' : '店铺客服';
  const time = document.createElement('span');
  time.className = 'time';
  time.textContent = timeOf(i);
  info.append(nick, time);
  const content = document.createElement('div');
  content.className = 'content';
  const text = document.createElement('pre');
  text.className = 'edit';
  text.textContent = textOf(i);
  content.append(text);
  row.append(info, content);
  return row;
}

/** An empty 旺旺-like chat window: the shop's name above the list, its scroller and rows' parent. */
export function chatWindow(): { view: HTMLElement; list: Element } {
  document.body.innerHTML =
    '<div class="ww_header"><span class="name">小米官方旗舰店</span></div>' +
    '<div class="ww_message"><div class="rc-scrollbars-view"><div class="message-list"></div></div></div>';
  const view = document.querySelector<HTMLElement>('.rc-scrollbars-view')!;
  return { view, list: view.querySelector('.message-list')! };
}
