// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { placeOrderButtons } from './order-buttons';

const A = '5187740396615007316';
const B = '5186921453307007316';

beforeEach(() => {
  document.body.innerHTML = `
    <div id="a"><span>订单号: ${A}</span><a>店铺</a></div>
    <div id="b"><span>订单号: </span><span>${B}</span></div>
    <input value="${B}"><script>var x = "${A}";</script>`;
});

const hosts = () => Array.from(document.querySelectorAll('weiquan-order-button'));

describe('list-page 维权 buttons', () => {
  it('places one button right after each order number', () => {
    placeOrderButtons([A, B], '维权', () => undefined);
    expect(hosts().map((h) => h.getAttribute('data-weiquan-order'))).toEqual([A, B]);
    expect(document.querySelector('#a span')?.lastChild).toBe(hosts()[0]);
    expect(document.querySelector('#b span:last-child')?.lastChild).toBe(hosts()[1]);
  });

  it('never stacks a second button on the same order', () => {
    placeOrderButtons([A, B], '维权', () => undefined);
    placeOrderButtons([A, B], '维权', () => undefined);
    expect(hosts()).toHaveLength(2);
  });

  it('ignores ids inside scripts and inputs', () => {
    document.body.innerHTML = `<input value="${A}"><script>var x = "${A}";</script>`;
    placeOrderButtons([A], '维权', () => undefined);
    expect(hosts()).toHaveLength(0);
  });

  it('ignores a click made by a page script, and never lets the click reach the page', () => {
    // (The shopper's real click opening the helper is tested in Chromium: order-pages.e2e.ts.)
    const open = vi.fn();
    const pageClick = vi.fn();
    document.body.addEventListener('click', pageClick);
    placeOrderButtons([A, B], '维权', open);
    hosts()[1]!.shadowRoot!.querySelector('button')!.click();
    expect(open).not.toHaveBeenCalled();
    expect(pageClick).not.toHaveBeenCalled();
  });
});
