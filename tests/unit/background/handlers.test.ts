import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerHandlers } from '../../../entrypoints/background/handlers';
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
