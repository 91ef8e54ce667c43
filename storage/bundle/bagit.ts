// The BagIt (RFC 8493) tag files: bagit.txt, bag-info.txt, and `<digest> <path>` manifests.

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

export type Algorithm = 'sha256' | 'sha512';
const HEX_LENGTH: Record<Algorithm, number> = { sha256: 64, sha512: 128 };

/** RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded. */
const encodePath = (path: string) => path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const decodePath = (path: string) => path.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');

export function manifestText(digests: ReadonlyArray<{ path: string; digest: string }>): string {
  return digests.map(({ path, digest }) => `${digest}  ${encodePath(path)}\n`).join('');
}

/** Path → digest; throws a message naming the bad line. */
export function parseManifest(text: string, algorithm: Algorithm): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-fA-F]+)[ \t]+(.+)$/.exec(line);
    if (!match || match[1]!.length !== HEX_LENGTH[algorithm]) {
      throw new Error(`line ${index + 1} is not "<${algorithm}> <path>"`);
    }
    const path = decodePath(match[2]!.replace(/^\*/, ''));
    if (out.has(path)) throw new Error(`line ${index + 1} lists ${path} twice`);
    out.set(path, match[1]!.toLowerCase());
  });
  return out;
}

/** "Label: value" lines (bagit.txt, bag-info.txt); continuation lines are folded in. */
export function parseTagFields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let last = '';
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      out.set(last, `${out.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim();
    out.set(last, line.slice(colon + 1).trim());
  }
  return out;
}

export interface BagInfo {
  baggingDate: string;
  payloadBytes: number;
  payloadFiles: number;
  description: string;
  identifier: string;
  agent: string;
}

export function bagInfoText(info: BagInfo): string {
  const clean = (value: string) => value.replace(/[\r\n]+/g, ' ');
  return [
    'Source-Organization: 维权助手 Weiquan Helper (exported by the shopper)',
    `Bagging-Date: ${info.baggingDate}`,
    `Payload-Oxum: ${info.payloadBytes}.${info.payloadFiles}`,
    `External-Identifier: ${clean(info.identifier)}`,
    `External-Description: ${clean(info.description)}`,
    `Bag-Software-Agent: ${clean(info.agent)}`,
    '',
  ].join('\n');
}
