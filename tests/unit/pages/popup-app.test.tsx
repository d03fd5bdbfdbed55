/** The popup's logic against the real background handlers (fakeBrowser + fake-indexeddb). */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '../../../entrypoints/background/handlers';
import { App } from '../../../entrypoints/popup/App';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, useDb } from '../../../lib/db/schema';
import { removeContentListeners } from '../../../lib/messaging/content-to-background';
import { removePageListeners } from '../../../lib/messaging/page-to-background';
import { installManifest, pageSender, sendAs } from '../helpers/messaging';
import type { Health } from '../../../lib/messaging/schemas';
import { PAUSED_INDEFINITELY } from '../../../lib/pages/status';
import { hostPermissions } from '../../../lib/sites/registry';
import { loadSettings } from '../../../lib/storage/settings-item';

let n = 0;
const health: Health = {
  site: 'linkedin',
  url: 'https://www.linkedin.com/messaging/thread/1/',
  frame: 'top',
  active: true,
  reasons: [],
  composers: 2,
  groupDialogs: 0,
  matched: [],
  failures: [],
  warnings: [],
  errors: [],
  lastFinding: { rule: 'pitch-first-message', at: Date.now() },
};

/** The active tab the popup asks for (fake-browser's tab model needs more setup than this test wants). */
async function activeTab(url: string, id = 7): Promise<number> {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id, url, active: true }]) as unknown as typeof fakeBrowser.tabs.query);
  await fakeBrowser.storage.session.set({ [`health:${id}`]: { 0: health } });
  return id;
}

describe('popup with the real background', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`popup-app-${n++}`));
    installManifest();
    registerHandlers();
    sendAs(pageSender('/popup.html'));
  });
  afterEach(() => {
    cleanup();
    removeContentListeners();
    removePageListeners();
  });

  it("shows the tab's site, the guard's state and what it sees, and today's numbers", async () => {
    await activeTab('https://www.linkedin.com/messaging/thread/1/');
    await repo.recordPrompt({ site: 'linkedin', outcome: 'shown', rules: ['pitch-first-message'] }, Date.now());
    render(<App />);
    await screen.findByText('Site: LinkedIn');
    expect(screen.getByText(/Guard active/)).toBeTruthy();
    expect(screen.getByText('Message boxes found: 2')).toBeTruthy();
    expect(screen.getByText(/Last finding: Pitch in a first message/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Prompts shown', { selector: 'dt' }).parentElement?.textContent).toBe('Prompts shown1pause cards that held a send'));
    expect(screen.getByRole('group', { name: 'Prompts per day, last 30 days' })).toBeTruthy();
    // No content script answered the group-dialog question: no checklist, no error.
    expect(screen.queryByRole('heading', { name: 'Group checklist' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('pauses the site for an hour or until resumed, and resumes', async () => {
    await activeTab('https://www.facebook.com/messages/t/1');
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause for an hour' }));
    const resumeButton = await screen.findByRole('button', { name: 'Resume now' });
    // Keyboard focus follows the swapped buttons.
    await waitFor(() => expect(document.activeElement).toBe(resumeButton));
    const until = (await loadSettings()).pausedUntil.facebook ?? 0;
    expect(until).toBeGreaterThan(Date.now() + 59 * 60_000);
    expect(screen.getByText(/Paused until/)).toBeTruthy();
    fireEvent.click(resumeButton);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause on Facebook / Messenger until I resume' }));
    await screen.findByText(/Paused on this site until you resume/);
    expect((await loadSettings()).pausedUntil.facebook).toBe(PAUSED_INDEFINITELY);
  });

  it('asks for site access when the browser withholds it, and then guards', async () => {
    await activeTab('https://www.linkedin.com/messaging/thread/1/');
    const manifest = { host_permissions: ['https://www.linkedin.com/*', 'https://www.xing.com/*'] };
    // Spies (restored after each test), since fake-browser does not model manifests or permissions.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest as never);
    let granted = false;
    const asked: string[][] = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => granted) as never);
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async (p: { origins: string[] }) => {
      asked.push(p.origins);
      granted = true;
      return true;
    }) as never);
    render(<App />);
    await screen.findByText(/may not read this site/);
    expect(screen.queryByRole('button', { name: 'Pause for an hour' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow Taktvoll on LinkedIn' }));
    await screen.findByText(/Guard active/);
    expect(asked).toEqual([['https://www.linkedin.com/*']]);
  });

  it("asks about the tab's own origin: Messenger withheld does not mean Facebook is", async () => {
    await activeTab('https://www.facebook.com/messages/t/1');
    const manifest = { host_permissions: ['https://*.facebook.com/*', 'https://*.messenger.com/*'] };
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest as never);
    const asked: string[][] = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins: string[] }) => {
      asked.push(p.origins);
      return !p.origins.some((o) => o.includes('messenger.com'));
    }) as never);
    render(<App />);
    await screen.findByText(/Guard active/);
    expect(screen.queryByText(/may not read this site/)).toBeNull();
    expect(asked).toEqual([['https://www.facebook.com/*']]);
  });

  it('offers the withheld sites when the browser hides the tab’s address, and reads the tab again once allowed', async () => {
    // Firefox leaves out the URL of a tab whose site Taktvoll may not read.
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 9, active: true }]) as unknown as typeof fakeBrowser.tabs.query);
    const manifest = { host_permissions: hostPermissions() };
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest as never);
    let xing = false;
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins: string[] }) => xing || !p.origins.some((o) => o.includes('xing.com'))) as never);
    const asked: string[][] = [];
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async (p: { origins: string[] }) => {
      asked.push(p.origins);
      xing = true;
      return true;
    }) as never);
    render(<App />);
    await screen.findByText(/can’t tell which site this tab shows: its access to XING is switched off/);
    expect(screen.queryByRole('button', { name: 'Allow Taktvoll on LinkedIn' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow Taktvoll on XING' }));
    await screen.findByText(/works only on LinkedIn, XING and Facebook/);
    expect(asked).toEqual([['https://www.xing.com/*']]);
    expect(screen.queryByRole('button', { name: 'Allow Taktvoll on XING' })).toBeNull();
  });

  it('explains a tab that is not one of the sites', async () => {
    await activeTab('https://example.org/');
    render(<App />);
    await screen.findByText(/works only on LinkedIn, XING and Facebook/);
    expect(screen.queryByRole('button', { name: 'Pause for an hour' })).toBeNull();
  });
});
