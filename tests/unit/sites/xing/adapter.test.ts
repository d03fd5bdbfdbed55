import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SelectorChain } from '../../../../lib/sites/kit/chain';
import { xing } from '../../../../lib/sites/xing/adapter';
import * as S from '../../../../lib/sites/xing/selectors';
import { chatPage, LABELS, type Lang } from '../../../fixtures/xing/pages';
import { append, loadPage } from '../load-page';
import { afterSettle, useSettleClock } from '../settle';

const clock = useSettleClock();

const langs: Lang[] = ['de', 'en'];
const url = (id: string, lang: Lang, extra = '') => `https://www.xing.com/chats/${id}${lang === 'en' ? '?lang=en' : '?'}${extra}`;

function onlyComposer() {
  const composers = xing.findComposers(document);
  expect(composers).toHaveLength(1);
  return composers[0]!;
}

describe.each(langs)('xing composer (%s)', (lang) => {
  const L = LABELS[lang];

  it('chat with history: the React textarea, the partner from the header, not a first message', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', loaded: true }), url('a1b2c3d4', lang));
    const c = onlyComposer();
    expect(c.kind).toBe('textarea');
    expect(c.surface).toBe('message');
    expect(c.editor.getAttribute('aria-label')).toBe(L.composer);
    expect(c.scope.tagName).toBe('SECTION');
    expect(xing.readContext(c)).toEqual({ recipient: { key: 'xing:anna_beispiel', name: 'Anna Beispiel' }, firstMessage: false });
    expect(xing.readText(c)).toBe('');
    (c.editor as HTMLTextAreaElement).value = 'Hallo Anna,\nwie geht es?';
    expect(xing.readText(c)).toBe('Hallo Anna,\nwie geht es?');
  });

  it('send controls: the form and its submit button; Enter sends where the field says so (enterkeyhint="send")', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', loaded: true }), url('a1b2c3d4', lang));
    const c = onlyComposer();
    const sc = xing.sendControls(c);
    expect(sc.form).toBe(c.editor.closest('form'));
    expect(sc.buttons).toHaveLength(1);
    expect(sc.buttons[0]!.getAttribute('type')).toBe('submit');
    expect(sc.buttons[0]!.textContent).toBe(L.send);
    expect(sc.enterSends).toBe(true);
    expect(sc.modEnterSends).toBe(false);
    expect(sc.chips).toEqual([]);
  });

  it('Enter-is-newline variant: the field says so with enterkeyhint and Enter does not send', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', enter: 'newline', loaded: true }), url('a1b2c3d4', lang, 'enter=newline'));
    const c = onlyComposer();
    expect(c.editor.getAttribute('enterkeyhint')).toBe('enter');
    const sc = xing.sendControls(c);
    expect(sc.enterSends).toBe(false);
    expect(sc.buttons).toHaveLength(1);
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', loaded: true }), url('a1b2c3d4', lang));
    expect(onlyComposer().editor.getAttribute('enterkeyhint')).toBe('send');
    expect(xing.sendControls(onlyComposer()).enterSends).toBe(true);
    // No hint at all: unverified, so Enter is not taken for a send (the guard would hold newlines).
    onlyComposer().editor.removeAttribute('enterkeyhint');
    expect(xing.sendControls(onlyComposer()).enterSends).toBe(false);
  });

  it('empty chat: a first message; while messages load: unknown', () => {
    loadPage(chatPage({ lang, chatId: 'e5f6a7b8', loaded: true }), url('e5f6a7b8', lang));
    const c = onlyComposer();
    expect(xing.readContext(c).firstMessage).toBeUndefined(); // not certain yet
    expect(afterSettle(clock, () => xing.readContext(c))).toEqual({ recipient: { key: 'xing:bernd_muster2', name: 'Bernd Muster' }, firstMessage: true });
    const list = document.querySelector(`section ul[aria-label="${L.messages}"]`)!;
    list.replaceWith(document.createRange().createContextualFragment('<div data-qa="lazy-loader-loading-indicator"></div>'));
    expect(xing.readContext(c).firstMessage).toBeUndefined();
    document.querySelector('[data-qa="lazy-loader-loading-indicator"]')!.remove();
    expect(xing.readContext(c).firstMessage).toBeUndefined(); // no list at all: cannot tell
  });

  it('?empty=1 turns a chat with history into a first message', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', empty: true, loaded: true }), url('a1b2c3d4', lang, 'empty=1'));
    const c = onlyComposer();
    expect(afterSettle(clock, () => xing.readContext(c).firstMessage)).toBe(true);
  });

  it('birthday banner (hypothesis): occasion and the pre-filled greeting as first seen', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', occasion: 'birthday', loaded: true }), url('a1b2c3d4', lang, 'occasion=birthday'));
    const c = onlyComposer();
    expect((c.editor as HTMLTextAreaElement).value).toBe(L.prefill('Anna'));
    const ctx = xing.readContext(c);
    expect(ctx.occasion).toBe('birthday');
    expect(ctx.prefill).toBe(L.prefill('Anna'));
    // The user edits: the prefill stays what the site put there.
    (c.editor as HTMLTextAreaElement).value = 'Alles Gute, Anna! Wie war der Urlaub?';
    expect(xing.readContext(xing.findComposers(document)[0]!).prefill).toBe(L.prefill('Anna'));
  });

  it('a birthday mentioned in a message is not a birthday occasion', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', loaded: true }), url('a1b2c3d4', lang));
    append(document.querySelector(`section ul[aria-label="${L.messages}"]`)!, '<li data-xds="ListItem"><p>Alles Gute zum Geburtstag! Happy birthday!</p></li>');
    const ctx = xing.readContext(onlyComposer());
    expect(ctx.occasion).toBeUndefined();
    expect(ctx.prefill).toBeUndefined();
  });

  it('group chat: the chat name, keyed by chat id', () => {
    loadPage(chatPage({ lang, chatId: 'c9d0e1f2', loaded: true }), url('c9d0e1f2', lang));
    expect(xing.readContext(onlyComposer())).toEqual({ recipient: { key: 'xing:chat:c9d0e1f2', name: 'Projektteam Nord' }, firstMessage: false });
    expect(xing.findGroupDialogs(document)).toEqual([]);
  });

  it('finds the composer by label when the QA hooks are gone', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', loaded: true }), url('a1b2c3d4', lang));
    const ta = document.querySelector('textarea')!;
    ta.removeAttribute('data-qa');
    ta.removeAttribute('data-xds');
    expect(onlyComposer().editor).toBe(ta);
    if (lang === 'de') {
      ta.removeAttribute('aria-label');
      expect(onlyComposer().editor).toBe(ta); // placeholder "Nachricht schreiben …"
    }
  });

  it('labels only count when no hook is on the page: another form\'s "Nachricht" field is no composer', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', loaded: true }), url('a1b2c3d4', lang));
    append(document.body, '<form><textarea aria-label="Nachricht an den Support"></textarea></form>');
    expect(onlyComposer().editor.getAttribute('data-qa')).toBe('message-composer-textarea');
  });

  it('falls back to the chat id / name when the header has no profile link', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', loaded: true }), url('a1b2c3d4', lang));
    const link = document.querySelector('header a[href*="/profile/"]')!;
    link.replaceWith(...Array.from(link.childNodes));
    expect(xing.readContext(onlyComposer()).recipient).toEqual({ key: 'xing:chat:a1b2c3d4', name: 'Anna Beispiel' });
    // A separate "view profile" link in the header still identifies the partner …
    append(document.querySelector('section header')!, '<a href="https://www.xing.com/profile/Anna_Beispiel/cv">Profil</a>');
    expect(xing.readContext(onlyComposer()).recipient).toEqual({ key: 'xing:anna_beispiel', name: 'Anna Beispiel' });
    // … unless the header links several people.
    append(document.querySelector('section header')!, '<a href="https://www.xing.com/profile/Carla_Neumann">Carla</a>');
    expect(xing.readContext(onlyComposer()).recipient).toEqual({ key: 'xing:chat:a1b2c3d4', name: 'Anna Beispiel' });
    document.querySelector('[data-xds="Headline"]')!.remove();
    expect(xing.readContext(onlyComposer()).recipient).toBeUndefined();
  });
});

describe.each(langs)('xing chat lightbox over a profile page (%s; research/dom-2026.md: PARTLY)', (lang) => {
  const L = LABELS[lang];
  const profile = (slug: string, extra = '') => `https://www.xing.com/profile/${slug}${lang === 'en' ? '?lang=en' : '?'}${extra}`;

  it('finds the newer composer (data-testid="chat-reply-input", "Antwort eingeben") with the lightbox as scope', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', profile: 'Anna_Beispiel', lightbox: true, loaded: true }), profile('Anna_Beispiel', 'lightbox=1'));
    const c = onlyComposer();
    expect(c.editor.getAttribute('data-testid')).toBe('chat-reply-input');
    expect(c.editor.getAttribute('placeholder')).toBe(L.replyPlaceholder);
    expect(c.scope.getAttribute('role')).toBe('dialog');
    xing.readContext(c);
    expect(xing.health().matched).toEqual(expect.arrayContaining(['xing.composer#0', 'xing.lightbox#0', 'xing.lightboxHeader#0']));
  });

  it('context: the partner from the lightbox header, keyed by the profile in the URL; history or first message', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', profile: 'Anna_Beispiel', lightbox: true, loaded: true }), profile('Anna_Beispiel', 'lightbox=1'));
    expect(xing.readContext(onlyComposer())).toEqual({ recipient: { key: 'xing:anna_beispiel', name: 'Anna Beispiel' }, firstMessage: false });
    loadPage(chatPage({ lang, chatId: 'e5f6a7b8', profile: 'Bernd_Muster2', lightbox: true, loaded: true }), profile('Bernd_Muster2', 'lightbox=1'));
    const c = onlyComposer();
    expect(afterSettle(clock, () => xing.readContext(c))).toEqual({ recipient: { key: 'xing:bernd_muster2', name: 'Bernd Muster' }, firstMessage: true });
  });

  it('without a header name: the profile page\'s own heading', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', profile: 'Anna_Beispiel', lightbox: true, loaded: true }), profile('Anna_Beispiel', 'lightbox=1'));
    document.querySelector('[data-testid="lightbox-header"] h2')!.remove();
    expect(xing.readContext(onlyComposer()).recipient).toEqual({ key: 'xing:anna_beispiel', name: 'Anna Beispiel' });
  });

  it('send: the form and its submit button; Enter is not a send unless the field says so', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', profile: 'Anna_Beispiel', lightbox: true, loaded: true }), profile('Anna_Beispiel', 'lightbox=1'));
    const c = onlyComposer();
    const sc = xing.sendControls(c);
    expect(sc.form).toBe(c.editor.closest('form'));
    expect(sc.buttons).toHaveLength(1);
    expect(sc.enterSends).toBe(false);
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', profile: 'Anna_Beispiel', lightbox: true, enter: 'send', loaded: true }), profile('Anna_Beispiel', 'lightbox=1&enter=send'));
    expect(xing.sendControls(onlyComposer()).enterSends).toBe(true);
  });

  it('the placeholder finds it when the test id goes; a send button without type by structure', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', profile: 'Anna_Beispiel', lightbox: true, loaded: true }), profile('Anna_Beispiel', 'lightbox=1'));
    const ta = document.querySelector('textarea')!;
    ta.removeAttribute('data-testid');
    const c = onlyComposer();
    expect(c.editor).toBe(ta);
    expect(xing.health().matched).toContain(lang === 'de' ? 'xing.composerByLabel#3' : 'xing.composerByLabel#4');
    const button = c.scope.querySelector('form button')!;
    button.setAttribute('type', 'button');
    button.removeAttribute('aria-label');
    button.textContent = lang === 'de' ? 'Senden' : 'Send';
    expect(xing.sendControls(c).buttons).toEqual([button]);
    expect(xing.health().matched).toEqual(expect.arrayContaining([lang === 'de' ? 'xing.sendLabel#0' : 'xing.sendLabel#1', 'xing.sendStructure#0']));
  });

  it('no chat on the profile page until "Nachricht schreiben" opens it', () => {
    loadPage(chatPage({ lang, chatId: 'a1b2c3d4', profile: 'Anna_Beispiel', loaded: true }), profile('Anna_Beispiel'));
    expect(document.querySelector('button[data-qa="profile-primary-action"]')!.textContent).toBe(L.writeMessage);
    expect(xing.findComposers(document)).toEqual([]);
  });
});

describe.each(langs)('xing group chat "add people" dialog (%s, hypothesis)', (lang) => {
  const L = LABELS[lang];

  it('selected people, people already in the chat, the confirm button', () => {
    loadPage(chatPage({ lang, chatId: 'c9d0e1f2', dialog: true, loaded: true }), url('c9d0e1f2', lang, 'dialog=1'));
    const dialogs = xing.findGroupDialogs(document);
    expect(dialogs).toHaveLength(1);
    const d = dialogs[0]!;
    expect(d.kind).toBe('chat-add');
    expect(d.groupKey).toBe('xing:chat:c9d0e1f2');
    expect(d.groupName).toBe('Projektteam Nord');
    expect(d.selected()).toEqual([]);
    const boxes = Array.from(d.root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes).toHaveLength(3);
    boxes[0]!.checked = true;
    boxes[2]!.checked = true;
    expect(d.selected().map((p) => [p.key, p.name])).toEqual([
      ['name:bernd muster', 'Bernd Muster'],
      ['name:eva schulz', 'Eva Schulz'],
    ]);
    expect(d.marked().map((p) => [p.name, p.state])).toEqual([
      ['Anna Beispiel', 'member'],
      ['Carla Neumann', 'member'],
    ]);
    expect(d.confirmControl()!.textContent).toBe(L.add);
    // The composer is still found next to the dialog.
    expect(xing.findComposers(document)).toHaveLength(1);
  });

  it('confirm by structure when the labels are unknown', () => {
    loadPage(chatPage({ lang, chatId: 'c9d0e1f2', dialog: true, loaded: true }), url('c9d0e1f2', lang, 'dialog=1'));
    const d = xing.findGroupDialogs(document)[0]!;
    const [cancel, add] = Array.from(d.root.querySelectorAll('button'));
    add!.textContent = 'Los';
    expect(d.confirmControl()).toBe(add);
    expect(cancel!.textContent).toBe(L.cancel);
  });
});

describe('xing adapter contract', () => {
  it('matchesUrl and shadowRoots', () => {
    expect(xing.site).toBe('xing');
    expect(xing.matchesUrl(new URL('https://www.xing.com/chats/a1'))).toBe(true);
    expect(xing.matchesUrl(new URL('https://www.facebook.com/'))).toBe(false);
    expect(xing.shadowRoots(document)).toEqual([]);
  });

  it('never throws on unknown DOM', () => {
    loadPage('<!DOCTYPE html><html><body><div role="dialog"><input type="checkbox"></div><textarea data-xds="InputBar"></textarea></body></html>', 'https://www.xing.com/chats/zz');
    const c = onlyComposer();
    expect(xing.readContext(c)).toEqual({ recipient: undefined, firstMessage: undefined });
    expect(xing.sendControls(c).buttons).toEqual([]);
    const d = xing.findGroupDialogs(document)[0]!;
    expect(d.selected()).toEqual([]);
    expect(d.confirmControl()).toBeNull();
    expect(d.groupName).toBe('zz');
    loadPage('<!DOCTYPE html><html><body><div role="dialog"><input type="checkbox"></div></body></html>', 'https://www.xing.com/notifications');
    expect(xing.findGroupDialogs(document)).toEqual([]);
  });

  it('never depends on styled-components classes', () => {
    for (const f of ['adapter.ts', 'selectors.ts', 'pages.ts']) {
      const src = readFileSync(`lib/sites/xing/${f}`, 'utf8');
      expect(src).not.toMatch(/\.sc-|class\*?=|\[class/);
    }
  });
});

describe('xing selector coverage', () => {
  it('every selector chain matched some fixture above', () => {
    const chains = Object.values(S).filter((v): v is SelectorChain => typeof v === 'object' && v !== null && 'selectors' in v);
    const hit = new Set(xing.health().matched.map((h) => h.split('#')[0]));
    expect(chains.map((c) => c.name).filter((n) => !hit.has(n))).toEqual([]);
  });
});
