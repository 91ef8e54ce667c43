// Issue 18.7 in Chromium: a connection left open at an older version (here a page holding
// version 1 of the database) holds the casebook's upgrade back. The casebook says so, and loads by
// itself once that connection closes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support';

let harness: Harness;
let holder: Page;

beforeAll(async () => {
  harness = await startHarness({});
  // An extension page without the database (the offscreen document's page) plays the old tab.
  holder = await harness.browser.context.newPage();
  await holder.goto(`chrome-extension://${harness.browser.extensionId}/offscreen.html`);
  await holder.evaluate(async () => {
    await new Promise((resolve, reject) => {
      const deleting = indexedDB.deleteDatabase('weiquan');
      deleting.onsuccess = resolve;
      deleting.onerror = () => reject(new Error('delete failed'));
    });
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open('weiquan', 1);
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(new Error('open failed'));
    });
    (globalThis as unknown as { oldConnection: IDBDatabase }).oldConnection = old; // never closes by itself
  });
});
afterAll(async () => harness?.close());

describe('an upgrade held back by an old connection', () => {
  it('is said in the casebook, which loads once the old connection closes', async () => {
    const casebook = await harness.browser.context.newPage();
    await casebook.goto(`chrome-extension://${harness.browser.extensionId}/casebook.html`);
    const note = casebook.locator('#upgrade-blocked[role="alert"]');
    await note.waitFor({ timeout: 20_000 }); // the event, or the 5 s fallback
    expect(await note.textContent()).toMatch(
      /另一个标签页还开着旧版本|another tab still has the old version/,
    );
    await holder.evaluate(() =>
      (globalThis as unknown as { oldConnection: IDBDatabase }).oldConnection.close(),
    );
    await note.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await casebook.locator('#app').textContent()).not.toBe('');
  });
});
