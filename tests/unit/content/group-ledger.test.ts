/**
 * The consent ledger through the whole loop: the group guard's messaging backend, as a content
 * script on a guarded site → the background's handlers (sender checked) → lib/db/repo on
 * fake-indexeddb. This is the "two visits" case as the extension runs it.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerHandlers } from '../../../entrypoints/background/handlers';
import { messagingBackend } from '../../../lib/content/backend';
import type { Runtime } from '../../../lib/content/runtime';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, useDb } from '../../../lib/db/schema';
import { removeContentListeners } from '../../../lib/messaging/content-to-background';
import { removePageListeners, sendFromPage } from '../../../lib/messaging/page-to-background';
import { contentSender, installManifest, pageSender, sendAs } from '../helpers/messaging';
import { buildDialog, captureShadowRoots, fakeAdapter, startTestRuntime, stopTestRuntimes, tick, userClick } from './group-fake';

function removeAllListeners() {
  removeContentListeners();
  removePageListeners();
}

describe('ledger in the background database, across two visits', () => {
  let n = 0;
  let guard: Runtime | undefined;
  let roots: ShadowRoot[] = [];
  beforeEach(() => {
    useDb(new TaktvollDb(`group-${n++}`));
    installManifest();
    registerHandlers();
    sendAs(contentSender('https://www.facebook.com/messages/t/123'));
    roots = captureShadowRoots();
  });
  afterEach(() => {
    stopTestRuntimes();
    guard = undefined;
    removeAllListeners();
  });

  /** One page visit: a fresh content runtime talking to the background through the protocol. */
  async function visit(rows: Parameters<typeof buildDialog>[0]) {
    const page = buildDialog(rows);
    stopTestRuntimes();
    removeAllListeners();
    registerHandlers();
    guard = startTestRuntime(fakeAdapter(), messagingBackend((err) => guard?.onError('messaging', err)));
    guard.scan();
    await tick(60);
    guard.scan();
    await tick(60);
    return page;
  }

  const ui = () => roots.find((r) => r.host.isConnected && r.host.tagName === 'TAKTVOLL-GROUP-CHECKLIST');
  const control = (label: string) => {
    const els = Array.from(ui()?.querySelectorAll('label, button') ?? []);
    const el = els.find((x) => x.textContent?.trim().startsWith(label));
    return (el?.querySelector('input') ?? el) as HTMLInputElement | HTMLButtonElement;
  };

  it('adds, learns she left, then holds the re-add until "they want back in" is ticked; counts the stats', async () => {
    // Visit 1: Anna is added to the chat.
    let page = await visit({ kind: 'chat-add', groupName: 'Team Lunch' });
    userClick(page.confirm);
    await tick(60);
    control('Anna Example agreed').click();
    control('Continue').click();
    expect(page.sent).toEqual([['anna']]);
    await tick(60);

    // Visit 2: the chat's member list marks her as left.
    page = await visit({ kind: 'chat-add', groupName: 'Team Lunch', rows: [{ key: 'anna', name: 'Anna Example', state: 'left' }] });
    await tick(60);
    sendAs(pageSender());
    const ledger = await sendFromPage('listLedger', {});
    sendAs(contentSender('https://www.facebook.com/messages/t/123'));
    expect(ledger.map((r) => [r.personKey, r.action]).sort()).toEqual([
      ['anna', 'added'],
      ['anna', 'left'],
    ]);

    // Visit 3: nothing on the page says so; the ledger does.
    page = await visit({ kind: 'chat-add', groupName: 'Team Lunch', rows: [{ key: 'anna', name: 'Anna Example', checked: true }] });
    userClick(page.confirm);
    await tick(60);
    expect(ui()?.textContent).toMatch(/Anna Example left this group on .+: they told me they want back in/);
    control('Anna Example agreed').click();
    expect((control('Continue') as HTMLButtonElement).disabled).toBe(true);
    control('Cancel').click();
    expect(page.sent).toEqual([]);

    userClick(page.confirm);
    await tick(60);
    control('Anna Example left this group').click();
    control('Continue').click();
    expect(page.sent).toEqual([['anna']]);
    await tick(60);

    const rows = await repo.listLedger();
    expect(rows.filter((r) => r.action === 'added').map((r) => r.answers)).toContainEqual(['agreed', 'wants-back']);
    const [today] = await repo.getStats(1, Date.now());
    expect(today).toMatchObject({ groupHeld: 3, groupCancelled: 1, groupContinued: 2, shown: 0, cancelled: 0 });
  });
});
