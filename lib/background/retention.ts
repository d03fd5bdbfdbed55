/**
 * Retention runs at most once a day, whenever the background wakes (a service worker starts for
 * every burst of use) — not only at browser start, so a browser left open for weeks still forgets.
 */
import { browser } from 'wxt/browser';
import * as repo from '../db/repo';
import { RETENTION_RAN_KEY } from '../storage/keys';
import { loadSettings } from '../storage/settings-item';
import { dataDeleted } from './data';
import { DAY_MS as DAY } from '../time';

/** What this service worker already knows about the last run (saves a storage read per message). */
let ranAt: number | undefined;
let running: Promise<number | null> | null = null;

/** Delete everything older than the user's retention window now; tell open tabs when something went. */
export async function applyRetention(now: number = Date.now()): Promise<number> {
  const settings = await loadSettings();
  const deleted = await repo.applyRetention(settings.retentionDays, now);
  ranAt = now;
  await browser.storage.local.set({ [RETENTION_RAN_KEY]: now });
  if (deleted > 0) await dataDeleted(now);
  return deleted;
}

/** Apply retention if it has not run in the last 24 hours; null when it was not due. */
export function retentionIfDue(now: number = Date.now()): Promise<number | null> {
  if (ranAt !== undefined && now - ranAt < DAY && now >= ranAt) return Promise.resolve(null);
  running ??= (async () => {
    try {
      const stored = (await browser.storage.local.get(RETENTION_RAN_KEY))[RETENTION_RAN_KEY];
      const last = typeof stored === 'number' && Number.isFinite(stored) ? stored : undefined;
      if (last !== undefined && now - last < DAY && now >= last) {
        ranAt = last;
        return null;
      }
      return await applyRetention(now);
    } finally {
      running = null;
    }
  })();
  return running;
}

/** For tests: forget what this worker knew (as a restart would). */
export function resetRetentionClock(): void {
  ranAt = undefined;
  running = null;
}
