// The script inside a bundle's index.html: re-checks the picked folder or zip with the same
// checkBag as `npm run verify` and the import, and says which files fail. Built into a string
// by build-verifier.ts (no network, no modules: the page opens from the file system).
import { checkBag, describeProblem, failedFiles, notBound } from '../check';
import { reportEngine, useDigestEngine } from '../digest';
import { fileListSource, zipSource } from '../sources';
import { openZip } from '../zip-read';
import type { BagSource } from '../check';

interface Expected {
  chainHead: string;
  entries?: number;
}

function line(parent: HTMLElement, text: string, className?: string): HTMLElement {
  const el = document.createElement(parent.tagName === 'UL' ? 'li' : 'p');
  el.textContent = text;
  if (className) el.className = className;
  parent.append(el);
  return el;
}

async function recheck(load: () => Promise<BagSource>): Promise<void> {
  const out = document.getElementById('recheck-result')!;
  const progress = document.getElementById('recheck-progress') as HTMLProgressElement;
  const expected = JSON.parse(document.getElementById('expected')!.textContent ?? '{}') as Expected;
  out.replaceChildren();
  progress.hidden = false;
  try {
    const result = await checkBag(await load(), {
      onProgress: (done, total) => {
        progress.max = total || 1;
        progress.value = done;
      },
    });
    const sameCase = result.cases.some(
      (c) =>
        c.doc.chainHead === expected.chainHead &&
        (expected.entries === undefined || c.chain.entries === expected.entries),
    );
    if (result.ignored.length > 0) {
      line(
        out,
        `已忽略系统文件（不属于证据包）： Ignored system files (not part of the bundle): ${result.ignored.join(', ')}`,
        'muted',
      );
    }
    if (result.ok && sameCase) {
      line(
        out,
        `✔ 全部 ${result.files} 个文件的哈希值、清单和哈希链都核对无误。 All ${result.files} files, the manifests and the hash chain check out.`,
        'ok',
      );
      line(
        out,
        result.cases.some((c) => c.order === 'unbound')
          ? `订单信息（店铺、金额）不在哈希链里（旧版本导出），请以截图等证据为准。 The order details (shop, amount) are not in the hash chain (an older export): rely on the screenshots and other evidence.`
          : `订单信息、案件字段和每项证据都记在哈希链里；本页、投诉草稿和导出时间不在链里，请以 case.json 和证据文件为准。 The order details, the case fields and every item are bound to the chain; this page, the drafts and the export time are not: rely on case.json and the evidence files. (${notBound(result.kind).join(', ')})`,
        'muted',
      );
      out.dataset.result = 'ok';
      return;
    }
    out.dataset.result = 'failed';
    if (!sameCase)
      line(
        out,
        '✘ 这不是本报告对应的证据包（链头哈希不同）。 This is not the bundle of this report (different chain head).',
        'bad',
      );
    const failed = failedFiles(result.problems);
    if (failed.size > 0) line(out, `✘ ${failed.size} 个文件没有通过核对： ${failed.size} files fail:`, 'bad');
    const list = document.createElement('ul');
    for (const [path, problems] of failed) {
      line(
        list,
        `${path}: ${problems.map((p) => `${describeProblem(p).zh} / ${describeProblem(p).en}`).join('; ')}`,
        'bad',
      );
    }
    out.append(list);
  } catch (error) {
    out.dataset.result = 'failed';
    const text = (error as { text?: { zh: string; en: string } }).text;
    line(out, `✘ ${text ? `${text.zh} / ${text.en}` : String(error)}`, 'bad');
  } finally {
    progress.hidden = true;
  }
}

function init(): void {
  useDigestEngine(reportEngine);
  const folder = document.getElementById('pick-folder') as HTMLInputElement | null;
  const zip = document.getElementById('pick-zip') as HTMLInputElement | null;
  folder?.addEventListener('change', () => {
    const files = [...(folder.files ?? [])];
    if (files.length) void recheck(() => Promise.resolve(fileListSource(files)));
  });
  zip?.addEventListener('change', () => {
    const file = zip.files?.[0];
    if (file) void recheck(async () => zipSource(await openZip(file)));
  });
}

init();
