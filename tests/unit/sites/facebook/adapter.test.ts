import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { facebook } from '../../../../lib/sites/facebook/adapter';
import * as S from '../../../../lib/sites/facebook/selectors';
import type { SelectorChain } from '../../../../lib/sites/kit/chain';
import {
  addPeopleDialog,
  birthdaysPage,
  groupPage,
  groupThreadWithAddDialog,
  homePage,
  LABELS,
  sendSlot,
  threadPage,
  type Lang,
} from '../../../fixtures/facebook/pages';
import { forgetGroupClicks } from '../../../../lib/sites/facebook/groups';
import { append, loadPage } from '../load-page';
import { afterSettle, useSettleClock } from '../settle';

const clock = useSettleClock();
afterEach(() => forgetGroupClicks());

const langs: Lang[] = ['en', 'de'];
const q = (lang: Lang) => (lang === 'de' ? '?lang=de' : '');

function onlyComposer() {
  const composers = facebook.findComposers(document);
  expect(composers).toHaveLength(1);
  return composers[0]!;
}

describe.each(langs)('facebook composers (%s)', (lang) => {
  const L = LABELS[lang];

  it('full-page thread with history: recipient from the header link, not a first message', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100001', loaded: true }), `https://www.facebook.com/messages/t/100001${q(lang)}`);
    const c = onlyComposer();
    expect(c.kind).toBe('lexical');
    expect(c.surface).toBe('message');
    expect(c.editor.getAttribute('aria-label')).toBe(L.composer);
    expect(c.scope.getAttribute('role')).toBe('main');
    expect(facebook.readContext(c)).toEqual({ recipient: { key: 'facebook:anna.example', name: 'Anna Example' }, firstMessage: false });
    expect(facebook.readText(c)).toBe('');
  });

  it('empty thread: a first message once loaded, even with the profile intro shown', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100002', loaded: true }), `https://www.facebook.com/messages/t/100002${q(lang)}`);
    expect(document.body.textContent).toContain(L.intro);
    const c = onlyComposer();
    expect(facebook.readContext(c).firstMessage).toBeUndefined(); // not certain yet
    const ctx = afterSettle(clock, () => facebook.readContext(c));
    expect(ctx.firstMessage).toBe(true);
    expect(ctx.recipient).toEqual({ key: 'facebook:ben.beispiel', name: 'Ben Beispiel' });
  });

  it('while the thread loads there is no composer and no verdict', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100002', loaded: false }), `https://www.facebook.com/messages/t/100002${q(lang)}`);
    expect(document.querySelector('[role="progressbar"]')).not.toBeNull();
    expect(facebook.findComposers(document)).toEqual([]);
  });

  it('a loading indicator inside a mounted thread means "unknown", not "first message"', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100002', loaded: true }), `https://www.facebook.com/messages/t/100002${q(lang)}`);
    append(document.querySelector('[role="grid"][aria-label*="' + (lang === 'de' ? 'Unterhaltung' : 'conversation') + '"]')!, '<div role="progressbar" aria-busy="true"></div>');
    expect(facebook.readContext(onlyComposer()).firstMessage).toBeUndefined();
  });

  it('E2EE thread on facebook.com, and the same app on web.facebook.com', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100003', e2ee: true, loaded: true }), `https://www.facebook.com/messages/e2ee/t/100003${q(lang)}`);
    expect(facebook.readContext(onlyComposer())).toEqual({ recipient: { key: 'facebook:chloe.mueller.77', name: 'Chloé Müller' }, firstMessage: false });
    loadPage(threadPage({ host: 'web', lang, threadId: '100001', empty: true, loaded: true }), `https://web.facebook.com/messages/t/100001${q(lang)}`);
    const c = onlyComposer();
    expect(afterSettle(clock, () => facebook.readContext(c))).toEqual({ recipient: { key: 'facebook:anna.example', name: 'Anna Example' }, firstMessage: true });
  });

  it('E2EE PIN screen first: no composer and no group dialog until the thread loads', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100003', e2ee: true, pin: true, loaded: true }), `https://www.facebook.com/messages/e2ee/t/100003?pin=1${lang === 'de' ? '&lang=de' : ''}`);
    expect(document.querySelector('[role="dialog"][aria-modal="true"] input[type="password"]')).not.toBeNull();
    expect(facebook.findComposers(document)).toEqual([]);
    expect(facebook.findGroupDialogs(document)).toEqual([]);
  });

  it('group chat: the chat name, keyed by thread id', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '700001', loaded: true }), `https://www.facebook.com/messages/t/700001${q(lang)}`);
    expect(facebook.readContext(onlyComposer()).recipient).toEqual({ key: 'facebook:thread:700001', name: 'Book club' });
  });

  it('recipient fallbacks: the selected chat in the list, then the document title', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100003', loaded: true }), `https://www.facebook.com/messages/t/100003${q(lang)}`);
    document.querySelector('[role="main"] h2')!.remove();
    expect(facebook.readContext(onlyComposer()).recipient).toEqual({ key: 'facebook:thread:100003', name: 'Chloé Müller' });
    document.querySelector('[role="navigation"]')!.remove();
    document.title = '(2) Anna Example | Messenger';
    expect(facebook.readContext(onlyComposer()).recipient).toEqual({ key: 'facebook:thread:100003', name: 'Anna Example' });
    document.title = 'Messenger';
    expect(facebook.readContext(onlyComposer()).recipient).toBeUndefined();
  });

  it('send control: none while the like button shows, the send control once it is re-rendered', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100001', loaded: true }), `https://www.facebook.com/messages/t/100001${q(lang)}`);
    const c = onlyComposer();
    const empty = facebook.sendControls(c);
    expect(empty.buttons).toEqual([]);
    expect(empty.enterSends).toBe(true);
    expect(empty.modEnterSends).toBe(false);
    expect(empty.chips).toEqual([]);
    document.querySelector('[data-fx-send-slot]')!.replaceWith(document.createRange().createContextualFragment(sendSlot(L, true, 'x')));
    const sc = facebook.sendControls(c);
    expect(sc.buttons).toHaveLength(1);
    expect(sc.buttons[0]!.getAttribute('role')).toBe('button');
    expect(sc.buttons[0]!.getAttribute('aria-label')).toBe(L.send);
    expect(sc.buttons[0]!.tagName).toBe('DIV');
  });

  /** Put text into the Lexical box the way Lexical renders it, and show the send control as the site does. */
  function typeAndSwap(c: ReturnType<typeof onlyComposer>, text: string, label: string): HTMLElement {
    c.editor.replaceChildren(document.createRange().createContextualFragment(`<p dir="auto"><span data-lexical-text="true">${text}</span></p>`));
    document.querySelector('[data-fx-send-slot]')!.replaceWith(document.createRange().createContextualFragment(sendSlot(L, true, 'z')));
    const send = document.querySelector<HTMLElement>('[data-fx-send-slot] [role="button"]')!;
    send.setAttribute('aria-label', label);
    return send;
  }

  it('send control by structure: the control after the editor, confirmed by its label (EN, or DE as a sentence about the Enter key)', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100001', loaded: true }), `https://www.facebook.com/messages/t/100001${q(lang)}`);
    const c = onlyComposer();
    const send = typeAndSwap(c, 'Hallo', L.send);
    expect(facebook.sendControls(c).buttons).toEqual([send]);
    expect(facebook.health().matched).toEqual(expect.arrayContaining([lang === 'en' ? 'facebook.sendLabel#0' : 'facebook.sendLabel#4', 'facebook.sendStructure#0']));
  });

  it.each([
    ['JA', 'Enterを押して送信', 3],
    ['VI', 'Nhấn Enter để gửi', 3],
    ['EN lower case', 'Press enter to send', 0],
    ['EN short', 'Send', 1],
    ['DE short (older)', 'Senden', 2],
    ['DE Eingabetaste', 'Drücke die Eingabetaste, um zu senden', 4],
  ])('send label in any locale: %s', (_name, label, index) => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100001', loaded: true }), `https://www.facebook.com/messages/t/100001${q(lang)}`);
    const c = onlyComposer();
    const send = typeAndSwap(c, 'Hi', label);
    expect(facebook.sendControls(c).buttons).toEqual([send]);
    expect(facebook.health().matched).toContain(`facebook.sendLabel#${index}`);
  });

  it('an unknown label: the control that appeared (or enabled) with the text is the send control', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100001', loaded: true }), `https://www.facebook.com/messages/t/100001${q(lang)}`);
    const c = onlyComposer(); // the scan sees the empty composer and its like button
    const send = typeAndSwap(c, 'Bonjour', 'Envoyer');
    expect(facebook.sendControls(c).buttons).toEqual([send]);
    expect(facebook.health().matched).toContain('facebook.sendStructure#1');
    expect(facebook.health().warnings).toEqual([]);
  });

  it('no label to confirm and nothing that enabled with the text: no send control, and a warning while the text is there', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100001', loaded: true }), `https://www.facebook.com/messages/t/100001${q(lang)}`);
    // the control is there, enabled, before any text (so it proves nothing), with a label nobody knows
    document.querySelector('[data-fx-send-slot] [role="button"]')!.setAttribute('aria-label', 'Zzz');
    const c = onlyComposer();
    c.editor.replaceChildren(document.createRange().createContextualFragment('<p dir="auto"><span data-lexical-text="true">Hallo</span></p>'));
    let changed = 0;
    const off = facebook.subscribe(() => changed++);
    expect(facebook.sendControls(c).buttons).toEqual([]);
    expect(facebook.health().warnings).toEqual(['no-send-control']);
    expect(facebook.health().failures).toContainEqual(expect.objectContaining({ where: 'sendControls', why: 'no-send-control' }));
    expect(changed).toBeGreaterThan(0);
    // the draft is sent (the composer empties): the warning goes, the count stays
    c.editor.replaceChildren(document.createRange().createContextualFragment('<p dir="auto"><br></p>'));
    expect(facebook.readText(c)).toBe('');
    expect(facebook.health().warnings).toEqual([]);
    off();
  });

  it('the like button is never the send control', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100001', loaded: true }), `https://www.facebook.com/messages/t/100001${q(lang)}`);
    document.querySelector('[data-fx-send-slot] [role="button"]')!.setAttribute('aria-label', 'Send a Like');
    const c = onlyComposer();
    c.editor.replaceChildren(document.createRange().createContextualFragment('<p dir="auto"><span data-lexical-text="true">Hallo</span></p>'));
    expect(facebook.sendControls(c).buttons).toEqual([]);
  });

  it('by its label alone, nearest to the editor, when structure cannot see it (it precedes the editor)', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100001', loaded: true }), `https://www.facebook.com/messages/t/100001${q(lang)}`);
    const c = onlyComposer();
    const send = typeAndSwap(c, 'Hi', lang === 'en' ? 'Press enter to send' : 'Zum Senden die Eingabetaste drücken');
    const row = c.editor.closest('[data-fx-composer]')!;
    row.before(send.closest('[data-fx-send-slot]')!);
    expect(facebook.sendControls(c).buttons).toEqual([send]);
    expect(facebook.health().matched).toContain(lang === 'en' ? 'facebook.sendButton#0' : 'facebook.sendButton#3');
  });

  it('chat tab: "Write to <Name>" in a dialog; feed comment boxes are left alone', () => {
    loadPage(homePage({ lang, chat: '100001', loaded: true }), `https://www.facebook.com/${q(lang)}`);
    expect(document.querySelectorAll('[data-lexical-editor="true"]')).toHaveLength(2);
    const c = onlyComposer();
    expect(c.surface).toBe('message');
    expect(c.scope.getAttribute('role')).toBe('dialog');
    expect(c.editor.getAttribute('aria-label')).toBe(L.writeTo('Anna Example'));
    expect(facebook.readContext(c)).toEqual({ recipient: { key: 'facebook:anna.example', name: 'Anna Example' }, firstMessage: false });
  });

  it('several chat tabs: each composer reads its own conversation', () => {
    loadPage(homePage({ lang, chat: '100001,100002', loaded: true }), `https://www.facebook.com/${q(lang)}`);
    const composers = facebook.findComposers(document);
    expect(composers).toHaveLength(2);
    expect(afterSettle(clock, () => composers.map((c) => facebook.readContext(c)))).toEqual([
      { recipient: { key: 'facebook:anna.example', name: 'Anna Example' }, firstMessage: false },
      { recipient: { key: 'facebook:ben.beispiel', name: 'Ben Beispiel' }, firstMessage: true },
    ]);
    expect(composers[0]!.scope).not.toBe(composers[1]!.scope);
    document.querySelectorAll('[data-fx-send-slot]')[1]!.replaceWith(document.createRange().createContextualFragment(sendSlot(L, true, 'y')));
    expect(facebook.sendControls(composers[0]!).buttons).toEqual([]);
    expect(composers[1]!.scope.contains(facebook.sendControls(composers[1]!).buttons[0]!)).toBe(true);
  });

  it('chat tab without a header link: the name comes from the composer label', () => {
    loadPage(homePage({ lang, chat: '100002', empty: true, loaded: true }), `https://www.facebook.com/${q(lang)}`);
    document.querySelector('[role="dialog"] a[role="link"]')!.remove();
    const c = onlyComposer();
    const ctx = afterSettle(clock, () => facebook.readContext(c));
    expect(ctx.recipient).toEqual({ key: 'name:ben beispiel', name: 'Ben Beispiel' });
    expect(ctx.firstMessage).toBe(true);
  });

  it('chat tab: the header link wins over a label worded differently; a label naming someone else wins', () => {
    loadPage(homePage({ lang, chat: '100001', loaded: true }), `https://www.facebook.com/${q(lang)}`);
    const c = onlyComposer();
    c.editor.setAttribute('aria-label', 'Nachricht an Anna Example schreiben');
    expect(facebook.readContext(c).recipient).toEqual({ key: 'facebook:anna.example', name: 'Anna Example' });
    c.editor.setAttribute('aria-label', 'Write to Ben Beispiel');
    expect(facebook.readContext(c).recipient).toEqual({ key: 'name:ben beispiel', name: 'Ben Beispiel' });
  });

  it('birthdays page: the wall composer is a birthday surface with the card person', () => {
    loadPage(birthdaysPage({ lang, loaded: true }), `https://www.facebook.com/events/birthdays/${q(lang)}`);
    const c = onlyComposer();
    expect(c.surface).toBe('birthday');
    expect(c.editor.getAttribute('aria-label')).toBe(L.wall('Anna'));
    expect(c.scope.contains(c.editor)).toBe(true);
    expect(c.scope.textContent).not.toContain('Ben Beispiel');
    expect(facebook.readContext(c)).toEqual({ recipient: { key: 'facebook:anna.example', name: 'Anna Example' }, occasion: 'birthday' });
    const sc = facebook.sendControls(c);
    expect(sc.buttons.map((b) => b.getAttribute('aria-label'))).toEqual([L.post]);
    expect(sc.enterSends).toBe(true);
  });

  it('birthdays page: the Post button by its label alone when it precedes the composer', () => {
    loadPage(birthdaysPage({ lang, loaded: true }), `https://www.facebook.com/events/birthdays/${q(lang)}`);
    const c = onlyComposer();
    const post = document.querySelector<HTMLElement>(`[role="button"][aria-label="${L.post}"]`)!;
    c.editor.closest('[data-fx-composer]')!.before(post);
    expect(facebook.sendControls(c).buttons).toEqual([post]);
    expect(facebook.health().matched).toContain(lang === 'en' ? 'facebook.postButton#0' : 'facebook.postButton#1');
  });

  it('birthdays page: the chat tab opened from a closed-timeline card carries the birthday', () => {
    loadPage(birthdaysPage({ lang, chat: '100002', loaded: true }), `https://www.facebook.com/events/birthdays/${q(lang)}`);
    const tab = facebook.findComposers(document).find((c) => c.scope.getAttribute('role') === 'dialog')!;
    expect(tab.surface).toBe('message');
    expect(afterSettle(clock, () => facebook.readContext(tab))).toEqual({ recipient: { key: 'facebook:ben.beispiel', name: 'Ben Beispiel' }, firstMessage: true, occasion: 'birthday' });
  });

  it('a wall composer outside the birthdays page is a wall post without occasion', () => {
    loadPage(birthdaysPage({ lang, loaded: true }), `https://www.facebook.com/anna.example${q(lang)}`);
    const c = onlyComposer();
    expect(c.surface).toBe('wall-post');
    expect(facebook.readContext(c)).toEqual({ recipient: { key: 'facebook:anna.example', name: 'Anna Example' }, occasion: undefined });
  });
});

describe('facebook readText (Lexical DOM)', () => {
  const box = (inner: string) => {
    loadPage(threadPage({ host: 'facebook', lang: 'en', threadId: '100001', loaded: true }), 'https://www.facebook.com/messages/t/100001');
    const ed = document.querySelector<HTMLElement>('[data-lexical-editor="true"]')!;
    ed.replaceChildren(document.createRange().createContextualFragment(inner));
    return onlyComposer();
  };

  it('reads text spans, line breaks and paragraphs, without Lexical caret <br>s', () => {
    expect(facebook.readText(box('<p dir="auto"><br></p>'))).toBe('');
    expect(facebook.readText(box('<p><span data-lexical-text="true">Hallo Anna</span></p>'))).toBe('Hallo Anna');
    expect(facebook.readText(box('<p><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p>'))).toBe('a\nb');
    expect(facebook.readText(box('<p><span data-lexical-text="true">a</span><br><br></p>'))).toBe('a\n');
    expect(facebook.readText(box('<p><span data-lexical-text="true">one</span></p><p><span data-lexical-text="true">two</span></p>'))).toBe('one\ntwo');
    expect(facebook.readText(box('<p><span data-lexical-text="true">Happy birthday </span><img alt="🎉" src="x.png"><span data-lexical-text="true">\u200b</span></p>'))).toBe('Happy birthday 🎉');
  });

  it('excludes the placeholder', () => {
    const c = box('<p><br></p>');
    expect(c.editor.parentElement!.textContent).toContain('Aa');
    expect(facebook.readText(c)).toBe('');
  });
});

describe.each(langs)('facebook group dialogs (%s)', (lang) => {
  const L = LABELS[lang];

  it('group invite dialog: selected, invited and member rows, Send invitations', () => {
    loadPage(groupPage({ lang, groupId: '4455667788', dialog: true, checked: ['Anna Example', 'Dario Rossi'], loaded: true }), `https://www.facebook.com/groups/4455667788/${q(lang)}`);
    const dialogs = facebook.findGroupDialogs(document);
    expect(dialogs).toHaveLength(1);
    const d = dialogs[0]!;
    expect(d.kind).toBe('group-invite');
    expect(d.groupKey).toBe('facebook:group:4455667788');
    expect(d.groupName).toBe('Berlin Product People');
    expect(d.selected().map((p) => [p.key, p.name])).toEqual([
      ['name:anna example', 'Anna Example'],
      ['name:dario rossi', 'Dario Rossi'],
    ]);
    expect(d.selected()[0]!.row!.textContent).toContain('Anna Example');
    expect(d.marked().map((p) => [p.name, p.state])).toEqual([
      ['Ben Beispiel', 'invited'],
      ['Eva Schmidt', 'member'],
    ]);
    expect(d.confirmControl()!.getAttribute('aria-label')).toBe(L.sendInvitations);
    // The group page's own comment box is not a guarded composer.
    expect(facebook.findComposers(document)).toEqual([]);
  });

  it('ticking a row is seen on the next call (nothing cached)', () => {
    loadPage(groupPage({ lang, groupId: 'makersdach', dialog: true, loaded: true }), `https://www.facebook.com/groups/makersdach/${q(lang)}`);
    const d = facebook.findGroupDialogs(document)[0]!;
    expect(d.selected()).toEqual([]);
    expect(d.marked()).toEqual([]);
    document.querySelectorAll('[role="dialog"] [role="checkbox"]')[2]!.setAttribute('aria-checked', 'true');
    expect(d.selected().map((p) => p.name)).toEqual(['Chloé Müller']);
    expect(d.groupKey).toBe('facebook:group:makersdach');
  });

  it('a dialog of checkboxes that says nothing about inviting is not an invite, even on a group page', () => {
    loadPage(groupPage({ lang, groupId: '4455667788', dialog: 'topics', loaded: true }), `https://www.facebook.com/groups/4455667788/${q(lang)}`);
    expect(document.querySelectorAll('[role="dialog"] [role="checkbox"]')).toHaveLength(3);
    expect(facebook.findGroupDialogs(document)).toEqual([]);
    expect(facebook.health().failures).toContainEqual(expect.objectContaining({ where: 'facebook.groupDialog', why: 'checkbox-dialog-not-an-invite' }));
  });

  it('unknown labels: an invite only after a click on an "Invite" control; then confirmed by structure', () => {
    loadPage(groupPage({ lang, groupId: '4455667788', dialog: true, checked: ['Dario Rossi'], loaded: true }), `https://www.facebook.com/groups/4455667788/${q(lang)}`);
    for (const el of Array.from(document.querySelectorAll('[role="dialog"], [role="dialog"] [aria-label]'))) el.setAttribute('aria-label', 'Zzz');
    document.querySelector('[role="dialog"] h2')!.textContent = 'Zzz';
    expect(facebook.findGroupDialogs(document)).toEqual([]);
    // The group page's own "Invite" button, clicked just before the dialog opened.
    facebook.noteClick(document.querySelector(`[role="main"] [role="button"][aria-label="${L.invite}"]`)!);
    const d = facebook.findGroupDialogs(document)[0]!;
    expect(d.kind).toBe('group-invite');
    expect(d.confirmControl()!.textContent).toBe(L.sendInvitations);
    expect(d.selected().map((p) => p.name)).toEqual(['Dario Rossi']);
    expect(facebook.health().matched).toEqual(expect.arrayContaining([lang === 'en' ? 'facebook.inviteClick#0' : 'facebook.inviteClick#1', 'facebook.confirmStructure#0']));
  });

  it('an invite label on a page without a group id is an invite too (the dialog says so)', () => {
    loadPage(groupPage({ lang, groupId: '4455667788', dialog: true, loaded: true }), `https://www.facebook.com/${q(lang)}`);
    const d = facebook.findGroupDialogs(document)[0]!;
    expect(d.kind).toBe('group-invite');
    expect(facebook.health().matched).toContain(lang === 'en' ? 'facebook.inviteLabel#0' : 'facebook.inviteLabel#2');
  });

  it('Messenger "Add people" dialog (hypothesis): selected and members already in the chat', () => {
    loadPage(groupThreadWithAddDialog({ host: 'facebook', lang, threadId: '700001', checked: ['Ben Beispiel'] }), `https://www.facebook.com/messages/t/700001${q(lang)}`);
    const dialogs = facebook.findGroupDialogs(document);
    expect(dialogs).toHaveLength(1);
    const d = dialogs[0]!;
    expect(d.kind).toBe('chat-add');
    expect(d.groupKey).toBe('facebook:thread:700001');
    expect(d.groupName).toBe('Book club');
    expect(d.selected().map((p) => p.name)).toEqual(['Ben Beispiel']);
    expect(d.marked().map((p) => [p.name, p.state])).toEqual([
      ['Anna Example', 'member'],
      ['Chloé Müller', 'member'],
    ]);
    const confirm = d.confirmControl()!;
    expect(confirm.getAttribute('aria-label')).toBe(L.addPeople);
    expect(confirm.closest('[role="dialog"]')).toBe(d.root);
    // The thread header's own "Add people" opener is outside the dialog and is not the confirm.
    expect(confirm.getAttribute('data-fx-action')).toBe('add-people');
  });

  it('"Add people" with unknown labels: only after a click on the thread\'s "Add people" control', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '700001', loaded: true }), `https://www.facebook.com/messages/t/700001${q(lang)}`);
    append(document.querySelector('[data-fx-dialogs]')!, addPeopleDialog({ lang, threadId: '700001', checked: ['Eva Schmidt'] }));
    for (const el of Array.from(document.querySelectorAll('[role="dialog"], [role="dialog"] [role="button"], [role="dialog"] input'))) el.setAttribute('aria-label', 'Zzz');
    document.querySelector('[role="dialog"] h2')!.textContent = 'Zzz';
    // a search field alone no longer makes a dialog an "Add people" dialog
    expect(facebook.findGroupDialogs(document)).toEqual([]);
    facebook.noteClick(document.querySelector(`[role="main"] [role="button"][aria-label="${L.addPeople}"]`)!);
    const d = facebook.findGroupDialogs(document)[0]!;
    expect(d.kind).toBe('chat-add');
    expect(d.selected().map((p) => p.name)).toEqual(['Eva Schmidt']);
    expect(d.confirmControl()!.textContent).toBe(L.addPeople);
  });

  it('chat tabs and dialogs without checkboxes are not group dialogs', () => {
    loadPage(homePage({ lang, chat: '100001', loaded: true }), `https://www.facebook.com/${q(lang)}`);
    expect(facebook.findGroupDialogs(document)).toEqual([]);
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100001', loaded: true }), `https://www.facebook.com/messages/t/100001${q(lang)}`);
    expect(facebook.findGroupDialogs(document)).toEqual([]);
  });
});

describe('facebook adapter contract', () => {
  it('matchesUrl and shadowRoots: www. and web.facebook.com; not messenger.com (retired), not m.facebook.com', () => {
    expect(facebook.site).toBe('facebook');
    expect(facebook.matchesUrl(new URL('https://www.facebook.com/messages/t/1'))).toBe(true);
    expect(facebook.matchesUrl(new URL('https://web.facebook.com/messages/t/1'))).toBe(true);
    expect(facebook.matchesUrl(new URL('https://www.messenger.com/t/1'))).toBe(false);
    expect(facebook.matchesUrl(new URL('https://m.facebook.com/messages/t/1'))).toBe(false);
    expect(facebook.matchesUrl(new URL('https://www.facebook.com/plugins/like.php'))).toBe(false);
    expect(facebook.shadowRoots(document)).toEqual([]);
  });

  it('never throws on unknown DOM', () => {
    loadPage('<!DOCTYPE html><html><body><div role="button" aria-label="Invite">Invite</div><div role="dialog"><div role="checkbox"></div></div><div role="textbox" contenteditable="true"></div></body></html>', 'https://www.facebook.com/groups/1/');
    expect(facebook.findComposers(document)).toEqual([]);
    facebook.noteClick(document.querySelector('[role="button"]')!);
    const d = facebook.findGroupDialogs(document)[0]!;
    expect(d.selected()).toEqual([]);
    expect(d.marked()).toEqual([]);
    expect(d.confirmControl()).toBeNull();
    const orphan = document.createElement('div');
    expect(facebook.readText({ editor: orphan, kind: 'lexical', surface: 'message', scope: orphan })).toBe('');
    expect(facebook.readContext({ editor: orphan, kind: 'lexical', surface: 'message', scope: orphan })).toEqual({});
    expect(facebook.sendControls({ editor: orphan, kind: 'lexical', surface: 'message', scope: orphan }).buttons).toEqual([]);
  });

  it('never depends on the fixture wiring or on atomic classes', () => {
    for (const f of ['adapter.ts', 'composers.ts', 'context.ts', 'groups.ts', 'pages.ts', 'selectors.ts', 'text.ts']) {
      const src = readFileSync(`lib/sites/facebook/${f}`, 'utf8');
      expect(src).not.toMatch(/data-fx/);
      expect(src).not.toMatch(/\.x[0-9a-z]{6,8}\b|class\*?=|\[class/);
    }
  });
});

describe('facebook selector coverage', () => {
  it('every selector chain matched some fixture above', () => {
  const chains = Object.values(S).filter((v): v is SelectorChain => typeof v === 'object' && v !== null && 'selectors' in v);
  const hit = new Set(facebook.health().matched.map((h) => h.split('#')[0]));
  const missing = chains.map((c) => c.name).filter((n) => !hit.has(n));
  expect(missing).toEqual([]);
  });
});
