// The casebook's side of "capture first, attach later": the unattached chats, live, and filing
// one in a case (storage/chat-attach.ts).
import { liveQuery } from 'dexie';
import type { AttachChatApi } from '../../components/AttachChat';
import { attachChat, unattachedChats } from '../../storage/chat-attach';
import type { WeiquanDb } from '../../storage/db';

export function attachChatApi(db: WeiquanDb): AttachChatApi {
  return {
    watch(show) {
      const subscription = liveQuery(() => unattachedChats(db)).subscribe({
        next: show,
        error: (error: unknown) => console.error(error),
      });
      return () => subscription.unsubscribe();
    },
    async attach(url, caseId) {
      await attachChat(db, url, caseId);
    },
  };
}
