// A second reading of RFC 8493 (BagIt 1.0), for tests: validates an unpacked bag directory with
// node's fs and crypto only. It shares no code with storage/bundle (our writer and checker), so
// "BagIt" is checked by someone else's reading of the RFC; the section numbers say which rule.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root`, as bag-relative paths with forward slashes. */
function walk(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(root, full) : [relative(root, full).split(sep).join('/')];
  });
}

const HEX_LENGTH: Record<string, number> = { md5: 32, sha1: 40, sha256: 64, sha512: 128 };

/** §2.1.3: "checksum filepath", one or more linear whitespace between, %0D %0A %25 encoded. */
function readManifest(file: string, algorithm: string, errors: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const text = readFileSync(file, 'utf8');
  for (const [i, line] of text.split(/\r\n|\n|\r/).entries()) {
    if (line === '') continue;
    const match = /^(\S+)[ \t]+(.+)$/.exec(line);
    if (!match || match[1]!.length !== HEX_LENGTH[algorithm] || !/^[0-9a-fA-F]+$/.test(match[1]!)) {
      errors.push(`${file}: line ${i + 1} is not "<${algorithm}> <path>"`);
      continue;
    }
    const path = match[2]!.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
    // §7.2: a path must not point outside the bag.
    if (path.startsWith('/') || path.split('/').includes('..')) errors.push(`${file}: unsafe path ${path}`);
    out.set(path, match[1]!.toLowerCase());
  }
  return out;
}

/** The errors that make the bag at `root` invalid (empty: a valid, complete bag). */
export function validateBag(root: string): string[] {
  const errors: string[] = [];
  const files = walk(root);
  // §2.1.1: bagit.txt, exactly the version line then the encoding line.
  const declaration = files.includes('bagit.txt') ? readFileSync(join(root, 'bagit.txt'), 'utf8') : '';
  const lines = declaration.split(/\r\n|\n|\r/).filter((line) => line !== '');
  if (
    lines.length !== 2 ||
    !/^BagIt-Version: \d+\.\d+$/.test(lines[0]!) ||
    lines[1] !== 'Tag-File-Character-Encoding: UTF-8'
  ) {
    errors.push('bagit.txt is missing or malformed');
  }
  // §2.1.2: the payload directory.
  const payload = files.filter((f) => f.startsWith('data/'));
  if (payload.length === 0) errors.push('no payload under data/');
  // §2.1.3, §3: at least one payload manifest; every payload file in every one; every listed file present.
  const manifests = files.filter((f) => /^manifest-[a-z0-9]+\.txt$/.test(f));
  if (manifests.length === 0) errors.push('no payload manifest');
  const hash = (algorithm: string, path: string) =>
    createHash(algorithm)
      .update(readFileSync(join(root, path)))
      .digest('hex');
  for (const manifest of manifests) {
    const algorithm = /^manifest-([a-z0-9]+)\.txt$/.exec(manifest)![1]!;
    const listed = readManifest(join(root, manifest), algorithm, errors);
    for (const path of payload) if (!listed.has(path)) errors.push(`${manifest} does not list ${path}`);
    for (const [path, checksum] of listed) {
      if (!path.startsWith('data/')) errors.push(`${manifest} lists ${path}, outside the payload`);
      else if (!files.includes(path)) errors.push(`${manifest} lists ${path}, which is missing`);
      else if (hash(algorithm, path) !== checksum) errors.push(`${path} does not match ${manifest}`);
    }
  }
  // §2.2.1: tag manifests list tag files only, and their checksums must hold.
  for (const manifest of files.filter((f) => /^tagmanifest-[a-z0-9]+\.txt$/.test(f))) {
    const algorithm = /^tagmanifest-([a-z0-9]+)\.txt$/.exec(manifest)![1]!;
    for (const [path, checksum] of readManifest(join(root, manifest), algorithm, errors)) {
      if (path.startsWith('data/')) errors.push(`${manifest} lists payload file ${path}`);
      else if (!files.includes(path)) errors.push(`${manifest} lists ${path}, which is missing`);
      else if (hash(algorithm, path) !== checksum) errors.push(`${path} does not match ${manifest}`);
    }
  }
  // §2.2.2: bag-info.txt labels; Payload-Oxum is "octets.streams" of the payload.
  if (files.includes('bag-info.txt')) {
    const info = readFileSync(join(root, 'bag-info.txt'), 'utf8');
    for (const line of info.split(/\r\n|\n|\r/)) {
      if (line !== '' && !/^[ \t]/.test(line) && !/^[^:\s][^:]*: ?.*$/.test(line)) {
        errors.push(`bag-info.txt: "${line}" is not "Label: value"`);
      }
    }
    const oxum = /^Payload-Oxum: ?(\d+)\.(\d+)\s*$/m.exec(info);
    const octets = payload.reduce((sum, path) => sum + statSync(join(root, path)).size, 0);
    if (oxum && (Number(oxum[1]) !== octets || Number(oxum[2]) !== payload.length)) {
      errors.push(`Payload-Oxum ${oxum[1]}.${oxum[2]} ≠ ${octets}.${payload.length}`);
    }
    const date = /^Bagging-Date: ?(.*)$/m.exec(info);
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date[1]!.trim())) errors.push('Bagging-Date is not YYYY-MM-DD');
  }
  // §2.2.3: a complete bag needs nothing fetched.
  if (files.includes('fetch.txt')) errors.push('fetch.txt present: the bag is not complete');
  return errors;
}
