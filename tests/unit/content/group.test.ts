/**
 * The group consent guard's runtime against a hand-built dialog in happy-dom, through the real
 * content runtime (its capture-phase click listener calls groups.onClick first). Pins: the hold,
 * Cancel, Continue exactly once with the same people, a changed selection, the re-add hard stop,
 * fail-open, keyboard, and the popup's view of the same checklist.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerHandlers } from '../../../entrypoints/background/handlers';
import { LEDGER_TIMEOUT_MS } from '../../../lib/content/group/session';
import type { Runtime } from '../../../lib/content/runtime';
import { removeBackgroundListeners, sendToTab } from '../../../lib/messaging/background-to-content';
import { removeContentListeners } from '../../../lib/messaging/content-to-background';
import { removePageListeners, sendFromPage } from '../../../lib/messaging/page-to-background';
import type { LedgerEntry } from '../../../lib/messaging/schemas';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import type { SiteAdapter } from '../../../lib/sites/types';
import type { GuardBackend } from '../../../lib/content/backend';
import { deliverTabMessages, installManifest, pageSender, sendAs } from '../helpers/messaging';
import { buildDialog, captureShadowRoots, fakeAdapter, fakeBackend, LedgerStore, startTestRuntime, stopTestRuntimes, tick, userClick, userKey } from './group-fake';

let roots: ShadowRoot[] = [];
let guard: Runtime | undefined;

function start(adapter: SiteAdapter, backend: GuardBackend, settings = DEFAULT_SETTINGS): Runtime {
  guard = startTestRuntime(adapter, backend, { settings });
  guard.scan();
  return guard;
}

const dialogs = () => guard!.features.find((f) => f.def.id === 'group-guard')!.feature.count();

/** Let ledger answers and Preact effects run, then rescan like the batched observer would. */
async function settle() {
  await tick();
  guard?.scan();
  await tick();
}

function checklist(): ShadowRoot | undefined {
  return roots.find((r) => r.host.isConnected && r.host.tagName === 'TAKTVOLL-GROUP-CHECKLIST');
}

function ui(): ShadowRoot {
  const r = checklist();
  if (!r) throw new Error('no checklist open');
  return r;
}

function button(label: string): HTMLButtonElement {
  const b = Array.from(ui().querySelectorAll('button')).find((x) => x.textContent?.trim() === label);
  if (!b) throw new Error(`no button ${label}`);
  return b;
}

function box(labelStart: string): HTMLInputElement {
  const label = Array.from(ui().querySelectorAll('label')).find((l) => l.textContent?.trim().startsWith(labelStart));
  const input = label?.querySelector('input');
  if (!input) throw new Error(`no checkbox "${labelStart}"`);
  return input;
}

const entry = (personKey: string, action: LedgerEntry['action'], at: number, answers: LedgerEntry['answers'] = []): LedgerEntry => ({
  site: 'facebook',
  groupKey: 'g-123',
  groupName: 'Gardeners Berlin',
  personKey,
  personName: personKey,
  action,
  at,
  answers,
});

describe('group consent guard', () => {
  beforeEach(() => {
    roots = captureShadowRoots();
  });
  afterEach(() => {
    stopTestRuntimes();
    guard = undefined;
    removeBackgroundListeners();
    removeContentListeners();
    removePageListeners();
    document.body.innerHTML = '';
  });

  it('holds the confirm and opens a modal checklist listing the selected people', async () => {
    const { confirm, sent } = buildDialog({ rows: [{ key: 'anna', name: 'Anna Example', checked: true }, { key: 'ben', name: 'Ben Beispiel', checked: true }, { key: 'cem', name: 'Cem' }] });
    const { backend, calls } = fakeBackend();
    start(fakeAdapter(), backend);
    await settle();
    expect(dialogs()).toBe(1);

    expect(userClick(confirm)).toBe(false); // default prevented
    expect(sent).toEqual([]);
    const dialog = ui().querySelector('[role="dialog"]')!;
    // A native <dialog> opened as a modal (the top layer), not an overlay in the page.
    expect(dialog.tagName).toBe('DIALOG');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Before you invite people to “Gardeners Berlin”');
    expect(box('Anna Example agreed to join, outside this group')).toBeTruthy();
    expect(box('The topic matters to Ben Beispiel')).toBeTruthy();
    expect(dialog.textContent).not.toContain('Cem'); // not selected
    expect(calls.prompts).toEqual([{ site: 'facebook', outcome: 'shown', rules: [], kind: 'group' }]);

    // A second trusted click on the same control does not open a second checklist.
    userClick(confirm);
    expect(roots.filter((r) => r.host.isConnected && r.host.tagName === 'TAKTVOLL-GROUP-CHECKLIST')).toHaveLength(1);
    expect(sent).toEqual([]);
  });

  it('Cancel sends nothing, keeps the selection and records no ledger entry', async () => {
    const { confirm, sent, selectedKeys } = buildDialog();
    const { backend, calls } = fakeBackend();
    start(fakeAdapter(), backend);
    await settle();
    userClick(confirm);
    box('Anna Example agreed').click();
    button('Cancel').click();
    await tick();
    expect(checklist()).toBeUndefined();
    expect(sent).toEqual([]);
    expect(selectedKeys()).toEqual(['anna']);
    expect(calls.ledgerWrites).toEqual([]);
    expect(calls.prompts.map((p) => p.outcome)).toEqual(['shown', 'cancelled']);
    expect(document.activeElement).toBe(confirm);
  });

  it('Continue performs the site action exactly once with the same people and records the answers', async () => {
    const { confirm, sent } = buildDialog();
    const { backend, calls } = fakeBackend();
    start(fakeAdapter(), backend);
    await settle();
    userClick(confirm);
    box('Anna Example agreed').click();
    box('The topic matters to Anna').click();
    const cont = button('Continue');
    expect(cont.disabled).toBe(false);
    cont.click();
    cont.click(); // a double click on our button must not send twice
    await tick();
    expect(sent).toEqual([['anna']]);
    expect(checklist()).toBeUndefined();
    expect(calls.ledgerWrites).toHaveLength(1);
    expect(calls.ledgerWrites[0]).toEqual([
      expect.objectContaining({ site: 'facebook', groupKey: 'g-123', groupName: 'Gardeners Berlin', personKey: 'anna', personName: 'Anna Example', action: 'invited', answers: ['agreed', 'topic'] }),
    ]);
    expect(calls.prompts.map((p) => p.outcome)).toEqual(['shown', 'continued']);

    // The next confirm attempt is held again (one checklist per attempt), not passed silently.
    userClick(confirm);
    expect(sent).toHaveLength(1);
    expect(checklist()).toBeDefined();
  });

  it('a direct add (group chat) needs "agreed" for everyone before Continue, and records "added"', async () => {
    const { confirm, sent } = buildDialog({ kind: 'chat-add', groupName: 'Team Lunch', rows: [{ key: 'anna', name: 'Anna Example', checked: true }, { key: 'ben', name: 'Ben Beispiel', checked: true }] });
    const { backend, calls } = fakeBackend();
    start(fakeAdapter(), backend);
    await settle();
    userClick(confirm);
    expect(ui().textContent).toContain('Before you add people to “Team Lunch”');
    const cont = button('Continue');
    expect(cont.disabled).toBe(true);
    expect(ui().textContent).toContain('Still to tick before you can continue: Anna Example agreed, Ben Beispiel agreed');
    box('Anna Example agreed').click();
    expect(cont.disabled).toBe(true);
    cont.click();
    expect(sent).toEqual([]);
    box('Ben Beispiel agreed').click();
    expect(cont.disabled).toBe(false);
    cont.click();
    expect(sent).toEqual([['anna', 'ben']]);
    expect(calls.ledgerWrites[0]!.map((e) => [e.personKey, e.action, e.answers])).toEqual([
      ['anna', 'added', ['agreed']],
      ['ben', 'added', ['agreed']],
    ]);
  });

  it('takes one person out of the site’s own selection from the checklist, verified, and Continue then sends only the others', async () => {
    const { confirm, sent, selectedKeys } = buildDialog({ rows: [{ key: 'anna', name: 'Anna Example', checked: true }, { key: 'ben', name: 'Ben Beispiel', checked: true }] });
    const { backend, calls } = fakeBackend();
    start(fakeAdapter(), backend);
    await settle();
    userClick(confirm);
    box('Anna Example agreed').click();
    button('Take Ben Beispiel out of the selection').click();
    await tick(20);
    expect(selectedKeys()).toEqual(['anna']);
    expect(ui().querySelector('#tv-group-summary')?.textContent).toContain('Ben Beispiel is no longer selected on the page.');
    expect(ui().textContent).not.toContain('Ben Beispiel agreed');
    expect(sent).toEqual([]);
    // One person left: nobody more to take out.
    expect(() => button('Take Anna Example out of the selection')).toThrow();
    button('Continue').click();
    expect(sent).toEqual([['anna']]);
    expect(calls.ledgerWrites[0]!.map((e) => e.personKey)).toEqual(['anna']);
  });

  it('says so, and keeps everyone on the list, when the page does not take the removal', async () => {
    const { confirm, sent, selectedKeys } = buildDialog({ rows: [{ key: 'anna', name: 'Anna Example', checked: true }, { key: 'ben', name: 'Ben Beispiel', checked: true }] });
    start(fakeAdapter({ deselectIgnored: true }), fakeBackend().backend);
    await settle();
    userClick(confirm);
    button('Take Ben Beispiel out of the selection').click();
    await tick(1300);
    expect(selectedKeys()).toEqual(['anna', 'ben']);
    expect(ui().querySelector('#tv-group-summary')?.textContent).toContain('Could not take Ben Beispiel out of the selection on the page.');
    box('Anna Example agreed').click();
    expect(button('Continue').disabled).toBe(true); // Ben's consent is still asked
    box('Ben Beispiel agreed').click();
    button('Continue').click();
    expect(sent).toEqual([['anna', 'ben']]);
  });

  it('does not confirm when the selection changed while the checklist was open', async () => {
    const { confirm, sent, row } = buildDialog();
    const { backend, calls } = fakeBackend();
    start(fakeAdapter(), backend);
    await settle();
    userClick(confirm);
    box('Anna Example agreed').click();
    // A page script ticks Ben behind the checklist.
    row('ben').setAttribute('aria-checked', 'true');
    button('Continue').click();
    await tick();
    expect(sent).toEqual([]);
    expect(ui().querySelector('[role="alert"]')?.textContent).toContain('The selection changed');
    expect(calls.ledgerWrites).toEqual([]);
    // After a rescan, Continue is disabled outright.
    guard!.scan();
    expect(button('Continue').disabled).toBe(true);
    // Back to the original selection: Continue works again, with the same people.
    row('ben').setAttribute('aria-checked', 'false');
    guard!.scan();
    expect(button('Continue').disabled).toBe(false);
    button('Continue').click();
    expect(sent).toEqual([['anna']]);
  });

  it('re-adding someone whose latest ledger entry is "left" is a hard stop until "they want back in" is ticked', async () => {
    const store = new LedgerStore();
    const leftOn = new Date('2026-10-03T10:00:00').getTime();
    store.entries.push(entry('anna', 'invited', leftOn - 86_400_000 * 30, ['agreed']), entry('anna', 'left', leftOn));
    const { confirm, sent } = buildDialog({ rows: [{ key: 'anna', name: 'Anna Example', checked: true }, { key: 'ben', name: 'Ben Beispiel', checked: true }] });
    const { backend, calls } = fakeBackend(store);
    start(fakeAdapter(), backend);
    await settle();
    userClick(confirm);
    await tick();
    const text = ui().textContent ?? '';
    expect(text).toContain('Anna Example left this group on Oct 3, 2026: they told me they want back in');
    expect(text).toContain('Stop: left this group on Oct 3, 2026');
    expect(text).not.toContain('Ben Beispiel left this group');
    const cont = button('Continue');
    expect(cont.disabled).toBe(true);
    box('Anna Example agreed').click();
    box('The topic matters to Anna').click();
    expect(cont.disabled).toBe(true);
    cont.click();
    expect(sent).toEqual([]);
    const wantsBack = box('Anna Example left this group');
    expect(wantsBack.getAttribute('aria-required')).toBe('true');
    wantsBack.click();
    // Every invited person's consent is asked, Ben's too.
    expect(cont.disabled).toBe(true);
    box('Ben Beispiel agreed').click();
    expect(cont.disabled).toBe(false);
    cont.click();
    expect(sent).toEqual([['anna', 'ben']]);
    expect(calls.ledgerWrites[0]!.find((e) => e.personKey === 'anna')).toMatchObject({ action: 'invited', answers: ['agreed', 'topic', 'wants-back'] });
  });

  it('someone re-added with consent after leaving is no longer a hard stop', async () => {
    const store = new LedgerStore();
    store.entries.push(entry('anna', 'left', 1000), entry('anna', 'invited', 2000, ['wants-back']));
    const { confirm } = buildDialog();
    start(fakeAdapter(), fakeBackend(store).backend);
    await settle();
    userClick(confirm);
    await tick();
    expect(ui().textContent).not.toContain('left this group');
    box('Anna Example agreed').click();
    expect(button('Continue').disabled).toBe(false);
  });

  it('records "left" once when the dialog marks someone as left, and makes them a hard stop', async () => {
    const { confirm, sent } = buildDialog({ rows: [{ key: 'anna', name: 'Anna Example', checked: true, state: 'left' }, { key: 'ben', name: 'Ben Beispiel', state: 'member' }] });
    const { backend, calls } = fakeBackend();
    start(fakeAdapter(), backend);
    await settle();
    await settle();
    const lefts = calls.ledgerWrites.flat().filter((e) => e.action === 'left');
    expect(lefts).toEqual([expect.objectContaining({ personKey: 'anna', personName: 'Anna Example', action: 'left', groupKey: 'g-123' })]);
    expect(calls.ledgerWrites.flat().some((e) => e.personKey === 'ben')).toBe(false);
    userClick(confirm);
    expect(button('Continue').disabled).toBe(true);
    box('Anna Example left this group').click();
    expect(button('Continue').disabled).toBe(true);
    box('Anna Example agreed').click();
    button('Continue').click();
    expect(sent).toEqual([['anna']]);
  });

  it('the hard stop works across two visits (the ledger outlives the page)', async () => {
    const store = new LedgerStore();
    // Visit 1: Anna is added to the chat with her consent.
    let page = buildDialog({ kind: 'chat-add', groupName: 'Team Lunch' });
    start(fakeAdapter(), fakeBackend(store).backend);
    await settle();
    userClick(page.confirm);
    box('Anna Example agreed').click();
    button('Continue').click();
    expect(page.sent).toEqual([['anna']]);
    stopTestRuntimes();
    // Visit 2: the member list shows she left.
    page = buildDialog({ kind: 'chat-add', groupName: 'Team Lunch', rows: [{ key: 'anna', name: 'Anna Example', state: 'left' }, { key: 'ben', name: 'Ben Beispiel' }] });
    start(fakeAdapter(), fakeBackend(store).backend);
    await settle();
    await settle();
    expect(store.entries.map((e) => [e.personKey, e.action])).toEqual([
      ['anna', 'added'],
      ['anna', 'left'],
    ]);
    stopTestRuntimes();
    // Visit 3: a fresh dialog with no marks at all; only the ledger knows.
    page = buildDialog({ kind: 'chat-add', groupName: 'Team Lunch', rows: [{ key: 'anna', name: 'Anna Example', checked: true }] });
    start(fakeAdapter(), fakeBackend(store).backend);
    await settle();
    userClick(page.confirm);
    expect(page.sent).toEqual([]);
    box('Anna Example agreed').click();
    expect(button('Continue').disabled).toBe(true);
    box('Anna Example left this group').click();
    button('Continue').click();
    expect(page.sent).toEqual([['anna']]);
  });

  it('someone added to a chat earlier who is selectable again has left it: hard stop, "left" recorded once', async () => {
    const store = new LedgerStore();
    // Visit 1: Anna is added. The same dialog, still open, does not turn her into a hard stop.
    let page = buildDialog({ kind: 'chat-add', groupName: 'Team Lunch' });
    start(fakeAdapter(), fakeBackend(store).backend);
    await settle();
    userClick(page.confirm);
    box('Anna Example agreed').click();
    button('Continue').click();
    expect(page.sent).toEqual([['anna']]);
    await settle();
    userClick(page.confirm);
    expect(ui().textContent).not.toContain('left this group');
    button('Cancel').click();
    stopTestRuntimes();

    // Visit 2: the add dialog offers her again (members are not selectable): she is gone.
    page = buildDialog({ kind: 'chat-add', groupName: 'Team Lunch', rows: [{ key: 'anna', name: 'Anna Example', checked: true }, { key: 'ben', name: 'Ben Beispiel', state: 'member' }] });
    const { backend, calls } = fakeBackend(store);
    start(fakeAdapter(), backend);
    await settle();
    await settle();
    expect(calls.ledgerWrites.flat().map((e) => [e.personKey, e.action])).toEqual([['anna', 'left']]);
    userClick(page.confirm);
    box('Anna Example agreed').click();
    expect(button('Continue').disabled).toBe(true);
    box('Anna Example left this group').click();
    button('Continue').click();
    expect(page.sent).toEqual([['anna']]);
    expect(store.entries.map((e) => e.action)).toEqual(['added', 'left', 'added']);
  });

  it('an earlier invitation that can be sent again is not taken as "left"', async () => {
    const store = new LedgerStore();
    store.entries.push(entry('anna', 'invited', 1000, ['agreed']));
    const { confirm } = buildDialog();
    const { backend, calls } = fakeBackend(store);
    start(fakeAdapter(), backend);
    await settle();
    userClick(confirm);
    await tick();
    expect(ui().textContent).not.toContain('left this group');
    expect(calls.ledgerWrites).toEqual([]);
  });

  describe('fails open', () => {
    it('when the dialog has no confirm control', async () => {
      const { confirm, sent } = buildDialog();
      start(fakeAdapter({ noControl: true }), fakeBackend().backend);
      await settle();
      expect(userClick(confirm)).toBe(true);
      expect(sent).toEqual([['anna']]);
      expect(checklist()).toBeUndefined();
      expect(guard!.health.snapshot().errors.join('\n')).toMatch(/without a confirm control/);
    });

    it('when nobody is selected', async () => {
      const { confirm, sent } = buildDialog({ rows: [{ key: 'anna', name: 'Anna Example' }] });
      start(fakeAdapter(), fakeBackend().backend);
      await settle();
      userClick(confirm);
      expect(sent).toEqual([[]]);
      expect(checklist()).toBeUndefined();
      expect(guard!.health.snapshot().errors.join('\n')).toMatch(/nobody selected/);
    });

    it('quietly, when the confirm control is disabled', async () => {
      const { confirm, sent } = buildDialog({ control: 'div' });
      confirm.setAttribute('aria-disabled', 'true');
      start(fakeAdapter(), fakeBackend().backend);
      await settle();
      expect(userClick(confirm)).toBe(true);
      expect(sent).toEqual([['anna']]); // the fake site ignores aria-disabled; we only check we did not hold
      expect(checklist()).toBeUndefined();
      expect(guard!.health.snapshot().errors).toEqual([]);
    });

    it('when reading the dialog throws', async () => {
      const { confirm, sent } = buildDialog();
      start(fakeAdapter({ throwOnSelected: true }), fakeBackend().backend);
      await settle();
      userClick(confirm);
      expect(sent).toEqual([['anna']]);
      expect(checklist()).toBeUndefined();
      expect(guard!.health.snapshot().errors.join('\n')).toMatch(/rows changed shape/);
    });

    it('when the ledger is unreachable', async () => {
      const { confirm, sent } = buildDialog();
      const { backend, calls } = fakeBackend(undefined, { queryLedger: async () => null });
      start(fakeAdapter(), backend);
      await settle();
      userClick(confirm);
      expect(sent).toEqual([['anna']]);
      expect(checklist()).toBeUndefined();
      expect(calls.prompts).toEqual([]);
      expect(guard!.health.snapshot().errors.join('\n')).toMatch(/ledger unreachable/);
    });

    it('when the ledger fails after the checklist opened: the held confirm goes through once', async () => {
      const { confirm, sent } = buildDialog();
      let fail: (v: null) => void = () => undefined;
      const { backend } = fakeBackend(undefined, { queryLedger: () => new Promise((resolve) => (fail = resolve)) });
      start(fakeAdapter(), backend);
      userClick(confirm);
      expect(sent).toEqual([]);
      expect(ui().textContent).toContain('Checking who left this group before');
      expect(button('Continue').disabled).toBe(true);
      fail(null);
      await tick();
      expect(sent).toEqual([['anna']]);
      expect(checklist()).toBeUndefined();
    });

    it('but a person the dialog itself marks as left stays a hard stop without the ledger', async () => {
      const { confirm, sent } = buildDialog({ rows: [{ key: 'anna', name: 'Anna Example', checked: true, state: 'left' }] });
      start(fakeAdapter(), fakeBackend(undefined, { queryLedger: async () => null }).backend);
      await settle();
      userClick(confirm);
      expect(sent).toEqual([]);
      expect(button('Continue').disabled).toBe(true);
      box('Anna Example left this group').click();
      box('Anna Example agreed').click();
      button('Continue').click();
      expect(sent).toEqual([['anna']]);
    });

    it('gives up waiting for a ledger that never answers', async () => {
      const { confirm, sent } = buildDialog();
      start(fakeAdapter(), fakeBackend(undefined, { queryLedger: () => new Promise(() => undefined) }).backend);
      userClick(confirm);
      expect(sent).toEqual([]);
      await tick(LEDGER_TIMEOUT_MS + 100);
      expect(sent).toEqual([['anna']]);
    });

    it('and does nothing when the group check is switched off', async () => {
      const { confirm, sent } = buildDialog();
      start(fakeAdapter(), fakeBackend().backend, { ...DEFAULT_SETTINGS, groupGuard: false });
      await settle();
      userClick(confirm);
      expect(sent).toEqual([['anna']]);
      expect(dialogs()).toBe(0);
    });
  });

  describe('keyboard', () => {
    it('moves focus into the checklist, keeps Tab inside, and Escape cancels', async () => {
      const { confirm, sent } = buildDialog();
      start(fakeAdapter(), fakeBackend().backend);
      await settle();
      confirm.focus();
      userClick(confirm);
      await tick(50);
      const first = box('Anna Example agreed');
      expect(ui().activeElement).toBe(first);
      // Shift+Tab on the first control wraps to the last one (Continue, once it can be used).
      first.click();
      await tick(20);
      userKey(first, 'Tab');
      const shiftTab = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true, composed: true });
      first.dispatchEvent(shiftTab);
      expect(shiftTab.defaultPrevented).toBe(true);
      expect(ui().activeElement?.textContent).toBe('Continue');
      userKey(ui().activeElement!, 'Escape');
      await tick();
      expect(checklist()).toBeUndefined();
      expect(sent).toEqual([]);
      expect(document.activeElement).toBe(confirm);
    });

    it('holds Enter on a div[role=button] confirm (which produces no click)', async () => {
      const { confirm, sent } = buildDialog({ control: 'div' });
      start(fakeAdapter(), fakeBackend().backend);
      await settle();
      expect(userKey(confirm, 'Enter')).toBe(false);
      expect(sent).toEqual([]);
      expect(checklist()).toBeDefined();
      box('Anna Example agreed').click();
      button('Continue').click();
      expect(sent).toEqual([['anna']]); // released as a click, once
    });
  });

  describe('defects found by the audit', () => {
    it('1: the page removes the checklist: it is put back; when the page keeps removing it, the next confirm goes through', async () => {
      const { confirm, sent } = buildDialog();
      start(fakeAdapter(), fakeBackend().backend);
      await settle();
      userClick(confirm);
      const host = checklist()!.host;
      const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
      host.remove();
      await tick(0);
      expect(host.isConnected).toBe(true);
      // Taken out of the document, the dialog left the top layer: it is opened as a modal again.
      expect(showModal).toHaveBeenCalledTimes(1);
      expect((ui().querySelector('dialog') as HTMLDialogElement).open).toBe(true);
      showModal.mockRestore();
      expect(userClick(confirm)).toBe(false); // still part of the open checklist
      expect(sent).toEqual([]);
      const pruner = new MutationObserver(() => {
        for (const el of Array.from(document.body.children)) if (el.tagName.startsWith('TAKTVOLL-')) el.remove();
      });
      pruner.observe(document.body, { childList: true });
      host.remove();
      await tick(20);
      pruner.disconnect();
      expect(checklist()).toBeUndefined();
      userClick(confirm);
      expect(sent).toEqual([['anna']]);
      expect(guard!.health.snapshot().errors.join()).toMatch(/removed the checklist/);
    });

    it('4: the extension is updated while the checklist is open: Continue still performs the site action once', async () => {
      let alive = true;
      const { confirm, sent } = buildDialog();
      guard = startTestRuntime(fakeAdapter(), fakeBackend().backend, { alive: () => alive });
      guard.scan();
      await settle();
      userClick(confirm);
      box('Anna Example agreed').click();
      alive = false;
      await tick(2100); // the root poll notices
      expect(guard.life.aborted).toBe(true);
      expect(checklist()).toBeDefined();
      box('The topic matters to Anna').click();
      button('Continue').click();
      expect(sent).toEqual([['anna']]);
      expect(checklist()).toBeUndefined();
    });
  });

  describe('popup (through the background)', () => {
    beforeEach(() => {
      installManifest();
      registerHandlers();
      sendAs(pageSender('/popup.html'));
      deliverTabMessages();
    });

    it('getTabGroupDialogs and answerTabGroupItem reflect and tick the same checklist as the page', async () => {
      const { confirm, sent } = buildDialog({ kind: 'chat-add' });
      start(fakeAdapter(), fakeBackend().backend);
      await settle();
      const [before] = await sendFromPage('getTabGroupDialogs', { tabId: 7 });
      expect(before).toMatchObject({ site: 'facebook', groupName: 'Gardeners Berlin', held: false, people: [{ key: 'anna', name: 'Anna Example', answers: [] }] });

      userClick(confirm);
      const cont = button('Continue');
      expect(cont.disabled).toBe(true);
      const after = await sendFromPage('answerTabGroupItem', { tabId: 7, dialogId: before!.id, personKey: 'anna', item: 'agreed', checked: true });
      expect(after[0]).toMatchObject({ held: true, people: [{ key: 'anna', answers: ['agreed'] }] });
      expect(box('Anna Example agreed').checked).toBe(true);
      expect(cont.disabled).toBe(false);

      // And the other way round: ticked on the page, seen by the popup.
      box('The topic matters to Anna').click();
      const [seen] = await sendFromPage('getTabGroupDialogs', { tabId: 7 });
      expect(seen!.people[0]!.answers).toEqual(['agreed', 'topic']);

      // A tick the checklist does not have changes nothing.
      expect((await sendFromPage('answerTabGroupItem', { tabId: 7, dialogId: before!.id, personKey: 'anna', item: 'send-it', checked: true }))).toEqual([]);
      expect(box('Anna Example agreed').checked).toBe(true);
      cont.click();
      expect(sent).toEqual([['anna']]);
    });

    it('stops answering when no dialog is open', async () => {
      buildDialog();
      start(fakeAdapter(), fakeBackend().backend);
      await settle();
      expect(await sendFromPage('getTabGroupDialogs', { tabId: 7 })).toHaveLength(1);
      document.body.innerHTML = '';
      guard!.scan();
      expect(await sendFromPage('getTabGroupDialogs', { tabId: 7 })).toEqual([]);
      await expect(sendToTab('getGroupDialogs', undefined, 7)).rejects.toThrow();
    });

    it('answers only the extension itself, not a message from a tab or another extension', async () => {
      buildDialog();
      start(fakeAdapter(), fakeBackend().backend);
      await settle();
      deliverTabMessages({ id: 'another-extension', url: 'chrome-extension://another-extension/background.js' });
      await expect(sendToTab('getGroupDialogs', undefined, 7)).rejects.toThrow(/refused/);
      deliverTabMessages({ id: 'test-extension-id', url: 'https://www.facebook.com/', tab: { id: 3 } });
      await expect(sendToTab('getGroupDialogs', undefined, 7)).rejects.toThrow(/refused/);
    });
  });
});
