/**
 * After remembered data is deleted, nothing stale survives: the background's index forgets it and
 * open tabs are told (the data version); retention runs at most daily whenever the worker wakes.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers, registerLifecycle } from '../../../entrypoints/background/handlers';
import { fingerprint } from '../../../lib/analysis/core';
import { forgetIndex } from '../../../lib/background/memory';
import { resetRetentionClock, retentionIfDue } from '../../../lib/background/retention';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, useDb } from '../../../lib/db/schema';
import { removeContentListeners, sendToBackground } from '../../../lib/messaging/content-to-background';
import { removePageListeners, sendFromPage } from '../../../lib/messaging/page-to-background';
import { DATA_VERSION_KEY, RETENTION_RAN_KEY } from '../../../lib/storage/keys';
import { updateSettings } from '../../../lib/storage/settings-item';
import { contentSender, installManifest, pageSender, sendAs } from '../helpers/messaging';

const DAY = 86_400_000;
const text = (name: string) => `Hi ${name}, I am putting together a small round table on platform engineering in Berlin on 12 March, two hours, no slides. Would you like to join us?`;
const anna = { site: 'linkedin' as const, key: 'anna', name: 'Anna Example' };
const judgeForBernd = () => sendToBackground('judgeDraft', { text: text('Bernd'), context: { site: 'linkedin', recipient: { name: 'Bernd Beispiel', key: 'linkedin:bernd' } } });
const dataVersion = async () => (await fakeBrowser.storage.local.get(DATA_VERSION_KEY))[DATA_VERSION_KEY];
let n = 0;

describe('deleting remembered data reaches the index and the open tabs', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`data-${n++}`));
    forgetIndex();
    resetRetentionClock();
    installManifest();
    registerHandlers();
  });
  afterEach(() => {
    removeContentListeners();
    removePageListeners();
  });

  async function remembered(): Promise<void> {
    sendAs(contentSender());
    await sendToBackground('recordSend', { person: anna, fingerprint: fingerprint(text('Anna'), { names: [anna.name] }), outcome: 'clean', rules: [] });
    expect((await judgeForBernd()).reuse).toMatchObject({ otherRecipients: 1 });
  }

  it('"Wipe all data": no reuse match afterwards, and the data version changes', async () => {
    await remembered();
    const before = await dataVersion();
    sendAs(pageSender());
    await sendFromPage('wipeAllData');
    expect(await dataVersion()).not.toBe(before);
    sendAs(contentSender());
    expect((await judgeForBernd()).reuse).toBeNull();
  });

  it('deleting one remembered send: no reuse match afterwards, and the data version changes', async () => {
    await remembered();
    sendAs(pageSender());
    const [row] = await sendFromPage('listSendMemory', {});
    const before = await dataVersion();
    await sendFromPage('deleteSendMemory', { id: row!.id });
    expect(await dataVersion()).not.toBe(before);
    sendAs(contentSender());
    expect((await judgeForBernd()).reuse).toBeNull();
  });

  it('retention that deleted something changes the data version; one that deleted nothing does not', async () => {
    sendAs(pageSender());
    await sendFromPage('applyRetention');
    const quiet = await dataVersion();
    await repo.recordSend({ person: anna, fingerprint: { minhash: [1], size: 1 }, outcome: 'clean', rules: [] }, Date.now() - 400 * DAY);
    expect((await sendFromPage('applyRetention')).deleted).toBeGreaterThan(0);
    expect(await dataVersion()).not.toBe(quiet);
  });
});

describe('retention when the background wakes', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`wake-${n++}`));
    forgetIndex();
    resetRetentionClock();
  });

  const old = () => repo.recordSend({ person: anna, fingerprint: { minhash: [1], size: 1 }, outcome: 'clean', rules: [] }, Date.now() - 200 * DAY);
  const settle = () => new Promise((r) => setTimeout(r, 50));

  it('runs on wake (not only at browser start), then at most once a day', async () => {
    await updateSettings((s) => ({ ...s, retentionDays: 30 }));
    await old();
    registerLifecycle(); // the service worker starts: no onStartup, no onInstalled
    await settle();
    expect(await repo.listSendMemory()).toEqual([]);
    const ranAt = (await fakeBrowser.storage.local.get(RETENTION_RAN_KEY))[RETENTION_RAN_KEY] as number;
    expect(Date.now() - ranAt).toBeLessThan(5000);

    // Woken again an hour later (a new worker): not due yet.
    await old();
    resetRetentionClock();
    expect(await retentionIfDue(Date.now() + 3_600_000)).toBeNull();
    expect(await repo.listSendMemory()).toHaveLength(1);

    // A day later it runs again.
    resetRetentionClock();
    expect(await retentionIfDue(ranAt + DAY + 1)).toBeGreaterThan(0);
    expect(await repo.listSendMemory()).toEqual([]);
  });
});
