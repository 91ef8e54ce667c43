import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type WeiquanDb } from '../../storage/db';
import { armJobsAlarm, JOBS_ALARM, runDueJobs, scheduleReminder } from './jobs';

let db: WeiquanDb;
let counter = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`jobs-${++counter}`);
});
afterEach(async () => db.delete());

const NOW = Date.UTC(2026, 10, 23, 2);
const HOUR = 3600_000;
const reminder = (hours: number) => ({ dueAt: NOW + hours * HOUR, title: '该跟进了', body: `${hours} 小时` });

describe('reminder job queue', () => {
  it('arms one alarm for the earliest reminder', async () => {
    await scheduleReminder(db, reminder(72), NOW);
    await scheduleReminder(db, reminder(24), NOW);
    expect((await fakeBrowser.alarms.get(JOBS_ALARM))?.scheduledTime).toBe(NOW + 24 * HOUR);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
  });

  it('shows due reminders, keeps later ones, and re-arms for the next', async () => {
    await scheduleReminder(db, reminder(24), NOW);
    await scheduleReminder(db, reminder(72), NOW);
    await runDueJobs(db, NOW + 25 * HOUR);
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(shown.map((n) => n.message)).toEqual(['24 小时']);
    expect(await db.jobs.count()).toBe(1);
    expect((await fakeBrowser.alarms.get(JOBS_ALARM))?.scheduledTime).toBe(NOW + 72 * HOUR);
  });

  it('survives a killed worker: the queue is in the database and the alarm is set again at start', async () => {
    await scheduleReminder(db, reminder(24), NOW);
    await fakeBrowser.alarms.clearAll(); // what a lost alarm looks like
    await armJobsAlarm(db, NOW);
    expect((await fakeBrowser.alarms.get(JOBS_ALARM))?.scheduledTime).toBe(NOW + 24 * HOUR);
  });

  it('sets an overdue job a second from now rather than in the past', async () => {
    await scheduleReminder(db, reminder(1), NOW);
    await armJobsAlarm(db, NOW + 5 * HOUR);
    expect((await fakeBrowser.alarms.get(JOBS_ALARM))?.scheduledTime).toBe(NOW + 5 * HOUR + 1000);
  });

  it('refuses a reminder in the past or absurdly far ahead', async () => {
    expect((await scheduleReminder(db, reminder(-1), NOW)).ok).toBe(false);
    expect((await scheduleReminder(db, reminder(24 * 500), NOW)).ok).toBe(false);
    expect(await db.jobs.count()).toBe(0);
  });
});
