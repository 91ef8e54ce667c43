// index.html of a case bundle: a self-contained report that opens from the file system with no
// network (a CSP forbids any fetch), shows the case, the evidence with thumbnails, metadata and
// hashes, the log and the chain status, the complaint drafts and how to verify, and re-checks the
// files in the browser with the same code as `npm run verify` (VERIFIER_SCRIPT). Every value from
// the case is escaped here; the only script is ours, allowed by its hash.
import { sha256 } from '@noble/hashes/sha2.js';
import type { ChainCheck } from '../../../lib/chain';
import { PROBLEM_LABELS, isProblem } from '../../../rules/routing';
import type { Text } from '../../../rules/channels/types';
import { KIND_NAMES, PLATFORM_NAMES, type Drafts } from '../drafts';
import { EVIDENCE_NOTE } from '../note';
import type { CaseDoc } from '../schema';
import { REPORT_STYLE } from './style';

export interface ReportInput {
  doc: CaseDoc;
  chain: ChainCheck;
  /** How many files the export's own check found a problem with (0: all match the log). */
  problems?: number;
  drafts: Drafts;
  /** Applied to every value shown (the shopper's own phone and address, when they chose it). */
  redact: (text: string) => string;
  redacted: boolean;
  verifierScript: string;
  fileName: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const both = (text: Text) => `${escapeHtml(text.zh)} <span class="en">${escapeHtml(text.en)}</span>`;
const bytes = (n: number) =>
  n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`;
const beijing = (ms: number) =>
  `${new Date(ms + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19)} 北京时间`;

/** Base64 of a SHA-256, for the CSP's script hash. */
/**
 * Evidence linked from this report: only files a browser displays without running anything
 * (pictures, plain text, JSON, PDF, audio, video). Anything else — HTML under any of its names
 * (.shtm, .xht…), SVG, XML, scripts, types yet to come — opened from here could be a live
 * document beside the report, from file://. An allow-list by name and by type: both must be on it.
 * The rest gets no link: the path, to open from the folder with a suitable program.
 */
const SAFE_NAME = /\.(png|jpe?g|gif|webp|bmp|avif|txt|json|csv|pdf|mp4|webm|mov|m4a|mp3|wav|ogg)$/i;
const SAFE_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/avif',
  'text/plain',
  'text/csv',
  'application/json',
  'application/pdf',
  'video/mp4',
  'video/webm',
  'video/quicktime',
  'audio/mp4',
  'audio/mpeg',
  'audio/wav',
  'audio/ogg',
]);
const safeToOpen = (path: string, mimeType: string) =>
  SAFE_NAME.test(path) && SAFE_TYPES.has(mimeType.split(';')[0]!.trim().toLowerCase());

function fileLink(path: string, mimeType: string): string {
  if (!safeToOpen(path, mimeType)) {
    return `<code>${escapeHtml(path)}</code><br><span class="small">为安全起见不在此打开，请在文件夹里用合适的程序查看 · not opened from here for safety: open it from the folder with a suitable program</span>`;
  }
  return `<a href="${escapeHtml(path)}">${escapeHtml(path)}</a>`;
}

function cspHash(script: string): string {
  const digest = sha256(new TextEncoder().encode(script));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** JSON inside <script type="application/json">: "<" escaped so no text can close the element. */
const jsonIsland = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const STATUSES: Record<string, Text> = {
  open: { zh: '进行中', en: 'In progress' },
  resolved: { zh: '已解决', en: 'Resolved' },
  abandoned: { zh: '已放弃', en: 'Dropped' },
};

/** "1 item", "2 items": the English half counts properly. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** An ISO time (exportedAt) in Beijing time; a value that is not a time is shown as it is. */
const beijingIso = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : beijing(ms);
};

const ACTIONS: Record<string, Text> = {
  'case-created': { zh: '建立案件', en: 'case created' },
  'case-updated': { zh: '修改案件', en: 'case updated' },
  'evidence-added': { zh: '添加证据', en: 'evidence added' },
  'evidence-deleted': { zh: '删除证据', en: 'evidence deleted' },
  'order-recorded': { zh: '记录订单信息', en: 'order details recorded' },
};

export function reportHtml(input: ReportInput): string {
  const { doc, chain, redact } = input;
  const show = (value: string | undefined) => escapeHtml(redact(value ?? ''));
  const c = doc.case;
  const order = doc.order?.order;
  const problem = c.problem && isProblem(c.problem) ? PROBLEM_LABELS[c.problem] : undefined;
  const mismatched = doc.evidence.filter((e) => e.exportProblem);
  const failed = Math.max(input.problems ?? 0, mismatched.length);
  const chainOk = chain.ok && failed === 0;
  const shanghai = (e: CaseDoc['evidence'][number]) => e.meta.capturedAtShanghai ?? beijing(e.capturedAt);

  const facts = [
    [{ zh: '平台', en: 'Platform' }, PLATFORM_NAMES[c.platform]],
    [{ zh: '订单号', en: 'Order' }, c.orderId],
    [{ zh: '店铺', en: 'Shop' }, order?.shopName ?? order?.sellerNick ?? ''],
    [{ zh: '商品', en: 'Items' }, (order?.items ?? []).map((i) => i.title).join('；')],
    [{ zh: '实付', en: 'Paid' }, order?.amount ? `¥${order.amount}` : ''],
    [{ zh: '下单时间', en: 'Ordered' }, order?.createdAt ?? ''],
    [{ zh: '问题', en: 'Problem' }, problem ? `${problem.zh} / ${problem.en}` : ''],
    [
      { zh: '状态', en: 'Status' },
      STATUSES[c.status] ? `${STATUSES[c.status]!.zh} / ${STATUSES[c.status]!.en}` : c.status,
    ],
    [{ zh: '备注', en: 'Notes' }, c.notes ?? ''],
    [{ zh: '导出时间', en: 'Exported' }, `${beijingIso(doc.exportedAt)}（${doc.exportedBy}）`],
  ] as const;

  const evidenceRows = doc.evidence
    .map((e) => {
      const thumb = e.thumbnail;
      const meta = e.meta as Record<string, unknown>;
      const viewport = meta.viewport as { width?: number; height?: number } | undefined;
      const details = [
        `${escapeHtml(shanghai(e))} · UTC ${escapeHtml(e.meta.capturedAtUtc ?? new Date(e.capturedAt).toISOString())}`,
        viewport ? `viewport ${Number(viewport.width)}×${Number(viewport.height)}` : '',
        meta.devicePixelRatio !== undefined ? `DPR ${Number(meta.devicePixelRatio)}` : '',
        `${escapeHtml(e.mimeType)} · ${bytes(e.size)} ${e.meta.extensionVersion ? ` · v${escapeHtml(e.meta.extensionVersion)}` : ''}`,
        e.meta.partial ? '<strong class="bad">部分截取 partial</strong>' : '',
        // A page loaded over plain http could have been changed on the way (issue 18.10).
        e.url.startsWith('http:') ? '<strong class="bad">未加密连接 plain http</strong>' : '',
      ].filter(Boolean);
      const method = meta.method
        ? `<details><summary>method</summary><pre>${show(JSON.stringify(meta.method, null, 1))}</pre></details>`
        : '';
      return `<tr data-uid="${escapeHtml(e.uid)}"${e.exportProblem ? ' class="bad"' : ''}>
<td>${thumb ? `<img src="${escapeHtml(thumb)}" alt="">` : ''}</td>
<td><strong>${show(e.title)}</strong><br><span class="muted">${escapeHtml(KIND_NAMES[e.kind] ?? e.kind)} · ${escapeHtml(e.kind)}</span>
${e.url ? `<br><span class="url">${show(e.url)}</span>` : ''}<br><span class="small">${details.join('<br>')}</span>${method}</td>
<td>${fileLink(e.path, e.mimeType)}<br><code>SHA-256 ${escapeHtml(e.sha256)}</code>
${e.exportProblem ? '<br><strong class="bad">导出时内容与记录的哈希值不符 · stored bytes no longer matched the logged hash at export</strong>' : ''}</td></tr>`;
    })
    .join('\n');

  const logRows = doc.log
    .map((entry) => {
      const what = entry.evidence?.title ?? entry.case?.title ?? '';
      const action = ACTIONS[entry.action];
      return `<tr><td>${entry.seq}</td><td>${escapeHtml(beijing(entry.at))}</td><td>${action ? both(action) : escapeHtml(entry.action)}</td>
<td>${show(what)}${entry.reason ? ` — ${show(entry.reason)}` : ''}</td><td><code title="${escapeHtml(entry.hash)}">${escapeHtml(entry.hash.slice(0, 16))}…</code></td></tr>`;
    })
    .join('\n');

  const draft = (title: Text, text: string, file: string) =>
    `<h3>${both(title)}</h3><p class="small">data/drafts/${escapeHtml(file)}</p><pre class="draft">${show(text)}</pre>`;

  const note = EVIDENCE_NOTE.map(
    (section) =>
      `<h3>${both(section.title)}</h3><ul>${section.lines.map((l) => `<li>${both(l)}</li>`).join('')}</ul>`,
  ).join('');

  const script = input.verifierScript;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-${cspHash(script)}'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${show(c.title || c.orderId)} · 证据包 Evidence bundle</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>${show(c.title || c.orderId)}</h1>
<p>维权助手证据包 <span class="en">Weiquan Helper evidence bundle</span> · ${escapeHtml(input.fileName)}</p>
${input.redacted ? `<p class="small">${both({ zh: '本报告已隐藏你的电话和地址。', en: 'Your phone number and address are hidden in this report.' })}</p>` : ''}
</header>
<main>
<section id="summary"><h2>${both({ zh: '案件摘要', en: 'Case summary' })}</h2>
<dl>${facts
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${both(k)}</dt><dd>${show(v)}</dd>`)
    .join('')}</dl></section>
<section id="chain"><h2>${both({ zh: '完整性', en: 'Integrity' })}</h2>
<p class="${chainOk ? 'ok' : 'bad'}" data-testid="chain-at-export">${
    chainOk
      ? both({
          zh: `导出时校验通过：${chain.entries} 条日志的哈希链完整，${doc.evidence.length} 项证据与日志一致。`,
          en: `Checked at export: the chain of ${count(chain.entries, 'log entry', 'log entries')} is intact and ${count(doc.evidence.length, 'item matches', 'items match')} the log.`,
        })
      : both({
          zh: `导出时发现问题：${chain.ok ? '' : '哈希链断裂；'}${failed} 个文件与日志不符。`,
          en: `Problems found at export: ${chain.ok ? '' : 'the hash chain is broken; '}${count(failed, 'file differs', 'files differ')} from the log.`,
        })
  }</p>
<div class="head" data-testid="chain-head-box"><p><strong>${both({ zh: '链头（投诉时请记录）', en: 'Chain head (record this when you file)' })}</strong></p>
<p><code id="chain-head">${chain.entries}:${escapeHtml(doc.chainHead)}</code></p>
<p class="small">${both({ zh: `共 ${chain.entries} 条日志，最后一条的哈希值如上。投诉时请把这一行提交给平台或 12315 记录在案：删掉日志末尾的记录不会让链断开，证据包自己查不出来，只有记在别处的链头能查出来。`, en: `${count(chain.entries, 'log entry', 'log entries')}; the last one’s hash is above. Record this line with the platform / 12315 when you file: cutting entries off the end of the log does not break the chain and the bundle alone cannot show it; only a head recorded elsewhere can.` })}</p></div>
<h3>${both({ zh: '在浏览器里重新核对', en: 'Re-check in this browser' })}</h3>
<p class="small">${both({ zh: '选择解压后的证据包文件夹，或选择 zip 文件本身。文件只在本机读取，不会上传。', en: 'Choose the unzipped bundle folder, or the zip itself. Files are read on this computer only.' })}</p>
<p><label>${both({ zh: '选择文件夹', en: 'Folder' })} <input type="file" id="pick-folder" webkitdirectory multiple></label>
<label>${both({ zh: '选择 zip', en: 'Zip file' })} <input type="file" id="pick-zip" accept=".zip,application/zip"></label></p>
<progress id="recheck-progress" value="0" max="1" hidden></progress>
<div id="recheck-result" role="status"></div>
<script type="application/json" id="expected">${jsonIsland({ chainHead: doc.chainHead, entries: chain.entries, files: doc.evidence.length })}</script>
</section>
<section id="evidence"><h2>${both({ zh: `证据（${doc.evidence.length} 项）`, en: `Evidence (${count(doc.evidence.length, 'item', 'items')})` })}</h2>
<table><thead><tr><th>${both({ zh: '缩略图', en: 'Preview' })}</th><th>${both({ zh: '内容', en: 'Item' })}</th><th>${both({ zh: '文件与哈希', en: 'File and hash' })}</th></tr></thead>
<tbody>${evidenceRows}</tbody></table></section>
<section id="timeline"><h2>${both({ zh: '时间线（案件日志）', en: 'Timeline (case log)' })}</h2>
<table><thead><tr><th>#</th><th>${both({ zh: '时间', en: 'Time' })}</th><th>${both({ zh: '操作', en: 'Action' })}</th><th>${both({ zh: '内容', en: 'What' })}</th><th>${both({ zh: '哈希值', en: 'Hash' })}</th></tr></thead>
<tbody>${logRows}</tbody></table></section>
<section id="drafts"><h2>${both({ zh: '投诉草稿', en: 'Complaint drafts' })}</h2>
${draft({ zh: '平台电话脚本', en: 'Platform call script' }, input.drafts.callScript, 'call-script.txt')}
${draft({ zh: '12315 投诉', en: '12315 complaint' }, input.drafts.complaint12315, '12315-complaint.txt')}
${draft({ zh: '公开投诉摘要', en: 'Public complaint summary' }, input.drafts.publicSummary, 'public-summary.txt')}
</section>
<section id="note"><h2>${both({ zh: '自行取证的证明力', en: 'What self-captured evidence can prove' })}</h2>${note}</section>
<section id="verify"><h2>${both({ zh: '如何核对', en: 'How to verify' })}</h2><ol>
<li>${both({ zh: '在本页上方“重新核对”选择证据包：每个文件的哈希值、清单和哈希链都会重新计算。', en: 'Use “Re-check” above: every file’s hash, the manifests and the hash chain are recomputed.' })}</li>
<li>${both({ zh: '命令行（已解压）：在证据包文件夹里运行 sha256sum -c manifest-sha256.txt（Windows：certutil -hashfile 文件名 SHA256，对照清单）。', en: 'Command line (unzipped): run sha256sum -c manifest-sha256.txt in the bundle folder (Windows: certutil -hashfile FILE SHA256, compare with the manifest).' })}</li>
<li>${both({ zh: '维权助手源码里：npm run -s verify -- 证据包.zip，同时核对清单和哈希链。', en: 'With the Weiquan Helper sources: npm run -s verify -- BUNDLE.zip checks the manifests and the chain.' })}</li>
<li>${both({ zh: '证据包是 BagIt（RFC 8493）格式：bagit.txt、bag-info.txt、manifest-sha256.txt、manifest-sha512.txt、tagmanifest-sha256.txt，证据在 data/ 目录。', en: 'The bundle is a BagIt (RFC 8493) bag: bagit.txt, bag-info.txt, manifest-sha256.txt, manifest-sha512.txt, tagmanifest-sha256.txt, evidence under data/.' })}</li>
</ol></section>
</main>
<script>${script}</script>
</body>
</html>
`;
}
