import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facebook } from '../../../../lib/sites/facebook/adapter';
import * as S from '../../../../lib/sites/facebook/selectors';
import type { SelectorChain } from '../../../../lib/sites/chain';
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
import { append, loadPage } from '../load-page';

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
    const ctx = facebook.readContext(onlyComposer());
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

  it('E2EE thread on facebook.com and messenger.com threads', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '100003', e2ee: true, loaded: true }), `https://www.facebook.com/messages/e2ee/t/100003${q(lang)}`);
    expect(facebook.readContext(onlyComposer())).toEqual({ recipient: { key: 'facebook:chloe.mueller.77', name: 'Chloé Müller' }, firstMessage: false });
    loadPage(threadPage({ host: 'messenger', lang, threadId: '100001', empty: true, loaded: true }), `https://www.messenger.com/t/100001${q(lang)}`);
    expect(facebook.readContext(onlyComposer())).toEqual({ recipient: { key: 'facebook:anna.example', name: 'Anna Example' }, firstMessage: true });
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
    expect(composers.map((c) => facebook.readContext(c))).toEqual([
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
    const ctx = facebook.readContext(onlyComposer());
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

  it('birthdays page: the chat tab opened from a closed-timeline card carries the birthday', () => {
    loadPage(birthdaysPage({ lang, chat: '100002', loaded: true }), `https://www.facebook.com/events/birthdays/${q(lang)}`);
    const tab = facebook.findComposers(document).find((c) => c.scope.getAttribute('role') === 'dialog')!;
    expect(tab.surface).toBe('message');
    expect(facebook.readContext(tab)).toEqual({ recipient: { key: 'facebook:ben.beispiel', name: 'Ben Beispiel' }, firstMessage: true, occasion: 'birthday' });
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

  it('matches by structure when every label is unknown', () => {
    loadPage(groupPage({ lang, groupId: '4455667788', dialog: true, checked: ['Eva Schmidt'], loaded: true }), `https://www.facebook.com/groups/4455667788/${q(lang)}`);
    for (const el of Array.from(document.querySelectorAll('[role="dialog"], [role="dialog"] [aria-label]'))) el.setAttribute('aria-label', 'Zzz');
    const d = facebook.findGroupDialogs(document)[0]!;
    expect(d.kind).toBe('group-invite');
    expect(d.confirmControl()!.textContent).toBe(L.sendInvitations);
    expect(d.selected()).toEqual([]); // Eva is a member: no checkbox to tick
  });

  it('Messenger "Add people" dialog (hypothesis): selected and members already in the chat', () => {
    loadPage(groupThreadWithAddDialog({ host: 'messenger', lang, threadId: '700001', checked: ['Ben Beispiel'] }), `https://www.messenger.com/t/700001${q(lang)}`);
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

  it('"Add people" found by its search field when its label is unknown', () => {
    loadPage(threadPage({ host: 'facebook', lang, threadId: '700001', loaded: true }), `https://www.facebook.com/messages/t/700001${q(lang)}`);
    append(document.querySelector('[data-fx-dialogs]')!, addPeopleDialog({ lang, threadId: '700001', checked: ['Eva Schmidt'] }));
    for (const el of Array.from(document.querySelectorAll('[role="dialog"], [role="dialog"] [role="button"], [role="dialog"] input'))) el.setAttribute('aria-label', 'Zzz');
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
  it('matchesUrl and shadowRoots', () => {
    expect(facebook.site).toBe('facebook');
    expect(facebook.matchesUrl(new URL('https://www.messenger.com/t/1'))).toBe(true);
    expect(facebook.matchesUrl(new URL('https://www.facebook.com/plugins/like.php'))).toBe(false);
    expect(facebook.shadowRoots(document)).toEqual([]);
  });

  it('never throws on unknown DOM', () => {
    loadPage('<!DOCTYPE html><html><body><div role="dialog"><div role="checkbox"></div></div><div role="textbox" contenteditable="true"></div></body></html>', 'https://www.facebook.com/groups/1/');
    expect(facebook.findComposers(document)).toEqual([]);
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
    for (const f of ['adapter.ts', 'selectors.ts', 'pages.ts']) {
      const src = readFileSync(`lib/sites/facebook/${f}`, 'utf8');
      expect(src).not.toMatch(/data-fx/);
      expect(src).not.toMatch(/\.x[0-9a-z]{6,8}\b|class\*?=|\[class/);
    }
  });
});

describe('facebook selector coverage', () => {
  it('every selector chain matched some fixture above', () => {
  const chains = Object.values(S).filter((v): v is SelectorChain => typeof v === 'object' && v !== null && 'selectors' in v);
  const hit = new Set(facebook.health().map((h) => h.split('#')[0]));
  const missing = chains.map((c) => c.name).filter((n) => !hit.has(n));
  expect(missing).toEqual([]);
  });
});
