import type { Job, WeiquanDb } from './db';

export async function addJob(db: WeiquanDb, job: Omit<Job, 'id'>): Promise<number> {
  return (await db.jobs.add(job)) as number;
}

/** The earliest due time of any pending job, or undefined when there is none. */
export async function nextDueAt(db: WeiquanDb): Promise<number | undefined> {
  return (await db.jobs.orderBy('dueAt').first())?.dueAt;
}

/** Every job due by `now`, earliest first. */
export async function dueJobs(db: WeiquanDb, now: number): Promise<Job[]> {
  return db.jobs.where('dueAt').belowOrEqual(now).sortBy('dueAt');
}

export async function removeJobs(db: WeiquanDb, ids: readonly number[]): Promise<void> {
  await db.jobs.bulkDelete([...ids]);
}
