/**
 * The options page's logic against the real background handlers (fakeBrowser + fake-indexeddb):
 * what the user does in the page ends up in storage and the database, and nothing else changes.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/options/App';
import { registerHandlers } from '../../../entrypoints/background/handlers';
import { fingerprint } from '../../../lib/analysis/core';
import { forgetIndex } from '../../../lib/background/memory';
import * as repo from '../../../lib/db/repo';
import { cardsFor, recordAnswer, recordCardShown, tonedRules } from '../../../lib/db/fatigue';
import { TaktvollDb, useDb } from '../../../lib/db/schema';
import { removeContentListeners } from '../../../lib/messaging/content-to-background';
import { removePageListeners } from '../../../lib/messaging/page-to-background';
import { installManifest, pageSender, sendAs } from '../helpers/messaging';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { loadSettings, saveSettings } from '../../../lib/storage/settings-item';
import { buildExport } from '../../../lib/storage/transfer';
import { hostPermissions } from '../../../lib/sites/registry';

const manifest = {
  manifest_version: 3,
  name: 'Taktvoll',
  version: '0.1.0',
  permissions: ['storage'],
  // What wxt.config.ts writes: exactly the content scripts' hosts, from the registry.
  host_permissions: hostPermissions(),
  content_security_policy: { extension_pages: "script-src 'self'; connect-src 'none'" },
};
let n = 0;

async function openPage() {
  render(<App />);
  await screen.findByRole('heading', { level: 2, name: 'Personal rules' });
}

function importFile(name: string, content: string) {
  const input = screen.getByLabelText('Import from a file') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options page with the real background', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`options-app-${n++}`));
    installManifest(manifest);
    registerHandlers();
    sendAs(pageSender('/options.html'));
  });
  afterEach(() => {
    cleanup();
    removeContentListeners();
    removePageListeners();
  });

  it('practice area: the background finds reuse in the send memory for the draft on screen (the history never comes to the page)', async () => {
    const invite = (name: string) => `Hi ${name}, I am putting together a small round table on platform engineering in Berlin on 12 March, two hours, no slides. Would you like to join us?`;
    for (const [key, name] of [['anna', 'Anna Example'], ['ben', 'Ben Berg']] as const) {
      await repo.recordSend({ person: { site: 'linkedin', key, name }, fingerprint: fingerprint(invite(name.split(' ')[0]!), { names: [name] }), outcome: 'clean', rules: [] }, Date.now() - 86_400_000);
    }
    forgetIndex();
    await openPage();
    fireEvent.change(screen.getByRole('combobox', { name: 'First message to this person?' }), { target: { value: 'no' } });
    fireEvent.input(screen.getByRole('textbox', { name: "Recipient's name" }), { target: { value: 'Cem Yılmaz' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Draft' }), { target: { value: invite('Cem') } });
    await waitFor(() => expect(screen.getByTestId('practice-result').querySelector('[data-rule="template-reuse"]')).toBeTruthy());
    expect(screen.getByTestId('practice-result').textContent).toMatch(/2 other people/);
  });

  it('states the manifest facts in the privacy promise', async () => {
    await openPage();
    expect(screen.getByTestId('hosts').textContent).toContain('https://www.xing.com/*: XING');
    expect(screen.getByTestId('hosts').textContent).toContain('https://web.facebook.com/*: Facebook');
    expect(screen.getByTestId('network').textContent).toMatch(/No network permission/);
  });

  it('stores a personal rule, and never an invalid one', async () => {
    await openPage();
    const phrase = screen.getByRole('textbox', { name: 'Phrase' });
    fireEvent.input(phrase, { target: { value: '?*' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    fireEvent.input(phrase, { target: { value: 'pick your brain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    await screen.findByRole('button', { name: 'Delete rule “pick your brain”' });
    expect((await loadSettings()).personalRules).toEqual([expect.objectContaining({ kind: 'flag', phrase: 'pick your brain', severity: 'info' })]);
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Rule added: “pick your brain”.'));
  });

  it('adds a trusted contact by name, lists those from the pause card, and removes', async () => {
    await repo.setTrusted({ site: 'facebook', key: '1000123', name: 'Carla', addedAt: 1, source: 'pause-card' });
    await openPage();
    await screen.findByRole('cell', { name: 'The pause card' });
    fireEvent.change(screen.getByRole('combobox', { name: 'On which site' }), { target: { value: 'xing' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Name, as the site shows it' }), { target: { value: 'Jürgen Müller' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    await screen.findByRole('button', { name: 'Remove Jürgen Müller' });
    expect((await repo.getComposerInfo({ site: 'xing', key: 'Juergen_Mueller', name: 'Jürgen Müller' }, 10, Date.now())).trusted).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Carla' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove Carla' })).toBeNull());
    expect((await repo.listTrusted()).map((c) => c.name)).toEqual(['Jürgen Müller']);
  });

  it('imports a file after confirmation, and a broken file changes nothing', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, dailyBudget: 7 });
    await openPage();
    importFile('broken.json', '{"format":"taktvoll-export","version":2,"settings":{}}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The file broken.json cannot be imported');
    expect(alert.textContent).toContain('exportedAt is missing.');
    expect((await loadSettings()).dailyBudget).toBe(7);

    const file = buildExport({ ...DEFAULT_SETTINGS, dailyBudget: 2 }, [{ site: 'linkedin', key: 'name:anna', name: 'Anna', addedAt: 5, source: 'options' }], Date.now());
    importFile('backup.json', JSON.stringify(file));
    await screen.findByText(/The file backup.json is valid: 0 personal rules, 1 trusted contacts\./);
    expect((await loadSettings()).dailyBudget).toBe(7); // not before confirming
    fireEvent.click(screen.getByRole('button', { name: 'Replace my settings with this file' }));
    await waitFor(async () => expect((await loadSettings()).dailyBudget).toBe(2));
    expect((await repo.listTrusted()).map((c) => c.name)).toEqual(['Anna']);
  });

  it('prompt fatigue stays out of the export file (short-lived, learned from use); an import leaves it as it is', async () => {
    const now = Date.now();
    const anna = { site: 'linkedin' as const, key: 'anna', name: 'Anna Example' };
    await repo.recordSend({ person: anna, fingerprint: { minhash: [1], size: 3 }, outcome: 'clean', rules: [] }, now);
    await recordCardShown(anna, ['templated-greeting'], { minhash: [424_242], size: 9 }, now);
    for (let i = 0; i < 6; i++) await recordAnswer(['templated-greeting'], 'sent-as-is', now + i);
    let blob: Blob | undefined;
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:test');
    try {
      await openPage();
      fireEvent.click(screen.getByRole('button', { name: 'Export to a file' }));
      await waitFor(() => expect(blob).toBeDefined());
    } finally {
      URL.createObjectURL = create;
    }
    const text = await blob!.text();
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['exportedAt', 'format', 'relations', 'settings', 'trustedContacts', 'version']);
    expect(text).not.toMatch(/prompts|ruleAnswers|sketch|424242|sent-as-is/);

    importFile('backup.json', text);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my settings with this file' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/Imported/));
    expect(await tonedRules()).toEqual([{ rule: 'templated-greeting', anyway: 6, of: 6 }]);
    expect((await cardsFor(anna, now)).map((c) => c.rule)).toEqual(['templated-greeting']);
  });

  it('applies retention when saved, and wipes everything after confirmation', async () => {
    const old = Date.now() - 100 * 86_400_000;
    await repo.recordSend({ person: { site: 'linkedin', key: 'x', name: 'X' }, fingerprint: { minhash: [1], size: 3 }, outcome: 'clean', rules: [] }, old);
    await repo.recordLedger([{ site: 'facebook', groupKey: 'g', groupName: 'G', personKey: 'p', personName: 'Pia', action: 'invited', at: Date.now(), answers: [] }]);
    await openPage();
    await screen.findByRole('button', { name: 'Delete the entry for Pia in G' });
    const days = screen.getByRole('spinbutton', { name: /Keep send memory/ });
    fireEvent.input(days, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/^Saved\. [1-9]\d* old entries deleted\.$/));
    expect(await repo.listSendMemory()).toEqual([]);
    expect((await loadSettings()).retentionDays).toBe(30);

    fireEvent.click(screen.getByRole('button', { name: 'Wipe all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, wipe everything' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/All data wiped/));
    expect(await repo.listLedger()).toEqual([]);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
