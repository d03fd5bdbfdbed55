/**
 * Prompt fatigue through the protocol: a tab records cards and answers only for its own site; only
 * the extension's pages list toned-down rules and restore one; open tabs are told when the set of
 * toned-down rules changes; deleting a person forgets their cards.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '../../../entrypoints/background/handlers';
import { forgetIndex } from '../../../lib/background/memory';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, db, useDb } from '../../../lib/db/schema';
import { draftSketch } from '../../../lib/fatigue/policy';
import { removeContentListeners, sendToBackground } from '../../../lib/messaging/content-to-background';
import { removePageListeners, sendFromPage } from '../../../lib/messaging/page-to-background';
import { DATA_VERSION_KEY } from '../../../lib/storage/keys';
import { contentSender, installManifest, pageSender, sendAs } from '../helpers/messaging';

const anna = { site: 'linkedin' as const, key: 'anna-example', name: 'Anna Example' };
const sketch = draftSketch('Hi Anna, I hope you are well! Our agency grows sales pipelines. Quick call next week?', anna.name);
const fp = { minhash: sketch.minhash, size: sketch.size };
let n = 0;

describe('prompt fatigue through the protocol', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`fatigue-handlers-${n++}`));
    forgetIndex();
    installManifest();
    registerHandlers();
  });
  afterEach(() => {
    removeContentListeners();
    removePageListeners();
  });

  const sendAnyway = () => sendToBackground('recordSend', { person: anna, fingerprint: fp, outcome: 'sent-as-is', rules: ['templated-greeting'], card: { rules: ['templated-greeting'], via: 'send-anyway' } });

  it('records a card for the sender\'s own site and answers it in ComposerInfo', async () => {
    sendAs(contentSender('https://www.linkedin.com/messaging/thread/1/'));
    await sendToBackground('recordPrompt', { site: 'linkedin', outcome: 'shown', rules: ['pitch-first-message'], person: anna, sketch });
    const info = await sendToBackground('getComposerInfo', anna);
    expect(info.cards).toEqual([{ rule: 'pitch-first-message', at: expect.any(Number), sketch }]);
  });

  it('refuses a card or a send recorded for another site than the tab is on, and changes nothing', async () => {
    sendAs(contentSender('https://www.xing.com/chats/1'));
    await expect(sendToBackground('recordPrompt', { site: 'linkedin', outcome: 'shown', rules: ['pitch-first-message'] })).rejects.toThrow(/refused/);
    await expect(sendToBackground('recordPrompt', { site: 'xing', outcome: 'shown', rules: ['pitch-first-message'], person: anna, sketch })).rejects.toThrow(/refused/);
    await expect(sendToBackground('recordPrompt', { site: 'xing', outcome: 'kept-editing', rules: ['pitch-first-message'], person: anna })).rejects.toThrow(/refused/);
    for (let i = 0; i < 6; i++) await expect(sendAnyway()).rejects.toThrow(/refused/);
    expect(await db().prompts.count()).toBe(0);
    expect(await db().ruleAnswers.count()).toBe(0);
    expect((await repo.getStats(1, Date.now()))[0]).toMatchObject({ shown: 0, keptEditing: 0, sentAsIs: 0 });
  });

  it('tones a rule down after repeated "Send anyway", tells open tabs, and only an extension page restores it', async () => {
    sendAs(contentSender());
    expect(await sendToBackground('getTonedRules')).toEqual([]);
    for (let i = 0; i < 5; i++) await sendAnyway();
    await fakeBrowser.storage.local.remove(DATA_VERSION_KEY);
    await sendAnyway();
    expect(await sendToBackground('getTonedRules')).toEqual(['templated-greeting']);
    // Open tabs watch the data version: they ask again and stop holding for it.
    expect((await fakeBrowser.storage.local.get(DATA_VERSION_KEY))[DATA_VERSION_KEY]).toEqual(expect.any(Number));

    // A content script may not restore it (nor list it).
    await expect(sendFromPage('restoreRule', { rule: 'templated-greeting' })).rejects.toThrow(/refused.*not an extension page/);
    await expect(sendFromPage('listTonedRules')).rejects.toThrow(/refused/);
    expect(await sendToBackground('getTonedRules')).toEqual(['templated-greeting']);

    sendAs(pageSender('/popup.html'));
    expect(await sendFromPage('listTonedRules')).toEqual([{ rule: 'templated-greeting', anyway: 6, of: 6 }]);
    await expect(sendFromPage('restoreRule', { rule: 'no-such-rule' } as never)).rejects.toThrow();
    await fakeBrowser.storage.local.remove(DATA_VERSION_KEY);
    await sendFromPage('restoreRule', { rule: 'templated-greeting' });
    expect(await sendFromPage('listTonedRules')).toEqual([]);
    expect((await fakeBrowser.storage.local.get(DATA_VERSION_KEY))[DATA_VERSION_KEY]).toEqual(expect.any(Number));
  });

  it('deleting a person from the relationship memory forgets their cards; wiping forgets everything', async () => {
    sendAs(contentSender());
    await sendToBackground('recordPrompt', { site: 'linkedin', outcome: 'shown', rules: ['pitch-first-message'], person: anna, sketch });
    await sendToBackground('recordPrompt', { site: 'linkedin', outcome: 'shown', rules: ['pitch-first-message'], person: { ...anna, key: 'bernd' }, sketch });
    await sendAnyway();
    sendAs(pageSender());
    await sendFromPage('deleteRelation', { key: 'linkedin:anna-example' });
    expect((await db().prompts.toArray()).map((r) => r.personKey)).toEqual(['bernd']);
    await sendFromPage('wipeAllData');
    expect(await db().prompts.count()).toBe(0);
    expect(await db().ruleAnswers.count()).toBe(0);
  });
});
