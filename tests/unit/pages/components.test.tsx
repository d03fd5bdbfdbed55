/** Render tests of the popup and options components: accessible names, validation, events out. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useCallback, useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuardSettings } from '../../../components/options/GuardSettings';
import { LedgerTable } from '../../../components/options/LedgerTable';
import { PracticeArea } from '../../../components/options/PracticeArea';
import { PrivacyPromise } from '../../../components/options/PrivacyPromise';
import { Retention } from '../../../components/options/Retention';
import { RuleEditor } from '../../../components/options/RuleEditor';
import { SendMemoryTable } from '../../../components/options/SendMemoryTable';
import { Transfer } from '../../../components/options/Transfer';
import { TrustedContacts } from '../../../components/options/TrustedContacts';
import { WipeData } from '../../../components/options/WipeData';
import { GroupChecklist } from '../../../components/popup/GroupChecklist';
import { PauseControls } from '../../../components/popup/PauseControls';
import { StatsPanel } from '../../../components/popup/StatsPanel';
import { TabStatus } from '../../../components/popup/TabStatus';
import { TonedDown } from '../../../components/popup/TonedDown';
import { formatFrom } from '../../../lib/i18n/format';
import { setTranslator } from '../../../lib/i18n';
import { loadCatalog } from '../../../lib/i18n/node-catalog';
import type { DayStats } from '../../../lib/messaging/schemas';
import type { DraftContext } from '../../../lib/analysis/types';
import { analyze, checkPhrase, makeAnalyze, reuseKey } from '../../../lib/pages/analyzer';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';

const day = (d: string, over: Partial<DayStats> = {}): DayStats => ({ day: d, shown: 0, revised: 0, cancelled: 0, sentAsIs: 0, keptEditing: 0, clean: 0, groupHeld: 0, groupCancelled: 0, groupContinued: 0, ...over });
const fmt = (at: number) => `T${at}`;

afterEach(cleanup);

describe('popup: StatsPanel', () => {
  it("shows today's numbers as text and 30 days as a chart with a table alternative", () => {
    const days = Array.from({ length: 30 }, (_, i) => day(`2026-10-${String(i + 1).padStart(2, '0')}`, i === 29 ? { shown: 3, keptEditing: 3, revised: 2, cancelled: 1 } : i === 3 ? { shown: 1, sentAsIs: 1 } : {}));
    render(<StatsPanel days={days} formatDay={(d) => d.slice(5)} />);
    const today = screen.getByText('Prompts shown', { selector: 'dt' }).parentElement!;
    expect(today.textContent).toBe('Prompts shown3pause cards that held a send');
    // The chart's axis is dated: first, middle and last day.
    expect(Array.from(document.querySelectorAll('.tv-chart__dates span')).map((e) => e.textContent)).toEqual(['10-01', '10-15', '10-30']);
    const chart = screen.getByRole('group', { name: 'Prompts per day, last 30 days' });
    expect(chart.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toMatch(/4 shown, 3 kept editing, 2 revised, 1 cancelled, 1 sent as is/);
    // Series are named in text (not by colour alone).
    expect(chart.querySelectorAll('[data-series]')).toHaveLength(5);
    expect(chart.textContent).toContain('Sent as is: 1');
    const table = screen.getByRole('table', { hidden: true });
    const rows = within(table).getAllByRole('row', { hidden: true });
    expect(rows).toHaveLength(31);
    expect(rows[30]!.textContent).toBe('10-3033210');
  });

  it('says so when there are no numbers yet', () => {
    render(<StatsPanel days={[day('2026-11-22')]} formatDay={(d) => d} />);
    expect(screen.getByText('No prompts in the last 30 days.')).toBeTruthy();
    expect(screen.queryByRole('group')).toBeNull();
  });
});

describe('popup: TabStatus and PauseControls', () => {
  it('explains a tab that is not one of the sites', () => {
    render(<TabStatus state={{ kind: 'none' }} formatTime={fmt} />);
    expect(screen.getByText(/works only on LinkedIn, XING and Facebook/)).toBeTruthy();
  });

  it('shows the site, the state in words, and what the guard sees', () => {
    render(
      <TabStatus
        siteLabel="LinkedIn"
        state={{ kind: 'active' }}
        summary={{ composers: 2, dialogs: 1, lastFinding: { rule: 'templated-greeting', at: 7 }, reasons: [], errors: [], frames: 2, matched: ['linkedin.messageForm#0'] }}
        lastFindingLabel="Templated greetings"
        formatTime={fmt}
      />,
    );
    expect(screen.getByText('Site: LinkedIn')).toBeTruthy();
    expect(screen.getByText('Guard active', { exact: false }).textContent).toContain('Status: Guard active');
    expect(screen.getByText('Message boxes found: 2')).toBeTruthy();
    expect(screen.getByText('Group dialogs found: 1')).toBeTruthy();
    expect(screen.getByText('Last finding: Templated greetings, at T7')).toBeTruthy();
    expect(screen.getByText('Technical details')).toBeTruthy();
  });

  it('explains in words why the guard is not active', () => {
    render(<TabStatus siteLabel="XING" state={{ kind: 'inactive' }} summary={{ composers: 0, dialogs: 0, reasons: ['nothing-found', 'linkedin.messageForm'], errors: [] }} formatTime={fmt} />);
    expect(screen.getByText('Why: no message box or group dialog on this page yet; linkedin.messageForm')).toBeTruthy();
  });

  it('offers to ask for site access when the browser withholds it', () => {
    const onGrant = vi.fn();
    render(<TabStatus siteLabel="LinkedIn" state={{ kind: 'no-access' }} formatTime={fmt} onGrant={onGrant} />);
    expect(screen.getByRole('status').textContent).toMatch(/may not read this site/);
    fireEvent.click(screen.getByRole('button', { name: 'Allow Taktvoll on LinkedIn' }));
    expect(onGrant).toHaveBeenCalled();
  });

  it('shows a pause until a time', () => {
    render(<TabStatus siteLabel="XING" state={{ kind: 'paused', until: 99 }} formatTime={fmt} />);
    expect(screen.getByText('Paused until T99', { exact: false })).toBeTruthy();
  });

  it('pauses for an hour or for the site, and resumes', () => {
    const calls: string[] = [];
    const { rerender } = render(<PauseControls siteLabel="XING" paused={false} onPauseHour={() => calls.push('hour')} onPauseSite={() => calls.push('site')} onResume={() => calls.push('resume')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pause for an hour' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause on XING until I resume' }));
    rerender(<PauseControls siteLabel="XING" paused onPauseHour={() => calls.push('hour')} onPauseSite={() => calls.push('site')} onResume={() => calls.push('resume')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    expect(calls).toEqual(['hour', 'site', 'resume']);
  });
});

describe('popup: GroupChecklist', () => {
  it('lists each person with labelled checkboxes and sends answers back', () => {
    const onToggle = vi.fn();
    render(
      <GroupChecklist
        dialog={{ id: 'd1', site: 'facebook', groupName: 'Runners', kind: 'group-invite', held: true, people: [{ key: 'p1', name: 'Anna', answers: ['agreed'] }, { key: 'p2', name: 'Ben', leftAt: 5, answers: [] }] }}
        formatDate={fmt}
        onToggle={onToggle}
      />,
    );
    const agreed = screen.getByRole('checkbox', { name: 'Anna agreed to join, outside this group (required)' }) as HTMLInputElement;
    expect(agreed.checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Ben' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ben left this group on T5: they told me they want back in (required)' }));
    expect(onToggle).toHaveBeenCalledWith('p2', 'wants-back', true);
    expect(screen.getByText(/on hold until you continue or cancel/)).toBeTruthy();
  });

  it('asks the same items and marks the same ones required as the in-page checklist (lib/consent)', () => {
    render(
      <GroupChecklist
        dialog={{ id: 'd2', site: 'xing', groupName: 'Team', kind: 'chat-add', held: true, people: [{ key: 'p1', name: 'Anna', answers: [] }, { key: 'p2', name: 'Ben', leftAt: 5, answers: [] }] }}
        formatDate={fmt}
        onToggle={() => undefined}
      />,
    );
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    // Anna: agreed (required on a direct add), topic. Ben: wants-back (required), agreed (required), topic.
    expect(boxes.map((b) => b.getAttribute('aria-required') === 'true')).toEqual([true, false, true, true, false]);
  });
});

describe('options: RuleEditor', () => {
  it('validates as typed and never adds an invalid rule', () => {
    const onAdd = vi.fn();
    render(<RuleEditor rules={[]} check={checkPhrase} onAdd={onAdd} onDelete={() => undefined} />);
    const phrase = screen.getByRole('textbox', { name: 'Phrase' }) as HTMLInputElement;
    fireEvent.input(phrase, { target: { value: '*' } });
    expect(phrase.getAttribute('aria-invalid')).toBe('true');
    const errId = phrase.getAttribute('aria-describedby')!.split(' ').pop()!;
    expect(document.getElementById(errId)!.textContent).toMatch(/match almost any message/);
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(phrase);

    fireEvent.input(phrase, { target: { value: '' } });
    expect(document.getElementById(errId)!.textContent).toBe('Type a word or phrase.');
    fireEvent.input(phrase, { target: { value: 'x'.repeat(121) } });
    expect(document.getElementById(errId)!.textContent).toMatch(/under 120 characters/);
  });

  it('adds a valid flag rule with severity and note, then clears the phrase', () => {
    const onAdd = vi.fn();
    render(<RuleEditor rules={[]} check={checkPhrase} onAdd={onAdd} onDelete={() => undefined} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Phrase' }), { target: { value: 'synerg*' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'When it appears' }), { target: { value: 'warn' } });
    fireEvent.input(screen.getByRole('textbox', { name: /Note to self/ }), { target: { value: 'Say it plainly' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(onAdd).toHaveBeenCalledWith({ kind: 'flag', phrase: 'synerg*', severity: 'warn', note: 'Say it plainly' });
    expect((screen.getByRole('textbox', { name: 'Phrase' }) as HTMLInputElement).value).toBe('');
  });

  it('lists rules with named delete buttons and refuses duplicates', () => {
    const onDelete = vi.fn();
    const onAdd = vi.fn();
    render(<RuleEditor rules={[{ id: 'r1', kind: 'flag', phrase: 'quick call', severity: 'warn' }]} check={checkPhrase} onAdd={onAdd} onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete rule “quick call”' }));
    expect(onDelete).toHaveBeenCalledWith('r1');
    fireEvent.input(screen.getByRole('textbox', { name: 'Phrase' }), { target: { value: 'Quick  Call' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByText('You already have a rule for this phrase.')).toBeTruthy();
  });
});

describe('options: TrustedContacts', () => {
  it('adds by name per site, refuses empty names and duplicates, removes', () => {
    const onAdd = vi.fn();
    const onRemove = vi.fn();
    const contacts = [{ site: 'xing' as const, key: 'name:anna', name: 'Anna', addedAt: 1, source: 'pause-card' as const }];
    render(<TrustedContacts contacts={contacts} isTrusted={(site, name) => site === 'xing' && name === 'Anna'} onAdd={onAdd} onRemove={onRemove} formatDate={fmt} />);
    expect(screen.getByRole('cell', { name: 'The pause card' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(screen.getByText("Type the person's name.")).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'On which site' }), { target: { value: 'xing' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Name, as the site shows it' }), { target: { value: ' Anna ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(screen.getByText('Anna is already a trusted contact on this site.')).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Name, as the site shows it' }), { target: { value: 'Ben   Beispiel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    expect(onAdd).toHaveBeenCalledWith('xing', 'Ben Beispiel');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Anna' }));
    expect(onRemove).toHaveBeenCalledWith(contacts[0]);
  });
});

describe('options: GuardSettings', () => {
  const apply = (onChange: ReturnType<typeof vi.fn>, s: Settings = DEFAULT_SETTINGS): Settings => (onChange.mock.calls.at(-1)![0] as (s: Settings) => Settings)(s);

  it('switches sites and checks; the Du/Sie switch drives both flags', () => {
    const onChange = vi.fn();
    render(<GuardSettings settings={DEFAULT_SETTINGS} onChange={onChange} now={0} formatTime={fmt} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'XING' }));
    expect(apply(onChange).sites.xing).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pitch in a first message' }));
    expect(apply(onChange).rules['pitch-first-message']).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Du/Sie hints' }));
    expect(apply(onChange)).toMatchObject({ registerHints: false, rules: { 'register-switch': false } });
    fireEvent.click(screen.getByRole('radio', { name: /only when it is very sure/ }));
    expect(apply(onChange).sensitivity).toBe(0.9);
    fireEvent.click(screen.getByRole('checkbox', { name: /Checklist before adding/ }));
    expect(apply(onChange).groupGuard).toBe(false);
  });

  it('shows a pause set from the popup, and resumes it', () => {
    const onChange = vi.fn();
    const settings: Settings = { ...DEFAULT_SETTINGS, pausedUntil: { xing: 5000, facebook: Number.MAX_SAFE_INTEGER, linkedin: 10 } };
    render(<GuardSettings settings={settings} onChange={onChange} now={100} formatTime={fmt} />);
    expect(screen.getByText(/paused until T5000/)).toBeTruthy();
    expect(screen.getByText(/paused until you resume/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume LinkedIn' })).toBeNull(); // that pause has run out
    fireEvent.click(screen.getByRole('button', { name: 'Resume Facebook / Messenger' }));
    expect(apply(onChange, settings).pausedUntil).toEqual({ xing: 5000, facebook: 0, linkedin: 10 });
  });

  it('saves a valid budget and flags an invalid one without saving it', () => {
    const onChange = vi.fn();
    render(<GuardSettings settings={DEFAULT_SETTINGS} onChange={onChange} now={0} formatTime={fmt} />);
    const budget = screen.getByRole('spinbutton', { name: 'Pause cards per day at most' });
    fireEvent.input(budget, { target: { value: '3' } });
    expect(apply(onChange).dailyBudget).toBe(3);
    onChange.mockClear();
    fireEvent.input(budget, { target: { value: '500' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(budget.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a whole number from 0 to 100.')).toBeTruthy();
  });
});

describe('options: PracticeArea', () => {
  it("shows what the guard would say for a personal rule, with the triggering words marked", () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, personalRules: [{ id: 'r1', kind: 'flag', phrase: 'synerg*', severity: 'warn', note: 'Say what you mean' }] };
    render(<PracticeArea settings={settings} analyze={analyze} now={() => 0} />);
    expect(screen.getByText('Type a draft to see what Taktvoll would say.')).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Draft' }), { target: { value: 'Hi Ben, we see great synergies between our teams.' } });
    const result = screen.getByTestId('practice-result');
    const finding = result.querySelector('[data-rule="personal-rule"]')!;
    expect(finding.textContent).toContain('Your personal rules');
    expect(finding.textContent).toContain('Would hold the send');
    const marks = screen.getByTestId('practice-marked').querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['[marked: synergies]']);
  });

  it('says when a draft is clean, and leaves switched-off checks out', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, 'personal-rule': false }, personalRules: [{ id: 'r1', kind: 'flag', phrase: 'synerg*', severity: 'warn' }] };
    render(<PracticeArea settings={settings} analyze={analyze} now={() => 0} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'First message to this person?' }), { target: { value: 'no' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Draft' }), { target: { value: 'Great synergies, thanks for the talk yesterday.' } });
    expect(screen.getByText('Nothing: this draft would be sent without a cue.')).toBeTruthy();
    expect(screen.getByText(/Switched-off checks are left out: Your personal rules/)).toBeTruthy();
  });

  it('uses the situation: a generic birthday wish', () => {
    render(<PracticeArea settings={DEFAULT_SETTINGS} analyze={analyze} now={() => 0} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'It is their birthday' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Where you write' }), { target: { value: 'birthday' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Draft' }), { target: { value: 'Happy birthday!' } });
    expect(screen.getByTestId('practice-result').querySelector('[data-rule="templated-greeting"]')).toBeTruthy();
  });
});

describe('options: PracticeArea with the user\'s memory and contacts', () => {
  it('asks for the draft on screen and notices template reuse from the answer, like the content scripts', async () => {
    const text = 'Hi there, I came across your profile and would love to connect and exchange ideas about product design.';
    const asked: string[] = [];
    /** What the options page does: the background answers for one draft at a time. */
    function Page() {
      const [analyzeNow, setAnalyze] = useState(() => makeAnalyze());
      const onDraft = useCallback((draft: string, context: DraftContext) => {
        asked.push(draft);
        setAnalyze(() => makeAnalyze({ key: reuseKey(draft, context), reuse: { otherRecipients: 3, similarity: 0.92, windowDays: 60 } }));
      }, []);
      return <PracticeArea settings={DEFAULT_SETTINGS} analyze={analyzeNow} now={() => 0} onDraft={onDraft} />;
    }
    render(<Page />);
    fireEvent.change(screen.getByRole('combobox', { name: 'First message to this person?' }), { target: { value: 'no' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Draft' }), { target: { value: text } });
    await waitFor(() => expect(screen.getByTestId('practice-result').querySelector('[data-rule="template-reuse"]')).toBeTruthy());
    expect(asked).toEqual([text]);
    // Another draft is not the one the answer was for: no reuse until the background answers again.
    expect(makeAnalyze({ key: reuseKey('other', {}), reuse: { otherRecipients: 3, similarity: 0.9, windowDays: 60 } })(text, {}).some((f) => f.rule === 'template-reuse')).toBe(false);
  });

  it('runs no check for a trusted contact', () => {
    render(<PracticeArea settings={DEFAULT_SETTINGS} analyze={analyze} now={() => 0} isTrusted={(site, name) => site === 'linkedin' && name === 'Anna'} />);
    fireEvent.input(screen.getByRole('textbox', { name: "Recipient's name" }), { target: { value: 'Anna' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Draft' }), { target: { value: 'Happy birthday!' } });
    expect(screen.getByText('Anna is one of your trusted contacts on this site: no check runs when you write to this person.')).toBeTruthy();
  });
});

describe('options: data, transfer, wipe, privacy', () => {
  it('lists ledger and send-memory entries with named delete buttons', () => {
    const onDelete = vi.fn();
    render(<LedgerTable entries={[{ id: 4, site: 'facebook', groupKey: 'g', groupName: 'Runners', personKey: 'p', personName: 'Anna', action: 'left', at: 1, answers: ['agreed', 'topic'] }]} formatDate={fmt} onDelete={onDelete} />);
    expect(screen.getByRole('cell', { name: 'agreed, topic matters' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete the entry for Anna in Runners' }));
    expect(onDelete).toHaveBeenCalledWith(4);
    const onDeleteMem = vi.fn();
    render(<SendMemoryTable rows={[{ id: 9, recipientKey: 'name:ben', site: 'xing', at: 2 }, { id: 10, recipientKey: 'in:clara-beispiel-4711', name: 'Clara Beispiel', site: 'linkedin', at: 3 }]} formatDate={fmt} onDelete={onDeleteMem} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete the fingerprint of the message to ben sent T2' }));
    expect(onDeleteMem).toHaveBeenCalledWith(9);
    // A person is shown by the name the site showed, not by an internal key.
    expect(screen.getByRole('rowheader', { name: 'Clara Beispiel' })).toBeTruthy();
    expect(screen.queryByText(/clara-beispiel-4711/)).toBeNull();
  });

  it('validates retention days', () => {
    const onSave = vi.fn();
    render(<Retention days={180} onSave={onSave} />);
    const input = screen.getByRole('spinbutton', { name: /Keep send memory/ });
    fireEvent.input(input, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/from 7 to 3650/)).toBeTruthy();
    fireEvent.input(input, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));
    expect(onSave).toHaveBeenCalledWith(30);
  });

  it('shows import problems as an alert, and a preview to confirm', () => {
    const noop = () => undefined;
    const { rerender } = render(<Transfer view={{ kind: 'failed', fileName: 'x.json', errors: [{ key: 'options_import_error_missing', params: ['settings'] }] }} onExport={noop} onFile={noop} onConfirm={noop} onCancel={noop} />);
    expect(screen.getByRole('alert').textContent).toBe('Nothing was changed. The file x.json cannot be imported:settings is missing.');
    const onConfirm = vi.fn();
    rerender(<Transfer view={{ kind: 'preview', fileName: 'x.json', rules: 2, contacts: 1, fromVersion: 1 }} onExport={noop} onFile={noop} onConfirm={onConfirm} onCancel={noop} />);
    expect(screen.getByText(/2 personal rules, 1 trusted contacts\. It was made by an older version/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace my settings with this file' }));
    expect(onConfirm).toHaveBeenCalled();
    expect(screen.getByLabelText('Import from a file')).toBeTruthy();
  });

  it('wipes only after confirmation, with focus on the safe choice', () => {
    const onWipe = vi.fn();
    render(<WipeData onWipe={onWipe} />);
    fireEvent.click(screen.getByRole('button', { name: 'Wipe all data…' }));
    expect(onWipe).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Wipe all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Wipe all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, wipe everything' }));
    expect(onWipe).toHaveBeenCalledTimes(1);
  });

  it('states the privacy promise from the manifest facts', () => {
    render(<PrivacyPromise permissions={['storage']} hostPermissions={['https://*.xing.com/*']} connectNone retentionDays={60} hostLabel={() => 'XING'} />);
    expect(screen.getByTestId('permissions').textContent).toContain('storage — to keep your settings');
    expect(screen.getByTestId('hosts').textContent).toContain('https://*.xing.com/*: XING — to see the message box');
    expect(screen.getByTestId('network').textContent).toMatch(/No network permission/);
    expect(screen.getByText(/Fingerprints of messages you sent .* 60 days/)).toBeTruthy();
  });
});

describe('popup: TonedDown (prompt fatigue), English and German', () => {
  it('one line per toned-down check in a list, each with a named "Ask again" button; the status is a live region', () => {
    const restored: string[] = [];
    render(<TonedDown items={[{ rule: 'templated-greeting', label: 'Templated greetings', anyway: 7, of: 8 }]} onRestore={(r) => restored.push(r)} status="" />);
    expect(screen.getByRole('list').querySelectorAll('li')).toHaveLength(1);
    expect(screen.getByRole('listitem').textContent).toMatch('Templated greetings: now only marked — you sent anyway 7 of the last 8 times.');
    fireEvent.click(screen.getByRole('button', { name: 'Ask again: Templated greetings' }));
    expect(restored).toEqual(['templated-greeting']);
    expect(screen.getByRole('status')).toBeTruthy();
  });

  it('reads as a native speaker writes it in German', () => {
    const de = loadCatalog('de');
    setTranslator((key, params) => formatFrom(de, key, params));
    render(<TonedDown items={[{ rule: 'templated-greeting', label: 'Vorgefertigte Grüße', anyway: 7, of: 8 }]} onRestore={() => undefined} status="" />);
    expect(screen.getByRole('listitem').textContent).toMatch('Vorgefertigte Grüße: wird nur noch markiert – Sie haben 7 der letzten 8 Male trotzdem gesendet.');
    expect(screen.getByRole('button', { name: 'Wieder fragen: Vorgefertigte Grüße' }).textContent).toBe('Wieder fragen');
    expect(screen.getByText(/„Trotzdem senden“ geantwortet haben, halten Ihre Nachrichten nicht mehr an/)).toBeTruthy();
  });
});

