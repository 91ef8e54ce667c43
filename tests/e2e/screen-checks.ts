// What every shopper-facing screen must pass (issue 26): nothing wider than the window, no
// critical or serious axe-core finding, no internal source ids in the text a shopper reads.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ROOT } from './support';

// Evaluated, not added as a script tag: the extension pages' CSP refuses inline scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Internal ids and labels that must never reach a screen or an export. */
export const INTERNAL = /seed|项目调研|project research|research-channels|sample-tmall/i;

export interface AxeFinding {
  id: string;
  impact: string;
  nodes: string[];
}

/** axe-core's critical and serious findings on the page as it is now. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(o: object): Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Elements wider than the page's own width (scrollWidth > clientWidth of the document). */
export async function overflow(page: Page): Promise<{ scroll: number; client: number; widest: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const client = root.clientWidth;
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > client + 0.5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} ${Math.round(el.getBoundingClientRect().right)}px`,
      )
      .slice(0, 5);
    return { scroll: root.scrollWidth, client, widest };
  });
}

/** The text a shopper can read, plus labels, titles and links a screen reader or hover shows. */
export async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[title],[aria-label],[href],[alt]')].map((el) =>
      ['title', 'aria-label', 'href', 'alt'].map((a) => el.getAttribute(a) ?? '').join(' '),
    );
    const fields = [...document.querySelectorAll('textarea,input')].map(
      (el) => (el as HTMLInputElement).value,
    );
    return [document.body.innerText, ...attrs, ...fields].join('\n');
  });
}

/** Where screenshots of the screens go (test-results is not committed). */
export function shotPath(name: string): string {
  const dir = `${ROOT}test-results/screens`;
  mkdirSync(dir, { recursive: true });
  return `${dir}/${name}.png`;
}
