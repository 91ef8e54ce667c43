// Our bundles read by a BagIt validator that is not ours (tests/support/bagit-validator.ts, no
// code shared with storage/bundle), after Info-ZIP's unzip unpacked them: a case bundle and a
// whole-database backup are valid bags, and the validator does fail bags that are not.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, exportCase } from '../storage/bundle/export';
import { openDb } from '../storage/db';
import { seedCase } from './fixtures/bundles/seed';
import { validateBag } from './support/bagit-validator';

const dir = mkdtempSync(join(tmpdir(), 'bagit-independent-'));
const bags: Record<'case' | 'backup', string> = { case: '', backup: '' };

/** Writes the zip and unpacks it with unzip, as a clerk would: the bag's folder. */
function unpack(name: string, bytes: Uint8Array): string {
  writeFileSync(join(dir, `${name}.zip`), bytes);
  execFileSync('unzip', ['-q', join(dir, `${name}.zip`), '-d', join(dir, name)]);
  return join(dir, name);
}

beforeAll(async () => {
  const db = openDb('bagit-independent');
  const caseId = await seedCase(db);
  bags.case = unpack('case', new Uint8Array(await (await exportCase(db, caseId)).blob.arrayBuffer()));
  bags.backup = unpack('backup', new Uint8Array(await (await exportBackup(db)).blob.arrayBuffer()));
  await db.delete();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an independent BagIt validator (RFC 8493)', () => {
  it('finds a case bundle a valid, complete bag', () => {
    expect(validateBag(bags.case)).toEqual([]);
  });

  it('finds a whole-database backup a valid, complete bag', () => {
    expect(validateBag(bags.backup)).toEqual([]);
  });

  it('fails a bag with a changed payload file, an unlisted file, or a wrong Payload-Oxum', () => {
    appendFileSync(join(bags.case, 'data/case.json'), ' ');
    writeFileSync(join(bags.case, 'data/extra.txt'), 'x');
    const errors = validateBag(bags.case);
    expect(errors).toContain('data/case.json does not match manifest-sha256.txt');
    expect(errors).toContain('manifest-sha256.txt does not list data/extra.txt');
    expect(errors.some((e) => e.startsWith('Payload-Oxum'))).toBe(true);
  });
});
