// Checks a bag: every file against the manifests, the case JSON against its schema, each case's
// hash chain, and each evidence file against what the chain logged. One function for the
// import, `npm run verify` and the re-check inside the bundle's own index.html.
import { checkItems, verifyChain, type ChainCheck } from '../../lib/chain';
import type { Text } from '../../rules/channels/types';
import { parseManifest, parseTagFields, type Algorithm } from './bagit';
import { digestBlob, type Digests } from './digest';
import { bundleError } from './errors';
import { MAX_JSON_BYTES, MAX_TAG_TEXT_BYTES } from './limits';
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
  size(path: string): number;
  blob(path: string): Promise<Blob>;
}

export const CASE_JSON = 'data/case.json';
export const BACKUP_JSON = 'data/backup.json';

export type FileProblemCode =
  | 'missing'
  | 'hash-mismatch'
  | 'not-in-manifest'
  | 'unreadable-manifest'
  | 'oxum-mismatch'
  | 'broken-chain'
  | 'not-in-log'
  | 'logged-but-missing'
  | 'differs-from-log';

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
}

export interface BagCheck {
  ok: boolean;
  kind: 'case' | 'backup';
  files: number;
  bytes: number;
  problems: FileProblem[];
  cases: CaseChecked[];
  backup?: BackupDoc;
}

export interface CheckOptions {
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
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw bundleError('bad-json', `“${path}”不是有效的 JSON`, `"${path}" is not valid JSON`, [path]);
  }
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

  const problems: FileProblem[] = [];
  const digests = await hashAll(source, options);
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
  const payload = source.paths.filter((p) => p.startsWith('data/'));
  const tags = source.paths.filter((p) => !p.startsWith('data/') && !TAG_MANIFEST.test(p));
  for (const [name, listed] of manifests) {
    const algorithm: Algorithm = name.includes('512') ? 'sha512' : 'sha256';
    const covers = name.startsWith('tag') ? tags : payload;
    for (const [path, expected] of listed) {
      const actual = digests.get(path);
      if (!actual) problems.push({ path, problem: 'missing', detail: name });
      else if (actual[algorithm] !== expected)
        problems.push({ path, problem: 'hash-mismatch', detail: name });
    }
    for (const path of covers)
      if (!listed.has(path)) problems.push({ path, problem: 'not-in-manifest', detail: name });
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

  const cases: CaseChecked[] = [];
  let backup: BackupDoc | undefined;
  const casePaths: string[] = [CASE_JSON];
  if (kind === 'backup') {
    backup = parseDoc(
      parseJson(await readText(source, BACKUP_JSON, MAX_JSON_BYTES), BACKUP_JSON),
      BACKUP_JSON,
      BACKUP_FORMAT,
      BackupDocSchema,
    );
    casePaths.splice(0, 1, ...backup.cases);
  }
  for (const path of casePaths) {
    if (!has.has(path)) {
      problems.push({ path, problem: 'missing', detail: BACKUP_JSON });
      continue;
    }
    const doc = parseDoc(
      parseJson(await readText(source, path, MAX_JSON_BYTES), path),
      path,
      CASE_FORMAT,
      CaseDocSchema,
    );
    cases.push({ path, doc, chain: checkCase(doc, path, digests, problems) });
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
  };
}

/** The chain, its recorded head, and every evidence file against the chain and the case.json. */
function checkCase(
  doc: CaseDoc,
  path: string,
  digests: Map<string, Digests>,
  problems: FileProblem[],
): ChainCheck {
  const chain = verifyChain(doc.log);
  if (!chain.ok || chain.head !== doc.chainHead) {
    const seqs = chain.problems.map((p) => `#${p.seq} ${p.problem}`).join(', ') || 'head differs';
    problems.push({ path, problem: 'broken-chain', detail: seqs });
  }
  const byUid = new Map(doc.evidence.map((item) => [item.uid, item]));
  const present = doc.evidence.flatMap((item) => {
    const actual = digests.get(item.path);
    if (!actual) return [];
    if (actual.sha256 !== item.sha256)
      problems.push({ path: item.path, problem: 'differs-from-log', detail: path });
    return [{ uid: item.uid, title: item.title, actualSha256: actual.sha256 }];
  });
  for (const item of checkItems(doc.log, present)) {
    if (!item.problem) continue;
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

async function hashAll(source: BagSource, options: CheckOptions): Promise<Map<string, Digests>> {
  const total = source.paths.reduce((sum, p) => sum + source.size(p), 0);
  const out = new Map<string, Digests>();
  let done = 0;
  for (const path of source.paths) {
    if (options.signal?.aborted) throw bundleError('cancelled', '已取消', 'Cancelled');
    out.set(path, await digestBlob(await source.blob(path)));
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
