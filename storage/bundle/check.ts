// Checks a bag: every file against the manifests, the case JSON against its schema, each case's
// hash chain, and each evidence file against what the chain logged. One function for the
// import, `npm run verify` and the re-check inside the bundle's own index.html.
import {
  canonicalSha256,
  checkItems,
  liveEvidence,
  loggedOrder,
  orderMatches,
  verifyChain,
  type ChainCheck,
} from '../../lib/chain';
import type { Text } from '../../rules/channels/types';
import { parseManifest, parseTagFields, type Algorithm } from './bagit';
import type { Digests } from './digest';
import { bundleError } from './errors';
import { MAX_JSON_DEPTH, MAX_JSON_BYTES, MAX_TAG_TEXT_BYTES, MAX_TOTAL_JSON_BYTES } from './limits';
import {
  BACKUP_FORMAT,
  BackupDocSchema,
  CASE_FORMAT,
  CaseDocSchema,
  HeaderSchema,
  SCHEMA_VERSION,
  type BackupDoc,
  type CaseDoc,
} from './schema';

/** The files of a bag, wherever they are: a zip, a picked folder. Paths are relative to the bag. */
export interface BagSource {
  paths: string[];
  /** Files left out of the check (a folder's .DS_Store, Thumbs.db, desktop.ini), to be said so. */
  ignored?: string[];
  size(path: string): number;
  blob(path: string): Promise<Blob>;
  /** The file's SHA-256 and SHA-512, read as a stream (a zip also checks the entry's CRC-32). */
  digest(path: string): Promise<Digests>;
}

export const CASE_JSON = 'data/case.json';
export const BACKUP_JSON = 'data/backup.json';
/** What an export writes under data/ besides the JSON and the evidence (drafts: case bundles only). */
export const NOTE_TXT = 'data/what-this-proves.txt';
export const DRAFT_FILES = [
  'data/drafts/call-script.txt',
  'data/drafts/12315-complaint.txt',
  'data/drafts/public-summary.txt',
] as const;

export type FileProblemCode =
  | 'missing'
  | 'hash-mismatch'
  | 'not-in-manifest'
  | 'unreadable-manifest'
  | 'oxum-mismatch'
  | 'broken-chain'
  | 'not-in-log'
  | 'logged-but-missing'
  | 'differs-from-log'
  | 'fields-differ-from-log'
  | 'unexpected-file'
  | 'missing-entries';

export interface FileProblem {
  path: string;
  problem: FileProblemCode;
  /** Which manifest, or which chain entries. */
  detail?: string;
}

export interface CaseChecked {
  /** Where its case.json is. */
  path: string;
  doc: CaseDoc;
  chain: ChainCheck;
  /**
   * Whether the order snapshot in case.json is the one the chain logged last (bound), or the
   * chain never logged one (a bundle from before v4 with an order: unbound, not imported).
   */
  order: 'bound' | 'unbound' | 'none';
}

export interface BagCheck {
  ok: boolean;
  kind: 'case' | 'backup';
  files: number;
  bytes: number;
  problems: FileProblem[];
  cases: CaseChecked[];
  backup?: BackupDoc;
  /** Files not checked because a file manager adds them to any folder. */
  ignored: string[];
}

export interface CheckOptions {
  /**
   * The chain head recorded elsewhere (filed with the platform or 12315): a single-case bundle
   * whose log is shorter or different fails with missing-entries. A bundle cannot show its own
   * tail was cut; only a head kept outside it can.
   */
  expected?: { count: number; head: string };
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const TAG_MANIFEST = /^tagmanifest-(sha256|sha512)\.txt$/;

async function readText(source: BagSource, path: string, max: number): Promise<string> {
  if (source.size(path) > max) {
    throw bundleError(
      'json-too-large',
      `“${path}”太大（${source.size(path)} 字节，上限 ${max}）`,
      `"${path}" is too large (${source.size(path)} bytes, limit ${max})`,
      [path],
    );
  }
  return (await source.blob(path)).text();
}

function parseJson(text: string, path: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw bundleError('bad-json', `“${path}”不是有效的 JSON`, `"${path}" is not valid JSON`, [path]);
  }
  // Before any schema or hash walks it recursively: deep nesting would overflow their stacks.
  if (depthOver(value, MAX_JSON_DEPTH)) {
    throw bundleError(
      'too-deep',
      `“${path}”嵌套超过 ${MAX_JSON_DEPTH} 层，不是维权助手写出的数据`,
      `"${path}" nests deeper than ${MAX_JSON_DEPTH} levels: not data Weiquan Helper writes`,
      [path],
    );
  }
  return value;
}

/** Whether a parsed JSON value nests deeper than `max` (iteratively: no recursion to overflow). */
function depthOver(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [at, depth] = stack.pop()!;
    if (typeof at !== 'object' || at === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(at)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Format and version first, so a newer bundle is named as such rather than as "invalid". */
function parseDoc<T>(
  value: unknown,
  path: string,
  format: string,
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } };
  },
): T {
  const header = HeaderSchema.safeParse(value);
  if (!header.success || header.data.format !== format) {
    throw bundleError('wrong-kind', `“${path}”不是维权助手的数据`, `"${path}" is not Weiquan Helper data`, [
      path,
    ]);
  }
  if (header.data.version !== SCHEMA_VERSION) {
    throw bundleError(
      'unknown-version',
      `“${path}”的格式版本 ${String(header.data.version)} 不认识（本程序支持 ${SCHEMA_VERSION}），请更新维权助手`,
      `"${path}" has schema version ${String(header.data.version)}, this version reads ${SCHEMA_VERSION}: update Weiquan Helper`,
      [path],
    );
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const first = JSON.stringify(parsed.error.issues[0] ?? {}).slice(0, 300);
    throw bundleError(
      'bad-json',
      `“${path}”的内容不符合格式：${first}`,
      `"${path}" does not match its schema: ${first}`,
      [path],
    );
  }
  return parsed.data;
}

export async function checkBag(source: BagSource, options: CheckOptions = {}): Promise<BagCheck> {
  const has = new Set(source.paths);
  const bagit = has.has('bagit.txt')
    ? parseTagFields(await readText(source, 'bagit.txt', MAX_TAG_TEXT_BYTES))
    : undefined;
  if (!bagit?.get('BagIt-Version')?.startsWith('1.') || !has.has('manifest-sha256.txt')) {
    throw bundleError(
      'not-a-bundle',
      '这不是维权助手导出的证据包（缺少 bagit.txt 或 manifest-sha256.txt）',
      'This is not an evidence bundle (no bagit.txt or manifest-sha256.txt)',
    );
  }
  const kind = has.has(CASE_JSON) ? 'case' : has.has(BACKUP_JSON) ? 'backup' : undefined;
  if (!kind) {
    throw bundleError('not-a-bundle', '证据包里没有 data/case.json', 'The bundle has no data/case.json', []);
  }
  // Size limits before any JSON is read, so an oversized file costs nothing.
  const jsonPath = kind === 'case' ? CASE_JSON : BACKUP_JSON;
  if (source.size(jsonPath) > MAX_JSON_BYTES) await readText(source, jsonPath, MAX_JSON_BYTES);

  // Everything small is read and parsed before any file is hashed: a bundle whose manifests or
  // JSON are bad is refused without inflating a single large entry.
  const problems: FileProblem[] = [];
  const manifests = new Map<string, Map<string, string>>();
  for (const name of source.paths.filter((p) => /^(tag)?manifest-(sha256|sha512)\.txt$/.test(p))) {
    try {
      manifests.set(
        name,
        parseManifest(
          await readText(source, name, MAX_TAG_TEXT_BYTES),
          name.includes('512') ? 'sha512' : 'sha256',
        ),
      );
    } catch (error) {
      problems.push({ path: name, problem: 'unreadable-manifest', detail: String((error as Error).message) });
    }
  }
  const docs = await readDocs(source, has, kind);
  // Only what a manifest lists is hashed: anything else fails as not-in-manifest unread.
  const listed = [...new Set([...manifests.values()].flatMap((m) => [...m.keys()]))].filter((p) =>
    has.has(p),
  );
  const digests = await hashAll(source, listed, options);

  const payload = source.paths.filter((p) => p.startsWith('data/'));
  const tags = source.paths.filter((p) => !p.startsWith('data/') && !TAG_MANIFEST.test(p));
  for (const [name, list] of manifests) {
    const algorithm: Algorithm = name.includes('512') ? 'sha512' : 'sha256';
    const covers = name.startsWith('tag') ? tags : payload;
    for (const [path, expected] of list) {
      const actual = digests.get(path);
      if (!actual) problems.push({ path, problem: 'missing', detail: name });
      else if (actual[algorithm] !== expected)
        problems.push({ path, problem: 'hash-mismatch', detail: name });
    }
    for (const path of covers)
      if (!list.has(path)) problems.push({ path, problem: 'not-in-manifest', detail: name });
  }
  if (
    !manifests.has('tagmanifest-sha256.txt') &&
    !problems.some((p) => p.path === 'tagmanifest-sha256.txt')
  ) {
    for (const path of tags.filter((p) => p !== 'bagit.txt')) {
      problems.push({ path, problem: 'not-in-manifest', detail: 'tagmanifest-sha256.txt' });
    }
  }
  if (has.has('bag-info.txt')) {
    const oxum = parseTagFields(await readText(source, 'bag-info.txt', MAX_TAG_TEXT_BYTES)).get(
      'Payload-Oxum',
    );
    const bytes = payload.reduce((sum, p) => sum + source.size(p), 0);
    if (oxum !== undefined && oxum !== `${bytes}.${payload.length}`) {
      problems.push({
        path: 'bag-info.txt',
        problem: 'oxum-mismatch',
        detail: `${oxum} ≠ ${bytes}.${payload.length}`,
      });
    }
  }

  const { backup, casePaths } = docs;
  for (const path of casePaths.filter((p) => !docs.cases.has(p))) {
    problems.push({ path, problem: 'missing', detail: BACKUP_JSON });
  }
  const cases: CaseChecked[] = [...docs.cases].map(([path, doc]) => {
    const expected = kind === 'case' ? options.expected : undefined;
    const chain = checkCase(doc, path, digests, problems, expected);
    const order = loggedOrder(doc.log) ? 'bound' : doc.order ? 'unbound' : 'none';
    return { path, doc, chain, order };
  });
  if (backup) checkBackupOrders(backup, cases, problems);
  for (const item of backup?.unattached ?? []) {
    // No chain holds these yet: the file must be what was hashed at capture.
    const actual = digests.get(item.path);
    if (!actual) problems.push({ path: item.path, problem: 'missing', detail: BACKUP_JSON });
    else if (actual.sha256 !== item.sha256)
      problems.push({ path: item.path, problem: 'differs-from-log', detail: BACKUP_JSON });
  }
  // Every payload file must be accounted for: the JSON, the generated texts, or an item's file.
  const known = new Set<string>([NOTE_TXT, ...(kind === 'case' ? [CASE_JSON, ...DRAFT_FILES] : [])]);
  if (kind === 'backup') for (const path of [BACKUP_JSON, ...casePaths]) known.add(path);
  for (const { doc } of cases) for (const item of doc.evidence) known.add(item.path);
  for (const item of backup?.unattached ?? []) known.add(item.path);
  for (const path of payload) {
    if (!known.has(path)) problems.push({ path, problem: 'unexpected-file', detail: jsonPath });
  }
  const bytes = source.paths.reduce((sum, p) => sum + source.size(p), 0);
  return {
    ok: problems.length === 0,
    kind,
    files: source.paths.length,
    bytes,
    problems,
    cases,
    ...(backup && { backup }),
    ignored: source.ignored ?? [],
  };
}

/**
 * What a passing check does not vouch for (README, "What a passing verify proves"): the files
 * made from case.json at export, which cite the chain head and so cannot be logged in the chain
 * themselves, and the fields kept beside the chain. Anyone can rewrite these and recompute the
 * manifests; a clerk reads the facts from case.json's bound fields and the evidence instead.
 */
export function notBound(kind: 'case' | 'backup'): string[] {
  return [
    ...(kind === 'case' ? ['data/drafts/*', 'index.html'] : []),
    'data/what-this-proves.txt',
    'exportedAt',
    "the order's page URL, seen times and auto-confirm time",
  ];
}

/** The case fields both case.json and a log entry carry. */
const CASE_FIELDS = ['platform', 'orderId', 'title', 'status', 'problem', 'notes'] as const;
const ITEM_FIELDS = ['kind', 'title', 'capturedAt', 'size', 'sha256', 'url', 'mimeType'] as const;

/**
 * The chain, its recorded head, and every evidence file against the chain and the case.json.
 * Everything an import writes is bound to the chain: the case fields must be those of the last
 * entry that records them, each item's fields and metadata those the log recorded for its uid.
 * Also run at export on the document about to be written (export.ts).
 */
export function checkCase(
  doc: CaseDoc,
  path: string,
  digests: ReadonlyMap<string, { sha256: string }>,
  problems: FileProblem[],
  expected?: { count: number; head: string },
): ChainCheck {
  const chain = verifyChain(doc.log, expected);
  const cut = chain.problems.some((p) => p.problem === 'missing-entries');
  const broken = chain.problems.filter((p) => p.problem !== 'missing-entries');
  if (broken.length > 0 || chain.head !== doc.chainHead) {
    const seqs = broken.map((p) => `#${p.seq} ${p.problem}`).join(', ') || 'head differs';
    problems.push({ path, problem: 'broken-chain', detail: seqs });
  }
  if (cut && expected) {
    problems.push({
      path,
      problem: 'missing-entries',
      detail: `${chain.entries} ${chain.head.slice(0, 16)}… ≠ ${expected.count} ${expected.head.slice(0, 16)}…`,
    });
  }
  const logged = [...doc.log].reverse().find((entry) => entry.case)?.case;
  const caseDiffers = CASE_FIELDS.filter(
    (field) => !logged || (doc.case[field] ?? undefined) !== (logged[field] ?? undefined),
  );
  if (caseDiffers.length > 0) {
    problems.push({ path, problem: 'fields-differ-from-log', detail: `case: ${caseDiffers.join(', ')}` });
  }
  // The order snapshot a clerk reads (shop, items, amount, status) is the one the chain logged last.
  const lastOrder = loggedOrder(doc.log);
  if (lastOrder && (!doc.order || !orderMatches(lastOrder, doc.order.order, doc.order.url))) {
    problems.push({
      path,
      problem: 'fields-differ-from-log',
      detail: doc.order ? 'order' : 'order (left out)',
    });
  }
  const live = liveEvidence(doc.log);
  const listed = new Set<string>();
  for (const item of doc.evidence) {
    const entry = live.get(item.uid);
    if (!entry) continue; // not-in-log, below
    const differs: string[] = ITEM_FIELDS.filter((field) => item[field] !== entry[field]);
    if (canonicalSha256(item.meta) !== entry.metaSha256) differs.push('meta');
    if (listed.has(item.uid)) differs.push('uid (listed twice)');
    listed.add(item.uid);
    if (differs.length > 0)
      problems.push({ path: item.path, problem: 'fields-differ-from-log', detail: differs.join(', ') });
  }
  const byUid = new Map(doc.evidence.map((item) => [item.uid, item]));
  const absent = new Set<string>();
  const present = doc.evidence.flatMap((item) => {
    const actual = digests.get(item.path);
    if (!actual) {
      // Listed but not in the bundle: missing, whatever the log says about it.
      if (!problems.some((p) => p.path === item.path && p.problem === 'missing'))
        problems.push({ path: item.path, problem: 'missing', detail: path });
      absent.add(item.uid);
      return [];
    }
    if (actual.sha256 !== item.sha256)
      problems.push({ path: item.path, problem: 'differs-from-log', detail: path });
    return [{ uid: item.uid, title: item.title, actualSha256: actual.sha256 }];
  });
  for (const item of checkItems(doc.log, present)) {
    if (!item.problem || (item.problem === 'missing' && absent.has(item.uid))) continue;
    const file = byUid.get(item.uid)?.path ?? `${path}#${item.uid}`;
    const problem: FileProblemCode =
      item.problem === 'missing'
        ? 'logged-but-missing'
        : item.problem === 'not-in-log'
          ? 'not-in-log'
          : 'differs-from-log';
    if (!problems.some((p) => p.path === file && p.problem === problem))
      problems.push({ path: file, problem, detail: item.title });
  }
  return chain;
}

/** A backup's list of orders seen, for an order that has a case, must hold what that case logged. */
function checkBackupOrders(backup: BackupDoc, cases: CaseChecked[], problems: FileProblem[]): void {
  const logged = new Map(
    cases.map(({ doc }) => [`${doc.case.platform}:${doc.case.orderId}`, loggedOrder(doc.log)]),
  );
  for (const seen of backup.orders) {
    const key = `${seen.platform}:${seen.orderId}`;
    const last = logged.get(key);
    if (
      seen.key !== key ||
      seen.order.orderId !== seen.orderId ||
      (last !== undefined && !orderMatches(last, seen.order, seen.url))
    ) {
      problems.push({ path: BACKUP_JSON, problem: 'fields-differ-from-log', detail: `order ${key}` });
    }
  }
}

/** backup.json (for a backup) and every case.json, parsed and schema-checked. */
async function readDocs(
  source: BagSource,
  has: ReadonlySet<string>,
  kind: 'case' | 'backup',
): Promise<{ backup?: BackupDoc; casePaths: string[]; cases: Map<string, CaseDoc> }> {
  let backup: BackupDoc | undefined;
  let casePaths = [CASE_JSON];
  if (kind === 'backup') {
    backup = parseDoc(
      parseJson(await readText(source, BACKUP_JSON, MAX_JSON_BYTES), BACKUP_JSON),
      BACKUP_JSON,
      BACKUP_FORMAT,
      BackupDocSchema,
    );
    casePaths = backup.cases;
    // All the JSON of a backup together: each file is capped, and so is their sum.
    const jsonBytes = [BACKUP_JSON, ...backup.cases].reduce((sum, p) => sum + source.size(p), 0);
    if (jsonBytes > MAX_TOTAL_JSON_BYTES) {
      throw bundleError(
        'json-too-large',
        `备份里的案件数据合计太大（${jsonBytes} 字节，上限 ${MAX_TOTAL_JSON_BYTES}）`,
        `The backup's case data is too large in total (${jsonBytes} bytes, limit ${MAX_TOTAL_JSON_BYTES})`,
        [BACKUP_JSON],
      );
    }
  }
  const cases = new Map<string, CaseDoc>();
  for (const path of casePaths.filter((p) => has.has(p))) {
    const text = await readText(source, path, MAX_JSON_BYTES);
    cases.set(path, parseDoc(parseJson(text, path), path, CASE_FORMAT, CaseDocSchema));
  }
  return { ...(backup && { backup }), casePaths, cases };
}

async function hashAll(
  source: BagSource,
  paths: readonly string[],
  options: CheckOptions,
): Promise<Map<string, Digests>> {
  const total = paths.reduce((sum, p) => sum + source.size(p), 0);
  const out = new Map<string, Digests>();
  let done = 0;
  for (const path of paths) {
    if (options.signal?.aborted) throw bundleError('cancelled', '已取消', 'Cancelled');
    out.set(path, await source.digest(path));
    done += source.size(path);
    options.onProgress?.(done, total);
  }
  return out;
}

const PROBLEM_TEXT: Record<FileProblemCode, Text> = {
  missing: { zh: '文件缺失', en: 'file is missing' },
  'hash-mismatch': {
    zh: '哈希值与清单不符（文件已被改动）',
    en: 'hash does not match the manifest (the file was changed)',
  },
  'not-in-manifest': { zh: '不在清单里（多出来的文件）', en: 'not listed in the manifest (an added file)' },
  'unreadable-manifest': { zh: '清单无法读取', en: 'the manifest cannot be read' },
  'oxum-mismatch': {
    zh: '文件数量或总大小与记录不符',
    en: 'file count or total size differs from the record',
  },
  'broken-chain': { zh: '哈希链断裂（日志被改动）', en: 'the hash chain is broken (the log was changed)' },
  'not-in-log': { zh: '案件日志里没有这项证据', en: 'the case log does not know this item' },
  'logged-but-missing': {
    zh: '日志里有这项证据，但文件不在证据包里',
    en: 'the log lists this item but its file is not in the bundle',
  },
  'differs-from-log': {
    zh: '内容与案件日志记录的哈希值不符',
    en: 'content does not match the hash in the case log',
  },
  'fields-differ-from-log': {
    zh: '案件数据与案件日志记录的不符（被改动过）',
    en: 'the data differs from what the case log recorded (it was changed)',
  },
  'unexpected-file': {
    zh: '证据包里多出的文件（不是导出时生成的）',
    en: 'an extra file the export did not write',
  },
  'missing-entries': {
    zh: '日志比投诉时记录的链头短或不同（末尾的记录可能被删掉了）',
    en: 'the log is shorter than or differs from the chain head recorded when filing (entries may have been cut off its end)',
  },
};

export function describeProblem(problem: FileProblem): Text {
  const text = PROBLEM_TEXT[problem.problem];
  const detail = problem.detail ? ` (${problem.detail})` : '';
  return { zh: `${text.zh}${detail}`, en: `${text.en}${detail}` };
}

/** Problems grouped by file, in the order first seen: "each file that fails". */
export function failedFiles(problems: readonly FileProblem[]): Map<string, FileProblem[]> {
  const out = new Map<string, FileProblem[]>();
  for (const problem of problems) out.set(problem.path, [...(out.get(problem.path) ?? []), problem]);
  return out;
}
