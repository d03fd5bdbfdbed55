import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers, registerLifecycle } from '../../../entrypoints/background/handlers';
import { TaktvollDb, useDb } from '../../../lib/db/schema';
import { removeAllListeners, sendMessage } from '../../../lib/messaging/protocol';
import { loadSettings } from '../../../lib/storage/settings-item';

const person = { site: 'xing' as const, key: 'name:anna beispiel', name: 'Anna Beispiel' };
let n = 0;

describe('background message handlers (through the typed protocol)', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`handlers-${n++}`));
    registerHandlers();
  });
  afterEach(() => removeAllListeners());

  it('answers a content script about a recipient, then records a send', async () => {
    expect(await sendMessage('getComposerInfo', person)).toMatchObject({ trusted: false, contacted: false, budgetLeft: 10 });
    await sendMessage('recordSend', { person, fingerprint: { minhash: [5, 6], size: 3 }, outcome: 'clean', rules: [] });
    expect(await sendMessage('getComposerInfo', person)).toMatchObject({ contacted: true });
    const memory = await sendMessage('getSendMemory', { days: 7 });
    expect(memory).toHaveLength(1);
    expect(JSON.stringify(memory)).not.toMatch(/Anna/);
  });

  it('rejects payloads that do not validate and changes nothing', async () => {
    await expect(sendMessage('recordSend', { person: { site: 'myspace', key: 'x', name: '' }, fingerprint: { minhash: [], size: 0 }, outcome: 'clean', rules: [] } as never)).rejects.toThrow();
    expect(await sendMessage('getSendMemory', { days: 7 })).toEqual([]);
  });

  it('turns "Never for this rule" into a settings change and "Not for this person" into a trusted contact', async () => {
    await sendMessage('recordChoice', { kind: 'disable-rule', rule: 'pitch-first-message' });
    expect((await loadSettings()).rules['pitch-first-message']).toBe(false);
    await sendMessage('recordChoice', { kind: 'trust-person', person });
    expect(await sendMessage('listTrusted', undefined)).toEqual([expect.objectContaining({ key: person.key, source: 'pause-card' })]);
    expect(await sendMessage('getComposerInfo', person)).toMatchObject({ trusted: true });
  });
});

describe('background lifecycle', () => {
  const health = { site: 'xing', url: 'https://www.xing.com/chats/1', frame: 'top', active: true, reasons: [], composers: 1, groupDialogs: 0, matched: [], errors: [] };
  beforeEach(() => registerLifecycle());
  afterEach(() => fakeBrowser.reset());

  it("forgets a tab's health when it loads a new document or closes, not on other updates", async () => {
    await fakeBrowser.storage.session.set({ 'health:5': { 0: health }, 'health:6': { 0: health } });
    const tab = { id: 5, index: 0, windowId: 1, active: true, highlighted: true, pinned: false, incognito: false };
    await fakeBrowser.tabs.onUpdated.trigger(5, { title: 'Chats' }, tab as never);
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, tab as never);
    expect(await fakeBrowser.storage.session.get('health:5')).toEqual({ 'health:5': { 0: health } });
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, tab as never);
    await expect.poll(async () => fakeBrowser.storage.session.get('health:5')).toEqual({});
    expect(await fakeBrowser.storage.session.get('health:6')).toEqual({ 'health:6': { 0: health } });
    await fakeBrowser.tabs.onRemoved.trigger(6, { windowId: 1, isWindowClosing: false });
    await expect.poll(async () => fakeBrowser.storage.session.get('health:6')).toEqual({});
  });
});
