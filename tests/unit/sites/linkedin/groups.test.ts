/** The LinkedIn adapter on the groups "Invite connections" picker. */
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../../../lib/sites/linkedin/adapter';
import { GROUP, LABELS, groupPage, withoutStyle, invitePicker, type Lang } from '../../../fixtures/linkedin/pages';
import { fragment, load, mountNamed, settle } from './load';

const GROUP_URL = `https://www.linkedin.com/groups/${GROUP.id}/`;

function check(dialog: Element, name: string): void {
  const row = Array.from(dialog.querySelectorAll('li[role="option"]')).find((r) => r.textContent?.includes(name))!;
  row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked = true;
}

describe.each<Lang>(['en', 'de'])('invite connections picker (%s)', (lang) => {
  const L = LABELS[lang];

  function open(where: 'main' | 'shadow' = 'main'): { document: Document; root: Document | ShadowRoot } {
    const { document } = load(groupPage({ lang, outlet: where }), GROUP_URL);
    settle(document);
    if (where === 'main') {
      mountNamed(document, 'picker');
      return { document, root: document };
    }
    const root = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    mountNamed(document, 'picker', root);
    return { document, root };
  }

  it('no dialog before "Invite connections"', () => {
    const { document } = load(groupPage({ lang }), GROUP_URL);
    settle(document);
    expect(linkedin.findGroupDialogs(document)).toEqual([]);
  });

  it('finds the picker: group id from the URL, name from the page', () => {
    const { root } = open();
    const [d, ...rest] = linkedin.findGroupDialogs(root);
    expect(rest).toEqual([]);
    expect(d!.kind).toBe('group-invite');
    expect(d!.groupKey).toBe(GROUP.id);
    expect(d!.groupName).toBe(GROUP.name);
    expect(d!.root.getAttribute('role')).toBe('dialog');
    expect(linkedin.health().matched).toEqual(expect.arrayContaining(['linkedin.invitePicker#0', 'linkedin.groupName#0']));
  });

  it('selected(): the checked rows, with names; nothing checked at first', () => {
    const { root } = open();
    const d = linkedin.findGroupDialogs(root)[0]!;
    expect(d.selected()).toEqual([]);
    check(d.root, 'Anna Example');
    check(d.root, 'Jürgen Müller');
    const sel = d.selected();
    expect(sel.map((p) => ({ key: p.key, name: p.name }))).toEqual([
      { key: 'name:anna example', name: 'Anna Example' },
      { key: 'name:jurgen muller', name: 'Jürgen Müller' },
    ]);
    expect(sel[0]!.row?.getAttribute('role')).toBe('option');
    expect(linkedin.health().matched).toEqual(expect.arrayContaining(['linkedin.pickerRows#0', 'linkedin.rowCheckbox#0']));
  });

  it('selected(): people selected in an earlier search are in the selected-members pane, not in the results', () => {
    const { document } = load(groupPage({ lang }), GROUP_URL);
    settle(document);
    // Anna was picked after searching "anna"; the search is now "bernd", Bernd picked too.
    document.body.append(...fragment(document, withoutStyle(invitePicker(lang, { query: 'bernd', selected: ['anna', 'bernd'] }))));
    const d = linkedin.findGroupDialogs(document)[0]!;
    expect(Array.from(d.root.querySelectorAll('li[role="option"]')).map((r) => r.getAttribute('data-fixture-name'))).toEqual(['Bernd Beispiel']);
    expect(d.selected().map((p) => ({ key: p.key, name: p.name }))).toEqual([
      { key: 'name:bernd beispiel', name: 'Bernd Beispiel' },
      { key: 'name:anna example', name: 'Anna Example' },
    ]);
    expect(linkedin.health().matched).toContain('linkedin.selectedPane#0');
  });

  it('selected(): the pane by its class alone when its list class changes', () => {
    const { document } = load(groupPage({ lang }), GROUP_URL);
    settle(document);
    document.body.append(...fragment(document, withoutStyle(invitePicker(lang, { query: 'carla', selected: ['anna', 'jurgen'] }))));
    document.querySelector('.invitee-picker-selected-members-pane__list')!.className = 'x';
    const d = linkedin.findGroupDialogs(document)[0]!;
    expect(d.selected().map((p) => p.name)).toEqual(['Anna Example', 'Jürgen Müller']);
    expect(linkedin.health().matched).toContain('linkedin.selectedPane#1');
  });

  it('deselect(): unticks the person’s row; someone selected in an earlier search through the pane’s remove button', () => {
    const { document } = load(groupPage({ lang }), GROUP_URL);
    settle(document);
    document.body.append(...fragment(document, withoutStyle(invitePicker(lang, { query: 'bernd', selected: ['anna', 'bernd'] }))));
    const d = linkedin.findGroupDialogs(document)[0]!;
    const bernd = d.root.querySelector<HTMLInputElement>('#invitee-picker-checkbox-bernd')!;
    expect(bernd.checked).toBe(true);
    expect(d.deselect!('name:bernd beispiel')).toBe(true);
    expect(bernd.checked).toBe(false);
    // Anna has no row in this search: only the pane lists her.
    const clicked: string[] = [];
    d.root.addEventListener('click', (e) => clicked.push((e.target as Element).getAttribute('data-fixture-target') ?? ''));
    expect(d.deselect!('name:anna example')).toBe(true);
    expect(clicked).toEqual(['anna']);
    expect(d.deselect!('name:nobody here')).toBe(false);
  });

  it('marked(): the member row without a checkbox', () => {
    const { root } = open();
    const d = linkedin.findGroupDialogs(root)[0]!;
    const marked = d.marked();
    expect(marked.map((m) => ({ name: m.name, state: m.state }))).toEqual([{ name: 'Erik Beispiel', state: 'member' }]);
    expect(marked[0]!.row?.textContent).toContain(L.member);
  });

  it('marked(): "invited" when the row says so', () => {
    const { root } = open();
    const d = linkedin.findGroupDialogs(root)[0]!;
    const row = d.root.querySelector('li[role="option"]')!;
    row.querySelector('input')!.remove();
    row.append(...fragment(d.root.ownerDocument, `<span>${lang === 'de' ? 'Eingeladen' : 'Invited'}</span>`));
    expect(d.marked().map((m) => [m.name, m.state])).toEqual([
      ['Anna Example', 'invited'],
      ['Erik Beispiel', 'member'],
    ]);
  });

  it('confirmControl(): the "Invite N" primary button', () => {
    const { root } = open();
    const d = linkedin.findGroupDialogs(root)[0]!;
    const btn = d.confirmControl();
    expect(btn?.getAttribute('data-fixture-action')).toBeNull(); // stripped: found by what LinkedIn renders
    expect(btn?.classList.contains('artdeco-button--primary')).toBe(true);
    expect(btn?.textContent).toBe(L.invite(0));
    expect(linkedin.health().matched).toContain('linkedin.pickerConfirm#0');
  });

  it('confirmControl(): any language, by being the primary button', () => {
    const { root } = open();
    const d = linkedin.findGroupDialogs(root)[0]!;
    const btn = d.root.querySelector('.artdeco-modal__actionbar button')!;
    btn.textContent = 'Invitar 2';
    expect(d.confirmControl()).toBe(btn);
  });

  it('in the #interop-outlet shadow root too', () => {
    const { document, root } = open('shadow');
    expect(linkedin.findGroupDialogs(document)).toEqual([]);
    const d = linkedin.findGroupDialogs(root)[0]!;
    expect(d.groupKey).toBe(GROUP.id);
    expect(d.groupName).toBe(GROUP.name);
    check(d.root, 'Bernd Beispiel');
    expect(d.selected().map((p) => p.name)).toEqual(['Bernd Beispiel']);
  });

  it('fallbacks: results container, plain li rows, role=checkbox, profile links as keys, title as name', () => {
    const { document, root } = open();
    const dialog = linkedin.findGroupDialogs(root)[0]!.root;
    dialog.querySelector('#ember123-invitee-picker-search')!.removeAttribute('id');
    dialog.querySelectorAll('[role="option"]').forEach((r) => r.removeAttribute('role'));
    document.querySelector('main h1')!.remove();
    const li = dialog.querySelector('li')!;
    li.querySelector('input')!.replaceWith(...fragment(document, '<div role="checkbox" aria-checked="true"></div>'));
    li.querySelector('div')!.append(...fragment(document, '<a href="/in/anna-example/">profile</a>'));
    const d = linkedin.findGroupDialogs(root)[0]!;
    expect(d.groupName).toBe(GROUP.name);
    expect(d.selected()).toEqual([expect.objectContaining({ key: 'in:anna-example', name: 'Anna Example' })]);
    expect(linkedin.health().matched).toEqual(expect.arrayContaining(['linkedin.invitePicker#1', 'linkedin.pickerRows#1', 'linkedin.rowCheckbox#1']));
  });

  it('a company page picker is a page invite', () => {
    const { document } = load(groupPage({ lang }), 'https://www.linkedin.com/company/example-gmbh/');
    settle(document);
    mountNamed(document, 'picker');
    const picker = document.querySelector('[data-test-modal-id]')!;
    picker.setAttribute('data-test-modal-id', 'invite-to-follow-picker');
    const d = linkedin.findGroupDialogs(document)[0]!;
    expect(d.kind).toBe('page-invite');
    expect(d.groupKey).toBe(GROUP.name);
  });
});
