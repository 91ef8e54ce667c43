// Issue 18.7: an upgrade held back by an older connection must be said, not waited on silently,
// and our own connections must never be the ones holding it back.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { onUpgradeBlocked, openDb, type UpgradeBlocked, type WeiquanDb } from './db';

const rawOpen = (name: string, version?: number) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const request = version === undefined ? indexedDB.open(name) : indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
  });

let db: WeiquanDb | undefined;
let stop = () => {};
afterEach(async () => {
  stop();
  await db?.delete();
});

describe('blocked upgrades', () => {
  it('tells the listener while an old connection holds the upgrade, then opens once it closes', async () => {
    // An old page's connection at version 1 that ignores versionchange (never closes by itself).
    const old = await rawOpen('blocked-1', 1);
    const seen: UpgradeBlocked[] = [];
    stop = onUpgradeBlocked((blocked) => seen.push(blocked));
    db = openDb('blocked-1');
    const opening = db.open();
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(seen[0]).toEqual({ name: 'blocked-1', oldVersion: 1 });
    expect(db.isOpen()).toBe(false);
    old.close();
    await opening;
    expect(db.isOpen()).toBe(true);
    expect(db.tables.map((t) => t.name)).toContain('log');
  });

  it('our own open connection gives way to a newer version instead of blocking it', async () => {
    db = openDb('blocked-2');
    await db.cases.count(); // open
    const newer = await rawOpen('blocked-2', 1000); // resolves only if our connection closed
    expect(newer.version).toBe(1000);
    newer.close();
    expect(db.isOpen()).toBe(false);
  });

  it('an unsubscribed listener is not called', async () => {
    const old = await rawOpen('blocked-3', 1);
    let calls = 0;
    onUpgradeBlocked(() => calls++)();
    const seen: UpgradeBlocked[] = [];
    stop = onUpgradeBlocked((b) => seen.push(b));
    db = openDb('blocked-3');
    const opening = db.open();
    await expect.poll(() => seen.length).toBeGreaterThan(0);
    expect(calls).toBe(0);
    old.close();
    await opening;
  });
});
