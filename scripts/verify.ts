// npm run -s verify -- BUNDLE.zip [--json] [--expect COUNT:HEAD]
// Recomputes every hash in an evidence bundle (or whole-database backup), checks the BagIt
// manifests and each case's hash chain. Exit 0 with a summary when everything checks out; exit 1
// naming each file that fails; exit 2 when the file is not a bundle (or cannot be read at all).
// The same checkBag runs in the import and in the bundle's own index.html. A bundle cannot show
// that entries were cut off the end of its own log: --expect checks it against the chain head
// recorded when the complaint was filed (the "COUNT:HEAD" line of the drafts and the report).
// Without it, OK says only that the bundle is consistent: a chain rebuilt from the first changed
// entry on, every hash recomputed, verifies too; every such OK says so and shows the head.
import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { checkBag, describeProblem, failedFiles, notBound, type BagCheck } from '../storage/bundle/check';
import { BundleError } from '../storage/bundle/errors';
import { zipSource } from '../storage/bundle/sources';
import { openZip } from '../storage/bundle/zip-read';
import { useDigestEngine } from '../storage/bundle/digest';
import { nodeEngine } from './lib/node-digest';

// Every file streams through node's native hashes: memory flat, at disk speed.
useDigestEngine(nodeEngine);

export interface VerifyOutcome {
  exitCode: 0 | 1 | 2;
  lines: string[];
  json: Record<string, unknown>;
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/**
 * What the chain heads prove. Without a head recorded elsewhere, only that the bundle agrees with
 * itself: whoever rewrites an entry, re-hashes it and re-links every later one gets OK too.
 */
function headLines(expected: { count: number; head: string } | undefined): string[] {
  if (expected) return [`  chain head MATCHES the expected ${expected.count}:${expected.head}`];
  return [
    '  CONSISTENT, NOT SHOWN TO BE THE ONE FILED: without --expect this proves only that the bundle agrees with itself;',
    '  a chain rewritten and re-hashed end to end would pass too. Compare the chain head above with the one',
    '  you recorded when filing (the drafts and the report print it), or run again with --expect COUNT:HEAD',
  ];
}

function summary(file: string, check: BagCheck, expected?: { count: number; head: string }): string[] {
  const evidence = check.cases.reduce((sum, c) => sum + c.doc.evidence.length, 0);
  const entries = check.cases.reduce((sum, c) => sum + c.chain.entries, 0);
  const what =
    check.kind === 'case'
      ? `case ${check.cases[0]!.doc.case.platform} ${check.cases[0]!.doc.case.orderId} "${check.cases[0]!.doc.case.title}"`
      : `backup of ${check.cases.length} cases`;
  return [
    `OK ${file}: ${what}`,
    `  ${check.files} files (${mb(check.bytes)}) match manifest-sha256.txt, manifest-sha512.txt and tagmanifest-sha256.txt`,
    `  ${evidence} evidence items match their case log; ${entries} log entries, every hash chain intact`,
    ...check.cases.map((c) => `  chain head ${c.chain.entries}:${c.doc.chainHead} (${c.path})`),
    ...headLines(expected),
    ...check.cases.flatMap((c) =>
      c.order === 'unbound'
        ? [`  NOT BOUND: the order details in ${c.path} (the log never recorded them: made before v4)`]
        : [],
    ),
    `  NOT BOUND to the chain (could be rewritten with the manifests recomputed): ${notBound(check.kind).join(', ')}`,
  ];
}

/** "12:abcd…" (as the drafts print it) → the head to check against. */
export function parseExpected(text: string): { count: number; head: string } | undefined {
  const match = /^(\d{1,9}):([0-9a-f]{64})$/.exec(text.trim().toLowerCase());
  return match ? { count: Number(match[1]), head: match[2]! } : undefined;
}

export async function verifyBundle(
  file: string,
  expected?: { count: number; head: string },
): Promise<VerifyOutcome> {
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    return {
      exitCode: 2,
      lines: [`NOT A BUNDLE ${file}: cannot read the file`],
      json: { file, ok: false, error: 'unreadable' },
    };
  }
  try {
    const check = await checkBag(zipSource(await openZip(await openAsBlob(file))), { expected });
    if (check.ok) {
      return {
        exitCode: 0,
        lines: summary(file, check, expected),
        json: {
          file,
          ok: true,
          kind: check.kind,
          files: check.files,
          bytes: check.bytes,
          notBound: notBound(check.kind),
          /** 'matched': the --expect head; 'not-given': consistent only, not shown to be the bundle filed. */
          expectedHead: expected ? 'matched' : 'not-given',
          cases: check.cases.map((c) => ({
            path: c.path,
            orderId: c.doc.case.orderId,
            evidence: c.doc.evidence.length,
            chainEntries: c.chain.entries,
            chainHead: c.doc.chainHead,
            order: c.order,
          })),
        },
      };
    }
    const failed = failedFiles(check.problems);
    return {
      exitCode: 1,
      lines: [
        `FAILED ${file}: ${failed.size} of ${check.files} files fail`,
        ...[...failed].map(
          ([path, problems]) => `FAIL ${path}: ${problems.map((p) => describeProblem(p).en).join('; ')}`,
        ),
      ],
      json: {
        file,
        ok: false,
        failed: [...failed].map(([path, problems]) => ({ path, problems: problems.map((p) => p.problem) })),
      },
    };
  } catch (error) {
    if (error instanceof BundleError) {
      // A named file in an otherwise readable bundle (bad case.json) is still "not a bundle we can check".
      return {
        exitCode: 2,
        lines: [`NOT A BUNDLE ${file}: ${error.text.en}`],
        json: { file, ok: false, error: error.code, files: error.files },
      };
    }
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const at = argv.indexOf('--expect');
  const expected = at >= 0 ? parseExpected(argv[at + 1] ?? '') : undefined;
  const files = argv.filter((a, i) => a !== '--json' && i !== at && (at < 0 || i !== at + 1));
  if (files.length !== 1 || (at >= 0 && !expected)) {
    console.error('usage: npm run -s verify -- BUNDLE.zip [--json] [--expect COUNT:HEAD]');
    return 2;
  }
  const outcome = await verifyBundle(files[0]!, expected);
  if (json) console.log(JSON.stringify(outcome.json));
  else for (const line of outcome.lines) console.log(line);
  return outcome.exitCode;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
