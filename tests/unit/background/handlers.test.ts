/**
 * The background's message handlers through the typed protocol, with the senders the browser
 * would report: what a content script may ask, what only the extension's pages may ask, and
 * that every refusal changes nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers, registerLifecycle } from '../../../entrypoints/background/handlers';
import { contentHandlers } from '../../../lib/background/content-handlers';
import { storeHealth, tabHealthNow } from '../../../lib/background/health';
import { forgetIndex } from '../../../lib/background/memory';
import { pageHandlers } from '../../../lib/background/page-handlers';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, useDb } from '../../../lib/db/schema';
import { removeContentListeners, sendToBackground } from '../../../lib/messaging/content-to-background';
import { removePageListeners, sendFromPage } from '../../../lib/messaging/page-to-background';
import type { Health } from '../../../lib/messaging/schemas';
import { loadSettings } from '../../../lib/storage/settings-item';
import { contentSender, installManifest, pageSender, sendAs } from '../helpers/messaging';

const person = { site: 'xing' as const, key: 'name:anna beispiel', name: 'Anna Beispiel' };
const health: Health = { site: 'linkedin', url: 'https://www.linkedin.com/feed/', frame: 'top', active: true, reasons: [], composers: 1, groupDialogs: 0, matched: [], failures: [], warnings: [], errors: [] };
const invite = (name: string) => `Hi ${name}, I am putting together a small round table on platform engineering in Berlin on 12 March, two hours, no slides. Would you like to join us?`;
let n = 0;

describe('background message handlers', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`handlers-${n++}`));
    forgetIndex();
    installManifest();
    registerHandlers();
  });
  afterEach(() => {
    removeContentListeners();
    removePageListeners();
  });

  it('answers a content script about a recipient, records a send as a fingerprint, never as text', async () => {
    sendAs(contentSender('https://www.xing.com/chats/1'));
    expect(await sendToBackground('getComposerInfo', person)).toMatchObject({ trusted: false, contacted: false, budgetLeft: 10 });
    await sendToBackground('recordSend', { person, fingerprint: { minhash: [5, 6], size: 3 }, outcome: 'clean', rules: [] });
    expect(await sendToBackground('getComposerInfo', person)).toMatchObject({ contacted: true });
    const memory = await repo.getSendMemory(1, Date.now());
    expect(memory).toHaveLength(1);
    expect(JSON.stringify(memory)).not.toMatch(/Anna/);
    // The options page lists the person by the name the site showed, not by an internal key.
    sendAs(pageSender());
    expect(await sendFromPage('listSendMemory', {})).toEqual([expect.objectContaining({ recipientKey: person.key, name: person.name })]);
  });

  it('judges a draft in one request: the learned scores and "sent nearly this to someone else before"', async () => {
    sendAs(contentSender());
    const { fingerprint } = await import('../../../lib/analysis/core');
    const anna = { site: 'linkedin' as const, key: 'anna', name: 'Anna Example' };
    await sendToBackground('recordSend', { person: anna, fingerprint: fingerprint(invite('Anna'), { names: ['Anna Example'] }), outcome: 'clean', rules: [] });
    const toBernd = await sendToBackground('judgeDraft', { text: invite('Bernd'), context: { site: 'linkedin', recipient: { name: 'Bernd Beispiel', key: 'linkedin:bernd' } } });
    expect(toBernd.reuse).toMatchObject({ otherRecipients: 1, windowDays: 60 });
    expect(toBernd.reuse!.similarity).toBeGreaterThan(0.9);
    expect(Object.keys(toBernd.scores).length).toBeGreaterThan(0);
    // The same person again is not "someone else".
    const toAnna = await sendToBackground('judgeDraft', { text: invite('Anna'), context: { site: 'linkedin', recipient: { name: 'Anna Example', key: 'linkedin:anna' } } });
    expect(toAnna.reuse).toBeNull();
    // The text was judged, not kept.
    expect(JSON.stringify(await repo.listSendMemory())).not.toMatch(/round table/);
  });

  it('keeps the whole fingerprint through the protocol and the database: a frame-only wish repeated is reuse', async () => {
    sendAs(contentSender());
    const { fingerprint } = await import('../../../lib/analysis/core');
    const wish = fingerprint('Happy birthday, Ana! Have a great one 🎉', { names: ['Ana Lopez'] });
    expect(wish.kind).toBe('frame');
    await sendToBackground('recordSend', { person: { site: 'linkedin', key: 'ana', name: 'Ana Lopez' }, fingerprint: wish, outcome: 'clean', rules: [] });
    const stored = await repo.getSendMemory(1, Date.now());
    expect(stored[0]!.fingerprint).toEqual(wish);
    const again = await sendToBackground('judgeDraft', { text: 'Happy birthday, Tom! Have a great one 🎉', context: { site: 'linkedin', recipient: { name: 'Tom Lee', key: 'linkedin:tom' } } });
    expect(again.reuse).toMatchObject({ otherRecipients: 1 });
  });

  it('answers the practice area the same lookup, and only the reuse (the history stays here)', async () => {
    sendAs(contentSender());
    const { fingerprint } = await import('../../../lib/analysis/core');
    await sendToBackground('recordSend', { person: { site: 'linkedin', key: 'anna', name: 'Anna Example' }, fingerprint: fingerprint(invite('Anna'), { names: ['Anna Example'] }), outcome: 'clean', rules: [] });
    sendAs(pageSender());
    const reuse = await sendFromPage('findReuse', { text: invite('Bernd'), context: { recipient: { name: 'Bernd Beispiel' } } });
    expect(reuse).toMatchObject({ otherRecipients: 1, windowDays: 60 });
    expect(Object.keys(reuse ?? {}).sort()).toEqual(['otherRecipients', 'similarity', 'windowDays']);
  });

  it('refuses a draft longer than 20,000 characters and a malformed context', async () => {
    sendAs(contentSender());
    await expect(sendToBackground('judgeDraft', { text: 'x'.repeat(20_001), context: {} })).rejects.toThrow();
    await expect(sendToBackground('judgeDraft', { text: 'Hello', context: { site: 'myspace' } as never })).rejects.toThrow();
  });

  it('rejects payloads that do not validate and changes nothing', async () => {
    sendAs(contentSender());
    await expect(sendToBackground('recordSend', { person: { site: 'myspace', key: 'x', name: '' }, fingerprint: { minhash: [], size: 0 }, outcome: 'clean', rules: [] } as never)).rejects.toThrow();
    expect(await repo.getSendMemory(7, Date.now())).toEqual([]);
  });

  it('turns "Never for this rule" into a settings change and "Not for this person" into a trusted contact', async () => {
    sendAs(contentSender('https://www.xing.com/chats/1'));
    await sendToBackground('recordChoice', { kind: 'disable-rule', rule: 'pitch-first-message' });
    expect((await loadSettings()).rules['pitch-first-message']).toBe(false);
    await sendToBackground('recordChoice', { kind: 'trust-person', person });
    expect(await sendToBackground('getComposerInfo', person)).toMatchObject({ trusted: true });
    sendAs(pageSender());
    expect(await sendFromPage('listTrusted')).toEqual([expect.objectContaining({ key: person.key, source: 'pause-card' })]);
  });

  it('switches a check off on one site from the pause card, and takes it back only as an undo from the same tab, a moment later', async () => {
    sendAs(contentSender('https://www.linkedin.com/messaging/', 21));
    const choice = { kind: 'disable-rule', rule: 'templated-greeting', site: 'linkedin' } as const;
    expect(await sendToBackground('recordChoice', choice)).toBe(true);
    expect((await loadSettings()).siteRules).toEqual({ linkedin: { 'templated-greeting': false } });
    expect((await loadSettings()).rules['templated-greeting']).toBe(true);
    // Another tab cannot undo it; this tab can, once.
    sendAs(contentSender('https://www.linkedin.com/feed/', 22));
    expect(await sendToBackground('recordChoice', { kind: 'undo', choice })).toBe(false);
    expect((await loadSettings()).siteRules.linkedin).toEqual({ 'templated-greeting': false });
    sendAs(contentSender('https://www.linkedin.com/messaging/', 21));
    expect(await sendToBackground('recordChoice', { kind: 'undo', choice })).toBe(true);
    expect((await loadSettings()).siteRules.linkedin).toEqual({});
    expect(await sendToBackground('recordChoice', { kind: 'undo', choice })).toBe(false);
    // Untrusting stays the options page's, except as the undo of a trust made a moment ago.
    expect(await sendToBackground('recordChoice', { kind: 'undo', choice: { kind: 'trust-person', person } })).toBe(false);
    expect(await sendToBackground('recordChoice', { kind: 'trust-person', person })).toBe(true);
    expect(await sendToBackground('getComposerInfo', person)).toMatchObject({ trusted: true });
    expect(await sendToBackground('recordChoice', { kind: 'undo', choice: { kind: 'trust-person', person } })).toBe(true);
    expect(await sendToBackground('getComposerInfo', person)).toMatchObject({ trusted: false });
  });

  it('stores health under the tab and frame the browser names, whatever the payload says', async () => {
    sendAs(contentSender('https://www.linkedin.com/feed/', 12, 3));
    await sendToBackground('reportHealth', health);
    sendAs(pageSender('/popup.html'));
    expect(await sendFromPage('getTabHealth', { tabId: 12 })).toEqual([health]);
    expect(await sendFromPage('getTabHealth', { tabId: 7 })).toEqual([]);
  });

  it('a popup opened before a tab reported asks its frames, and waits a moment for their reports', async () => {
    let asked = 0;
    // The tab's frames report when asked (background → content "report now"), as the content runtime does.
    const frames = async () => {
      asked++;
      setTimeout(() => void storeHealth(31, 0, health), 30);
    };
    expect(await tabHealthNow(31, frames)).toEqual([health]);
    expect(asked).toBe(1);
    expect(await tabHealthNow(31, frames)).toEqual([health]); // reported: not asked again
    expect(asked).toBe(1);
    // Only a sub-frame had reported (the /preload/ iframe went idle first): the top frame is asked for.
    const sub = { ...health, frame: 'sub' as const, url: 'https://www.linkedin.com/preload/' };
    await storeHealth(33, 2, sub);
    const top = async () => void setTimeout(() => void storeHealth(33, 0, health), 30);
    expect(await tabHealthNow(33, top)).toEqual(expect.arrayContaining([sub, health]));
    // A tab without our content script (the message finds no listener): nothing, at once.
    const started = Date.now();
    expect(await tabHealthNow(32, () => Promise.reject(new Error('Could not establish connection')))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(200);
  });

  describe('the relationship memory (issue 12)', () => {
    const DAY = 86_400_000;
    const dora = { site: 'linkedin' as const, key: 'in:dora', name: 'Dora Dormann' };
    const greta = { site: 'linkedin' as const, key: 'in:greta', name: 'Greta Gruß' };
    const old = (days: number) => { const d = new Date(Date.now() - days * DAY); return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime(); };

    it('learns a thread from the tab the browser names (the link is the sender’s page) and suggests two-way people only', async () => {
      sendAs(contentSender('https://www.linkedin.com/messaging/thread/2-dora/?lang=de#x'));
      await sendToBackground('recordThread', { person: dora, history: { incoming: 2, outgoing: 1, lastBy: 'them', unansweredInRow: 0, exchanges: 2, lastInAt: old(400), lastOutAt: old(402) } });
      sendAs(contentSender('https://www.linkedin.com/feed/'));
      await sendToBackground('recordThread', { person: greta, history: { incoming: 0, outgoing: 1, lastBy: 'me', unansweredInRow: 1, exchanges: 0, lastOutAt: old(300) } });
      expect(await sendToBackground('getComposerInfo', dora)).toMatchObject({ relation: { lastExchangeAt: old(400), unansweredInRow: 0, twoWay: true } });
      sendAs(pageSender('/popup.html'));
      const [suggested, ...rest] = await sendFromPage('getSuggestions');
      expect(rest).toEqual([]);
      expect(suggested).toEqual({ key: 'linkedin:in:dora', site: 'linkedin', name: 'Dora Dormann', lastInAt: old(400), lastOutAt: old(402), link: 'https://www.linkedin.com/messaging/thread/2-dora/' });
      const relations = await sendFromPage('listRelations');
      // Greta opened on the feed (a bubble): no link from there; LinkedIn keys lead to the profile instead.
      expect(relations.find((r) => r.key === 'linkedin:in:greta')).not.toHaveProperty('link');
      expect(JSON.stringify(relations)).not.toMatch(/Hallo|Hi /);
    });

    it('"Later" and "Not this person" take a person off the list, "Not this person" for good', async () => {
      sendAs(contentSender('https://www.linkedin.com/messaging/thread/2-dora/'));
      await sendToBackground('recordThread', { person: dora, history: { incoming: 1, outgoing: 1, lastBy: 'them', unansweredInRow: 0, exchanges: 1, lastInAt: old(200) } });
      await sendToBackground('recordThread', { person: greta, history: { incoming: 1, outgoing: 1, lastBy: 'them', unansweredInRow: 0, exchanges: 5, lastInAt: old(200) } });
      sendAs(pageSender('/popup.html'));
      expect((await sendFromPage('getSuggestions')).map((p) => p.name)).toEqual(['Greta Gruß', 'Dora Dormann']);
      expect((await sendFromPage('answerSuggestion', { key: 'linkedin:in:dora', answer: 'later' })).map((p) => p.name)).toEqual(['Greta Gruß']);
      expect(await sendFromPage('answerSuggestion', { key: 'linkedin:in:greta', answer: 'never' })).toEqual([]);
      // An emptied week is not refilled; the memory keeps the choices.
      expect(await sendFromPage('getSuggestions')).toEqual([]);
      const rows = await sendFromPage('listRelations');
      expect(rows.find((r) => r.key === 'linkedin:in:greta')).toMatchObject({ never: true });
      expect(rows.find((r) => r.key === 'linkedin:in:dora')?.snoozedUntil).toBeGreaterThan(Date.now() + 29 * DAY);
    });

    it('records nothing and suggests nobody with the memory switched off; wipe forgets the week', async () => {
      const { saveSettings } = await import('../../../lib/storage/settings-item');
      await saveSettings({ ...(await loadSettings()), relationship: { enabled: false, quietDays: 90 } });
      sendAs(contentSender('https://www.linkedin.com/messaging/thread/2-dora/'));
      await sendToBackground('recordThread', { person: dora, history: { incoming: 1, outgoing: 1, lastBy: 'them', unansweredInRow: 0, exchanges: 1, lastInAt: old(200) } });
      await sendToBackground('recordSend', { person: dora, fingerprint: { minhash: [1], size: 1 }, outcome: 'clean', rules: [] });
      expect(await sendToBackground('getComposerInfo', dora)).not.toHaveProperty('relation');
      sendAs(pageSender());
      expect(await sendFromPage('listRelations')).toEqual([]);
      expect(await sendFromPage('getSuggestions')).toEqual([]);
      await saveSettings({ ...(await loadSettings()), relationship: { enabled: true, quietDays: 90 } });
      await sendFromPage('getSuggestions');
      expect(await fakeBrowser.storage.local.get('suggestions')).toHaveProperty('suggestions');
      await sendFromPage('wipeAllData');
      expect(await fakeBrowser.storage.local.get('suggestions')).toEqual({});
    });

    it('refuses a malformed thread report and an edit that is too long, and changes nothing', async () => {
      sendAs(contentSender());
      await expect(sendToBackground('recordThread', { person: dora, history: { incoming: -1, outgoing: 0, unansweredInRow: 0, exchanges: 0 } } as never)).rejects.toThrow();
      sendAs(pageSender());
      expect(await sendFromPage('listRelations')).toEqual([]);
      await expect(sendFromPage('editRelation', { key: 'linkedin:in:dora', note: 'x'.repeat(501) })).rejects.toThrow();
    });
  });

  describe('trust boundaries', () => {
    const pageOnly: [string, () => Promise<unknown>][] = [
      ['wipeAllData', () => sendFromPage('wipeAllData')],
      ['listTrusted', () => sendFromPage('listTrusted')],
      ['setTrusted', () => sendFromPage('setTrusted', { contacts: [] })],
      ['untrustPerson', () => sendFromPage('untrustPerson', person)],
      ['getTabHealth', () => sendFromPage('getTabHealth', { tabId: 12 })],
      ['findReuse', () => sendFromPage('findReuse', { text: invite('Bernd'), context: {} })],
      ['listSendMemory', () => sendFromPage('listSendMemory', {})],
      ['deleteSendMemory', () => sendFromPage('deleteSendMemory', { id: 1 })],
      ['listLedger', () => sendFromPage('listLedger', {})],
      ['deleteLedgerEntry', () => sendFromPage('deleteLedgerEntry', { id: 1 })],
      ['getStats', () => sendFromPage('getStats', { days: 1 })],
      ['applyRetention', () => sendFromPage('applyRetention')],
      ['getTabGroupDialogs', () => sendFromPage('getTabGroupDialogs', { tabId: 12 })],
      ['answerTabGroupItem', () => sendFromPage('answerTabGroupItem', { tabId: 12, dialogId: 'd', personKey: 'p', item: 'agreed', checked: true })],
      ['getTabDiagnostic', () => sendFromPage('getTabDiagnostic', { tabId: 12 })],
      ['getSuggestions', () => sendFromPage('getSuggestions')],
      ['answerSuggestion', () => sendFromPage('answerSuggestion', { key: 'xing:name:anna beispiel', answer: 'never' })],
      ['listRelations', () => sendFromPage('listRelations')],
      ['editRelation', () => sendFromPage('editRelation', { key: 'xing:name:anna beispiel', note: 'x' })],
      ['deleteRelation', () => sendFromPage('deleteRelation', { key: 'xing:name:anna beispiel' })],
      ['setRelations', () => sendFromPage('setRelations', { relations: [] })],
      ['listTonedRules', () => sendFromPage('listTonedRules')],
      ['restoreRule', () => sendFromPage('restoreRule', { rule: 'templated-greeting' })],
    ];

    it('covers every page message', () => {
      expect(pageOnly.map(([name]) => name).sort()).toEqual(Object.keys(pageHandlers).sort());
    });

    it('message names are unique across the directions', () => {
      const content = Object.keys(contentHandlers);
      expect(content.filter((k) => k in pageHandlers)).toEqual([]);
    });

    it.each(pageOnly)('refuses %s to a content script, even on a guarded site, and changes nothing', async (_name, call) => {
      sendAs(contentSender('https://www.xing.com/chats/1', 5));
      await sendToBackground('reportHealth', health);
      await sendToBackground('recordChoice', { kind: 'trust-person', person });
      await sendToBackground('recordSend', { person, fingerprint: { minhash: [1, 2], size: 3 }, outcome: 'clean', rules: [] });
      await expect(call()).rejects.toThrow(/refused.*not an extension page/);
      // Everything is still there.
      expect(await repo.listTrusted()).toHaveLength(1);
      expect(await repo.listSendMemory()).toHaveLength(1);
      expect(await fakeBrowser.storage.session.get(null)).toHaveProperty('health:5');
    });

    it('refuses content messages from a site it does not guard, from no tab, and from the extension pages', async () => {
      for (const sender of [contentSender('https://evil.example/'), { ...contentSender(), tab: undefined }, pageSender(), { ...contentSender(), id: 'another-extension' }]) {
        sendAs(sender);
        await expect(sendToBackground('getComposerInfo', person)).rejects.toThrow(/refused/);
        await expect(sendToBackground('recordChoice', { kind: 'trust-person', person })).rejects.toThrow(/refused/);
        await expect(sendToBackground('judgeDraft', { text: 'Hello there', context: {} })).rejects.toThrow(/refused/);
      }
      expect(await repo.listTrusted()).toEqual([]);
    });

    it('refuses page messages from another extension or a web page', async () => {
      for (const sender of [{ id: 'another-extension', url: 'chrome-extension://another-extension/options.html' }, { id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/' }]) {
        sendAs(sender);
        await expect(sendFromPage('listTrusted')).rejects.toThrow(/refused/);
      }
    });
  });
});

describe('match patterns (the guarded sites, as the manifest names them)', () => {
  it('match like the browser does, also where there is no Location (a service worker)', async () => {
    const { matchesPattern } = await import('../../../lib/background/senders');
    const u = (s: string) => new URL(s);
    expect(matchesPattern(u('https://www.linkedin.com/messaging/thread/1/?lang=en'), 'https://www.linkedin.com/*')).toBe(true);
    expect(matchesPattern(u('https://linkedin.com/'), 'https://www.linkedin.com/*')).toBe(false);
    expect(matchesPattern(u('http://www.linkedin.com/'), 'https://www.linkedin.com/*')).toBe(false);
    expect(matchesPattern(u('https://www.linkedin.com.evil.example/'), 'https://www.linkedin.com/*')).toBe(false);
    expect(matchesPattern(u('https://de.linkedin.com/feed/'), 'https://*.linkedin.com/*')).toBe(true);
    expect(matchesPattern(u('https://linkedin.com/feed/'), 'https://*.linkedin.com/*')).toBe(true);
    expect(matchesPattern(u('https://evillinkedin.com/'), 'https://*.linkedin.com/*')).toBe(false);
    expect(matchesPattern(u('https://www.xing.com/chats/1'), 'https://www.xing.com/chats/*')).toBe(true);
    expect(matchesPattern(u('https://www.xing.com/jobs'), 'https://www.xing.com/chats/*')).toBe(false);
    const realLocation = globalThis.Location;
    try {
      // @ts-expect-error: a service worker has no Location
      delete globalThis.Location;
      expect(matchesPattern(u('https://www.facebook.com/messages/t/1'), 'https://www.facebook.com/*')).toBe(true);
    } finally {
      globalThis.Location = realLocation;
    }
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
