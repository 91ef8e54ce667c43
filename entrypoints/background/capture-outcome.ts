// What became of a capture whose answer never reached the popup: the worker can be stopped after
// the save committed but before it replied (the save is one IndexedDB transaction, so it either
// holds every item or none). The popup gave the capture an id, saved as the first item's uid;
// the restarted worker looks for it rather than trusting that no answer meant no save.
import type { Reply } from '../../lib/messages';
import type { WeiquanDb } from '../../storage/db';

export async function captureOutcome(db: WeiquanDb, requestId: string): Promise<Reply<{ ids: number[] }>> {
  const saved = await db.evidence.where('uid').equals(requestId).first();
  return saved?.id === undefined
    ? { ok: false, error: 'interrupted' }
    : { ok: true, value: { ids: [saved.id] } };
}
