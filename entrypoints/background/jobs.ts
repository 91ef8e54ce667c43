// A persisted job queue behind one alarm: jobs live in Dexie, the alarm is set for the earliest
// one, and it is set again whenever the service worker starts, so a killed worker loses nothing.
import { browser } from 'wxt/browser';
import type { Reply } from '../../lib/messages';
import type { WeiquanDb } from '../../storage/db';
import { addJob, dueJobs, nextDueAt, removeJobs } from '../../storage/jobs-repo';

export const JOBS_ALARM = 'weiquan-jobs';

/** An overdue job (the worker was asleep past it) fires a second from `now`, not in the past. */
export async function armJobsAlarm(db: WeiquanDb, now = Date.now()): Promise<void> {
  const next = await nextDueAt(db);
  if (next === undefined) await browser.alarms.clear(JOBS_ALARM);
  else await browser.alarms.create(JOBS_ALARM, { when: Math.max(next, now + 1000) });
}

/**
 * Shows every due reminder, then removes it: a worker killed in between shows a reminder twice
 * rather than never.
 */
export async function runDueJobs(db: WeiquanDb, now = Date.now()): Promise<void> {
  const due = await dueJobs(db, now);
  for (const job of due) {
    await browser.notifications.create(`weiquan-job-${job.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: job.title,
      message: job.body,
    });
  }
  await removeJobs(
    db,
    due.map((job) => job.id!),
  );
  await armJobsAlarm(db, now);
}

const MAX_AHEAD_MS = 400 * 24 * 3600 * 1000;

export async function scheduleReminder(
  db: WeiquanDb,
  reminder: { dueAt: number; title: string; body: string },
  now = Date.now(),
): Promise<Reply<number>> {
  if (reminder.dueAt <= now || reminder.dueAt > now + MAX_AHEAD_MS) {
    return { ok: false, error: 'reminder time must be in the next 400 days' };
  }
  const id = await addJob(db, { kind: 'reminder', ...reminder, createdAt: now });
  await armJobsAlarm(db, now);
  return { ok: true, value: id };
}
