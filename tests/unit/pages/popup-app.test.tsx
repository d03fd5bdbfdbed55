/** The popup's logic against the real background handlers (fakeBrowser + fake-indexeddb). */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '../../../entrypoints/background/handlers';
import { App } from '../../../entrypoints/popup/App';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, useDb } from '../../../lib/db/schema';
import { removeContentListeners } from '../../../lib/messaging/content-to-background';
import { removePageListeners, sendFromPage } from '../../../lib/messaging/page-to-background';
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

  describe('prompt fatigue: toned-down checks', () => {
    const sendAnyway = (i: number) =>
      repo.recordSend({ fingerprint: { minhash: [], size: 0 }, outcome: 'sent-as-is', rules: ['templated-greeting'], card: { rules: ['templated-greeting'], via: 'send-anyway' } }, Date.now() + i);

    it('lists a toned-down check with why, in a list, and "Ask again" (a real button) restores it and says so', async () => {
      await activeTab('https://www.linkedin.com/messaging/thread/1/');
      await repo.recordPrompt({ site: 'linkedin', outcome: 'kept-editing', rules: ['templated-greeting'] }, Date.now());
      for (let i = 0; i < 7; i++) await sendAnyway(i);
      render(<App />);
      const section = (await screen.findByRole('heading', { name: 'Asked less often' })).closest('section')!;
      const item = within(section).getByRole('listitem');
      expect(item.textContent).toMatch(/^Templated greetings: now only marked — you sent anyway 7 of the last 8 times\./);
      const button = screen.getByRole('button', { name: 'Ask again: Templated greetings' });
      expect(button.tagName).toBe('BUTTON');
      expect(button.textContent).toBe('Ask again');
      fireEvent.click(button);
      await waitFor(() => expect(within(section).getByRole('status').textContent).toBe('Templated greetings: Taktvoll asks again before such a message is sent.'));
      expect(within(section).queryByRole('listitem')).toBeNull();
      expect(await sendFromPage('listTonedRules')).toEqual([]);
    });

    it('shows nothing of it while no check is toned down; the five numbers explain themselves', async () => {
      await activeTab('https://www.linkedin.com/messaging/thread/1/');
      for (let i = 0; i < 5; i++) await sendAnyway(i);
      await repo.recordPrompt({ site: 'linkedin', outcome: 'kept-editing', rules: ['pitch-first-message'] }, Date.now());
      render(<App />);
      await waitFor(() => expect(screen.getByText('Kept editing', { selector: 'dt' }).parentElement?.textContent).toBe('Kept editing1pause cards answered with “Keep editing” (or with a line of your own)'));
      expect(screen.queryByRole('heading', { name: 'Asked less often' })).toBeNull();
      expect(screen.getAllByRole('term').map((dt) => dt.textContent)).toEqual(['Prompts shown', 'Kept editing', 'Revised', 'Cancelled', 'Sent as is']);
      expect(screen.getByText(/only the badge marked, without a card, is in none of these numbers/)).toBeTruthy();
    });
  });
});
