/** Render tests of the group checklist component, and the EN/DE strings it uses. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GroupChecklist, invitationTemplate, siteRegister, type GroupChecklistProps } from '../../../components/GroupChecklist';
import type { ChecklistPerson } from '../../../lib/consent';
import { setTranslator } from '../../../lib/i18n';
import { formatFrom } from '../../../lib/i18n/format';
import { loadCatalog } from '../../../lib/i18n/node-catalog';
import { tick } from './group-fake';

const LEFT_AT = new Date('2026-10-03T10:00:00').getTime();
const fmt = (at: number) => new Date(at).toISOString().slice(0, 10);

function setup(over: Partial<GroupChecklistProps> = {}) {
  const props: GroupChecklistProps = {
    kind: 'group-invite',
    groupName: 'Gardeners Berlin',
    people: [
      { key: 'anna', name: 'Anna Example', answers: [] },
      { key: 'ben', name: 'Ben Beispiel', leftAt: LEFT_AT, answers: [] },
    ],
    formatDate: fmt,
    onToggle: vi.fn(),
    onCopy: vi.fn(async () => true),
    onContinue: vi.fn(),
    onCancel: vi.fn(),
    ...over,
  };
  const view = render(<GroupChecklist {...props} />);
  return { props, view };
}

const withAnswers = (people: ChecklistPerson[], key: string, answers: ChecklistPerson['answers']) => people.map((p) => (p.key === key ? { ...p, answers } : p));

describe('GroupChecklist', () => {
  afterEach(() => cleanup());

  it('is a labelled modal dialog listing each person with their items', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Before you invite people to “Gardeners Berlin”' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getByRole('group', { name: 'Anna Example' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Anna Example agreed to join, outside this group (required)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'The topic matters to Anna Example' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Anna Example left this group/ })).toBeNull();
    const back = screen.getByRole('checkbox', { name: 'Ben Beispiel left this group on 2026-10-03: they told me they want back in (required)' });
    expect(back.getAttribute('aria-required')).toBe('true');
    // Never colour alone: the stop is spelled out.
    expect(screen.getByText('Stop: left this group on 2026-10-03')).toBeTruthy();
    expect(screen.getByText(/Ben Beispiel left this group\. Ask them first/)).toBeTruthy();
  });

  it('keeps Continue disabled until each person’s consent and the hard stop are ticked, and says what is missing', () => {
    const { props, view } = setup();
    const cont = screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement;
    expect(cont.disabled).toBe(true);
    expect(screen.getByText('Still to tick before you can continue: Anna Example agreed, Ben Beispiel agreed, Ben Beispiel wants back in')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Ben Beispiel left this group/ }));
    expect(props.onToggle).toHaveBeenCalledWith('ben', 'wants-back', true);
    // Controlled: nothing changes until the runtime sends the new ticks back.
    expect(cont.disabled).toBe(true);
    view.rerender(<GroupChecklist {...props} people={withAnswers(props.people, 'ben', ['wants-back'])} />);
    // An invitation with nothing ticked cannot be clicked through.
    expect(cont.disabled).toBe(true);
    const both = withAnswers(withAnswers(props.people, 'ben', ['wants-back', 'agreed']), 'anna', ['agreed']);
    view.rerender(<GroupChecklist {...props} people={both} />);
    expect(cont.disabled).toBe(false);
    expect(screen.getByText('Ready. Continue sends exactly what you selected on the page.')).toBeTruthy();
    fireEvent.click(cont);
    expect(props.onContinue).toHaveBeenCalledTimes(1);
  });

  it('needs "agreed" for everyone on a direct add', () => {
    const people = [{ key: 'anna', name: 'Anna Example', answers: [] }];
    const { props, view } = setup({ kind: 'chat-add', groupName: 'Team Lunch', people });
    expect(screen.getByRole('dialog', { name: 'Before you add people to “Team Lunch”' })).toBeTruthy();
    expect(screen.getByText(/This adds people directly/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Anna Example agreed to join, outside this group (required)' })).toBeTruthy();
    const cont = screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement;
    fireEvent.click(cont);
    expect(props.onContinue).not.toHaveBeenCalled();
    view.rerender(<GroupChecklist {...props} people={withAnswers(people, 'anna', ['agreed'])} />);
    expect(cont.disabled).toBe(false);
  });

  it('waits for the ledger, and shows why a Continue did nothing', () => {
    const people = [{ key: 'anna', name: 'Anna Example', answers: [] }];
    const { props, view } = setup({ people, loading: true });
    expect((screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Checking who left this group before …')).toBeTruthy();
    view.rerender(<GroupChecklist {...props} loading={false} alert="changed" />);
    expect(screen.getByRole('alert').textContent).toMatch(/selection changed.*Nothing was sent/);
    expect((screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement).disabled).toBe(true);
    view.rerender(<GroupChecklist {...props} loading={false} alert="no-control" />);
    expect(screen.getByRole('alert').textContent).toMatch(/no longer there/);
  });

  it('moves focus in, keeps Tab inside, and Escape cancels once', async () => {
    const { props } = setup();
    await tick(30);
    const first = screen.getByRole('checkbox', { name: /Anna Example agreed/ });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Escape' });
    fireEvent.keyDown(first, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancel).toHaveBeenCalledTimes(1);
    expect(props.onContinue).not.toHaveBeenCalled();
  });

  it('offers a personal invitation per person: editable, copied only on click, never sent', async () => {
    const onCopy = vi.fn(async () => true);
    setup({ onCopy });
    const toggle = screen.getByRole('button', { name: 'Write Anna a personal invitation instead' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const text = screen.getByRole('textbox', { name: 'Your invitation to Anna (complete it, then copy it)' }) as HTMLTextAreaElement;
    expect(text.value).toBe("Hi Anna, I'm in the group “Gardeners Berlin” and thought of you because … Would you like to join? If so, tell me and I'll send you the link. And if not, no problem at all.");
    await tick(30);
    // Focus lands on the gap only the user can fill.
    expect(document.activeElement).toBe(text);
    expect(text.value.slice(text.selectionStart, text.selectionEnd)).toBe('…');
    expect(onCopy).not.toHaveBeenCalled();
    fireEvent.input(text, { target: { value: 'Hi Anna, you asked about the seed swap: want in?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy invitation' }));
    await tick();
    expect(onCopy).toHaveBeenCalledWith('anna', 'Hi Anna, you asked about the seed swap: want in?');
    expect(screen.getByText('Copied. Paste it into a message to Anna yourself.')).toBeTruthy();
  });

  it('says how to copy by hand when the clipboard refuses, with the text selected', async () => {
    setup({ onCopy: vi.fn(async () => false) });
    fireEvent.click(screen.getByRole('button', { name: 'Write Ben a personal invitation instead' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy invitation' }));
    await tick();
    expect(screen.getByText(/Could not copy\. The text is selected/)).toBeTruthy();
    const text = screen.getByRole('textbox') as HTMLTextAreaElement;
    expect(text.selectionEnd - text.selectionStart).toBe(text.value.length);
  });

  it('builds the invitation from the group name for chats and pages too', () => {
    expect(invitationTemplate('chat-add', 'Team Lunch', 'Anna Example')).toContain('group chat “Team Lunch”');
    expect(invitationTemplate('page-invite', 'Bakery Rossi', 'Anna Example')).toContain('the page “Bakery Rossi”');
    expect(invitationTemplate('group-invite', '', 'Anna Example')).toContain('“…”');
  });

  it('writes the invitation in the register of the site, or of the person when known (German)', () => {
    const de = loadCatalog('de');
    setTranslator((key, params) => formatFrom(de, key, params));
    try {
      expect(invitationTemplate('chat-add', 'Lauftreff', 'Anna Example', siteRegister('facebook'))).toMatch(/Möchtest du dazukommen\?/);
      expect(invitationTemplate('group-invite', 'Lauftreff', 'Anna Example', siteRegister('xing'))).toMatch(/an dich gedacht/);
      expect(invitationTemplate('group-invite', 'Lauftreff', 'Anna Example', siteRegister('linkedin'))).toMatch(/an Sie gedacht/);
      expect(invitationTemplate('page-invite', 'Bäckerei', 'Anna Example', 'sie')).not.toMatch(/\b(du|dich|dir)\b/);
    } finally {
      const en = loadCatalog('en');
      setTranslator((key, params) => formatFrom(en, key, params));
    }
  });

  it('renders in German with "Fortfahren" and "Abbrechen", addressing the user as Sie', () => {
    const de = loadCatalog('de');
    setTranslator((key, params) => formatFrom(de, key, params));
    setup({ kind: 'chat-add', groupName: 'Team Lunch' });
    expect(screen.getByRole('dialog', { name: 'Bevor Sie Personen zu „Team Lunch“ hinzufügen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Fortfahren' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abbrechen' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Anna Example hat zugestimmt, außerhalb dieser Gruppe (erforderlich)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Ben Beispiel hat diese Gruppe am 2026-10-03 verlassen/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stattdessen Anna persönlich einladen' }));
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toMatch(/^Hallo Anna, .*Möchten Sie dazukommen\?/);
  });
});

describe('group strings', () => {
  const root = join(__dirname, '../../../assets/locales');
  const read = (lang: string) => JSON.parse(readFileSync(join(root, lang, 'group.json'), 'utf8')) as Record<string, { message: string }>;
  const en = read('en');
  const de = read('de');
  const params = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();

  it('exist in English and German with the same keys and placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(key).toMatch(/^group_[A-Za-z0-9_]+$/);
      expect(de[key]!.message.trim(), key).not.toBe('');
      expect(params(de[key]!.message), key).toEqual(params(en[key]!.message));
    }
    expect(en.group_continue!.message).toBe('Continue');
    expect(de.group_continue!.message).toBe('Fortfahren');
    expect(en.group_cancel!.message).toBe('Cancel');
    expect(de.group_cancel!.message).toBe('Abbrechen');
  });

  it('cover every group_ key the code uses, and German says "du" only in the invitations for people on du', () => {
    const sources = ['components/GroupChecklist.tsx', 'components/popup/GroupChecklist.tsx', 'lib/content/group/hold.ts', 'lib/content/group/feature.ts'].map((f) => readFileSync(join(__dirname, '../../..', f), 'utf8'));
    const used = new Set(sources.flatMap((s) => s.match(/'group_[A-Za-z0-9_]+'/g) ?? []).map((k) => k.slice(1, -1)));
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en[key], key).toBeDefined();
    for (const [key, { message }] of Object.entries(de)) {
      if (key.endsWith('_du')) expect(message, key).toMatch(/\b(du|dich|dir)\b/);
      else expect(message, key).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
    }
    expect(readdirSync(root)).toEqual(expect.arrayContaining(['en', 'de']));
  });
});
