// An honest note on what self-captured evidence proves, shown in the report and saved beside
// the evidence. Paraphrased from the rules summarised in research/limits-and-budgets.md §A.5
// (民事诉讼证据规定 arts. 93-94; 互联网法院规定 art. 11), not quoted: the wording there comes from
// secondary sources and has not been checked against the official text.
import type { Text } from '../../rules/channels/types';

export const EVIDENCE_NOTE: Array<{ title: Text; lines: Text[] }> = [
  {
    title: { zh: '这个证据包能证明什么', en: 'What this bundle can show' },
    lines: [
      {
        zh: '每个文件都有 SHA-256 和 SHA-512 哈希值：导出以后任何一个字节被改动，核对都会失败。',
        en: 'Every file has a SHA-256 and SHA-512 hash: if any byte changes after export, the check fails.',
      },
      {
        zh: '案件日志是一条哈希链：每条记录包含上一条的哈希值，事后插入、修改记录，或删掉中间的记录，都会让链断开；删除的证据也留在日志里。',
        en: 'The case log is a hash chain: each entry includes the previous one’s hash, so inserting or editing an entry, or removing one from the middle, breaks it; deleted items stay in the log.',
      },
      {
        zh: '但删掉日志末尾的记录不会让链断开，证据包自己也查不出来。所以投诉草稿和报告里写了“链头”（日志条数和最后一条的哈希值）：投诉时请把它提交给平台或 12315 记录在案，以后用它核对（npm run verify -- 证据包.zip --expect 条数:哈希值）。',
        en: 'Cutting entries off the end of the log does not break the chain, and the bundle alone cannot show it. That is why the drafts and the report give the chain head (the entry count and the last hash): record it with the platform / 12315 when you file, and check against it later (npm run verify -- BUNDLE.zip --expect COUNT:HASH).',
      },
      {
        zh: '每项证据记录了网址、浏览器时间（北京时间和 UTC）、窗口大小、截取方式和扩展版本，便于说明取证过程、必要时重现。',
        en: 'Each item records its URL, the computer’s time (Beijing and UTC), the window size, the capture method and the extension version, so the process can be explained and repeated.',
      },
    ],
  },
  {
    title: { zh: '它不能证明什么', en: 'What it cannot show' },
    lines: [
      {
        zh: '时间来自你自己的电脑，不是可信时间戳；控制这台电脑的人可以改时钟，也可以重新生成整条哈希链。',
        en: 'Times come from your own computer, not a trusted timestamp; whoever controls the computer can change the clock or rebuild the whole chain.',
      },
      {
        zh: '订单信息（店铺、商品、金额、状态）记在哈希链里；但投诉草稿、index.html、导出时间和订单网址没有：有人可以改写它们并重算清单，核对仍会通过。请以 case.json 和截图等证据为准。',
        en: 'The order details (shop, items, amount, status) are in the hash chain; the drafts, index.html, the export time and the order’s page URL are not: someone could rewrite those and recompute the manifests, and the check would still pass. Rely on case.json and the screenshots and other evidence.',
      },
      {
        zh: '截图只能说明浏览器当时显示了什么，不能单独证明页面没有被本地改动过，也不能证明对方的身份。',
        en: 'A screenshot shows what the browser displayed; alone it cannot prove the page was not altered locally, nor who the other party is.',
      },
      {
        zh: '法院会综合考虑取证设备和软件是否可靠、过程能否重现、内容是否完整。对方否认时，自行截取的材料可能需要其他证据佐证（平台记录、付款记录、原始设备当庭核验）。',
        en: 'Courts weigh whether the device and software were reliable, whether the process can be repeated and whether the content is complete. If the other side disputes it, self-captured material may need support (platform records, payment records, the original device shown in court).',
      },
    ],
  },
  {
    title: { zh: '什么时候该做公证或第三方存证', en: 'When to use a notarised or third-party capture' },
    lines: [
      {
        zh: '金额较大、准备起诉、对方可能否认真实性，或者页面可能被商家修改删除时，请尽快到公证处办理网页证据保全，或使用有资质的电子存证平台（可信时间戳、区块链存证）。',
        en: 'When the amount is large, you plan to sue, the other side may dispute authenticity, or the seller may edit or delete the page: have a notary preserve the web evidence, or use a qualified electronic evidence platform (trusted timestamp, blockchain deposit), soon.',
      },
      {
        zh: '平台客服介入、12315 投诉等日常维权，这个证据包通常就够用：附上截图，并说明可以用 index.html 核对完整性。',
        en: 'For platform intervention or a 12315 complaint this bundle is usually enough: attach the images and mention that index.html checks their integrity.',
      },
    ],
  },
];

export function evidenceNoteText(): string {
  return EVIDENCE_NOTE.map(
    (section) =>
      `${section.title.zh} / ${section.title.en}\n\n${section.lines.map((l) => `- ${l.zh}\n  ${l.en}`).join('\n')}`,
  ).join('\n\n');
}
