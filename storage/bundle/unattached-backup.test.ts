// A chat saved before it was filed into a case (capture first, attach later) is in no case's
// chain: a whole-database backup must still carry it, checked against its capture hash, and a
// restore must bring it back unattached, ready to be filed.
import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { rebag, zipOf } from '../../tests/fixtures/bundles/raw-zip';
import { seedCase } from '../../tests/fixtures/bundles/seed';
import { verifyCase } from '../case-log';
import { attachChat, unattachedChats } from '../chat-attach';
import { openDb, type WeiquanDb } from '../db';
import { prepareEvidence, saveEvidence } from '../evidence-repo';
import { exportBackup } from './export';
import { restoreBackup } from './import';

const CHAT_URL = 'https://im.weidian.com/chat/?from_platform=h&to_platform=a&to_user_id=1234567890';
const TRANSCRIPT = '{"format":"weiquan-chat-transcript/1","messages":[{"text":"亲，加微信 kf8899"}]}';

let counter = 0;
const dbs: WeiquanDb[] = [];
function freshDb(): WeiquanDb {
  const db = openDb(`unattached-backup-${++counter}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A 微店 chat transcript saved unattached, as the capture does when no order matches. */
async function saveUnattachedChat(db: WeiquanDb): Promise<string> {
  const prepared = await prepareEvidence({
    kind: 'chat',
    url: CHAT_URL,
    title: '聊天记录 · 微店卖家（JSON）',
    capturedAt: Date.UTC(2026, 11, 7, 10),
    mimeType: 'application/json',
    content: new Blob([TRANSCRIPT], { type: 'application/json' }),
    meta: { partial: true },
  });
  const [saved] = await saveEvidence(db, { unattached: true }, [prepared]);
  return saved!.sha256;
}

describe('unattached chats in a whole-database backup', () => {
  it('are exported beside the cases and restored unattached, bytes and hash unchanged, then fileable', async () => {
    const source = freshDb();
    await seedCase(source);
    const sha256 = await saveUnattachedChat(source);
    const backup = await exportBackup(source);
    expect(backup.problems).toEqual([]);
    const files = unzipSync(new Uint8Array(await backup.blob.arrayBuffer()));
    const doc = JSON.parse(new TextDecoder().decode(files['data/backup.json'])) as {
      unattached?: Array<{ path: string; sha256: string; url: string }>;
    };
    expect(doc.unattached).toEqual([expect.objectContaining({ url: CHAT_URL, sha256 })]);
    expect(new TextDecoder().decode(files[doc.unattached![0]!.path])).toBe(TRANSCRIPT);

    const target = freshDb();
    const restored = await restoreBackup(target, backup.blob);
    expect(restored).toMatchObject({ unattached: 1, unattachedChats: 1 });
    const [chat] = await unattachedChats(target);
    expect(chat).toMatchObject({ url: CHAT_URL, transcripts: 1 });
    const item = (await target.evidence.get(chat!.ids[0]))!;
    expect(item).toMatchObject({ caseId: 0, sha256, kind: 'chat' });
    expect(await item.content.text()).toBe(TRANSCRIPT);
    // Restoring the same backup again adds nothing twice.
    expect(await restoreBackup(target, backup.blob)).toMatchObject({ unattached: 0, unattachedChats: 0 });
    // And it is filed as any unattached chat is: logged in the case's chain, which verifies.
    const caseId = restored.cases[0]!.caseId;
    expect(await attachChat(target, CHAT_URL, caseId)).toBe(1);
    expect((await verifyCase(target, caseId)).ok).toBe(true);
  });

  it('refuses a backup whose unattached file was changed, and restores nothing', async () => {
    const source = freshDb();
    await seedCase(source);
    await saveUnattachedChat(source);
    const backup = await exportBackup(source);
    const files = unzipSync(new Uint8Array(await backup.blob.arrayBuffer()));
    const doc = JSON.parse(new TextDecoder().decode(files['data/backup.json'])) as {
      unattached: Array<{ path: string }>;
    };
    // Changed and the manifests written again to match: only the capture hash can tell.
    files[doc.unattached[0]!.path] = new TextEncoder().encode(TRANSCRIPT.replace('kf8899', 'kf0000'));
    const target = freshDb();
    await expect(restoreBackup(target, new Blob([zipOf(rebag(files)) as BlobPart]))).rejects.toMatchObject({
      code: 'verify-failed',
    });
    expect(await target.evidence.count()).toBe(0);
  });
});
