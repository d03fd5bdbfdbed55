/** The LinkedIn adapter on the messaging fixtures: full-page thread, compose, overlay bubbles in three places. */
import { describe, expect, it } from 'vitest';
import { linkedin } from '../../../../lib/sites/linkedin/adapter';
import type { Composer } from '../../../../lib/sites/types';
import { PEOPLE, THREADS, bubble, composePage, feedPage, preloadPage, threadPage, type Lang } from '../../../fixtures/linkedin/pages';
import { COLD_LOAD_MS, SETTLE_MS } from '../../../../lib/sites/kit/settle';
import { afterSettle, useSettleClock } from '../settle';
import { fragment, load, mount, mountNamed, settle } from './load';

const clock = useSettleClock();

const ANNA = THREADS[0]!;
const BERND = THREADS[1]!;
const CARLA = THREADS[2]!;
const threadUrl = (id: string, q = ''): string => `https://www.linkedin.com/messaging/thread/${id}/${q}`;

function only(composers: Composer[]): Composer {
  expect(composers).toHaveLength(1);
  return composers[0]!;
}

function openThread(id: string, lang: Lang, o: Parameters<typeof threadPage>[1] = {}): Document {
  const { document } = load(threadPage(id, { lang, ...o }), threadUrl(id, lang === 'de' ? '?lang=de' : ''));
  settle(document);
  return document;
}

/** Type like a user would end up: one <p> per line. */
function typeLines(editor: HTMLElement, lines: string[]): void {
  const doc = editor.ownerDocument;
  editor.replaceChildren(
    ...lines.map((l) => {
      const p = doc.createElement('p');
      if (l) p.append(doc.createTextNode(l));
      else p.append(doc.createElement('br'));
      return p;
    }),
  );
}

describe.each<Lang>(['en', 'de'])('full-page thread (%s)', (lang) => {
  it('finds the one composer, after it mounts late and re-renders once', () => {
    const { document } = load(threadPage(ANNA.id, { lang }), threadUrl(ANNA.id));
    expect(linkedin.findComposers(document)).toEqual([]);
    const pane = document.getElementById('thread-pane')!;
    mount(pane.querySelector('template')!);
    const first = only(linkedin.findComposers(document));
    // the re-render replaces the form (and its editor) with a fresh node
    mount(pane.querySelector<HTMLTemplateElement>('template[data-mount="replace"]')!);
    const second = only(linkedin.findComposers(document));
    expect(second.editor).not.toBe(first.editor);
    expect(first.editor.isConnected).toBe(false);
    expect(second.editor.getAttribute('role')).toBe('textbox');
    expect(second.surface).toBe('message');
    expect(second.kind).toBe('contenteditable');
    expect(second.scope.classList.contains('msg-convo-wrapper')).toBe(true);
  });

  it('reads recipient, history and register from the thread, not from the conversation list', () => {
    const document = openThread(ANNA.id, lang);
    const c = only(linkedin.findComposers(document));
    const ctx = linkedin.readContext(c);
    expect(ctx.recipient).toEqual({ name: 'Anna Example', key: 'in:anna-example' });
    expect(ctx.firstMessage).toBe(false);
    expect(ctx.occasion).toBeUndefined();
    expect(ctx.prefill).toBeUndefined();
    // EN history has no German address; DE history says "deine" (du)
    expect(ctx.register).toBe(lang === 'de' ? 'du' : undefined);
  });

  it('reads what the thread shows of the exchange: directions and the day headings, no text', () => {
    const anna = linkedin.readContext(only(linkedin.findComposers(openThread(ANNA.id, lang))));
    // No day headings on the page: directions only.
    expect(anna.history).toEqual({ incoming: 1, outgoing: 1, lastBy: 'me', unansweredInRow: 1, exchanges: 1 });
    const dora = THREADS.find((t) => t.person === 'dora')!;
    const d = linkedin.readContext(only(linkedin.findComposers(openThread(dora.id, lang)))).history;
    expect(d).toEqual({ incoming: 2, outgoing: 1, lastBy: 'them', unansweredInRow: 0, exchanges: 2, lastInAt: new Date(2023, 2, 16).getTime(), lastOutAt: new Date(2023, 2, 14).getTime() });
    const felix = THREADS.find((t) => t.person === 'felix')!;
    const f = linkedin.readContext(only(linkedin.findComposers(openThread(felix.id, lang)))).history;
    expect(f).toEqual({ incoming: 1, outgoing: 3, lastBy: 'me', unansweredInRow: 2, exchanges: 2, lastInAt: new Date(2026, 7, 3).getTime(), lastOutAt: new Date(2026, 8, 2).getTime() });
    expect(JSON.stringify(f)).not.toMatch(/Felix|checking|nachfragen/);
  });

  it('reads Sie from the own messages of a formal thread', () => {
    const document = openThread(BERND.id, lang);
    const ctx = linkedin.readContext(only(linkedin.findComposers(document)));
    expect(ctx.recipient).toEqual({ name: 'Bernd Beispiel', key: 'in:bernd-beispiel-4a7b21' });
    expect(ctx.register).toBe(lang === 'de' ? 'sie' : undefined);
  });

  it('an empty list is "unknown" until it has stayed empty for the settle period (2026: the shell renders before its events)', () => {
    const { document } = load(threadPage(CARLA.id, { lang, empty: true }), threadUrl(CARLA.id, '?empty=1'));
    settle(document, (t) => t.hasAttribute('data-loads'));
    const c = only(linkedin.findComposers(document));
    expect(document.querySelector('.msg-s-message-list')!.hasAttribute('aria-busy')).toBe(false);
    expect(linkedin.readContext(c).firstMessage).toBeUndefined();
    clock.advance(SETTLE_MS - 1);
    expect(linkedin.readContext(c).firstMessage).toBeUndefined();
    clock.advance(1);
    expect(linkedin.readContext(c).firstMessage).toBe(true);
  });

  it('an existing thread whose history hydrates late is never a first message', () => {
    const { document } = load(threadPage(ANNA.id, { lang, hydrate: 1500 }), threadUrl(ANNA.id, '?hydrate=1500'));
    settle(document, (t) => t.hasAttribute('data-loads'));
    const c = only(linkedin.findComposers(document));
    expect(document.querySelectorAll('li.msg-s-message-list__event')).toHaveLength(0);
    expect(linkedin.readContext(c).firstMessage).toBeUndefined();
    clock.advance(SETTLE_MS / 2);
    expect(linkedin.readContext(c).firstMessage).toBeUndefined();
    mount(document.querySelector<HTMLTemplateElement>('template[data-loads]')!);
    expect(linkedin.readContext(c).firstMessage).toBe(false);
  });

  it('the quiet period starts when a scan first sees the list, not at the first keystroke', () => {
    const { document } = load(threadPage(CARLA.id, { lang, empty: true }), threadUrl(CARLA.id));
    settle(document, (t) => t.hasAttribute('data-loads'));
    const c = only(linkedin.findComposers(document)); // the scan: first sight
    clock.advance(SETTLE_MS);
    expect(linkedin.readContext(c).firstMessage).toBe(true);
  });

  it('on a cold page load an empty list stays "unknown" for the first ten seconds', () => {
    clock.setDocumentAge(0);
    const { document } = load(threadPage(CARLA.id, { lang, empty: true }), threadUrl(CARLA.id));
    settle(document, (t) => t.hasAttribute('data-loads'));
    const c = only(linkedin.findComposers(document));
    clock.advance(SETTLE_MS);
    expect(linkedin.readContext(c).firstMessage).toBeUndefined();
    clock.advance(COLD_LOAD_MS - SETTLE_MS);
    expect(linkedin.readContext(c).firstMessage).toBe(true);
  });

  it('events that go away (a re-render) start the quiet period again', () => {
    const document = openThread(ANNA.id, lang);
    const c = only(linkedin.findComposers(document));
    expect(linkedin.readContext(c).firstMessage).toBe(false);
    document.querySelectorAll('li.msg-s-message-list__event').forEach((e) => e.remove());
    expect(linkedin.readContext(c).firstMessage).toBeUndefined();
    clock.advance(SETTLE_MS);
    expect(linkedin.readContext(c).firstMessage).toBe(true);
  });

  it('the older loader (aria-busy, or the loader alone) means loading, however long', () => {
    const { document } = load(threadPage(CARLA.id, { lang, empty: true, loader: true }), threadUrl(CARLA.id, '?loader=1'));
    settle(document, (t) => t.hasAttribute('data-loads'));
    const c = only(linkedin.findComposers(document));
    expect(document.querySelector('.msg-s-message-list')!.getAttribute('aria-busy')).toBe('true');
    expect(afterSettle(clock, () => linkedin.readContext(c).firstMessage)).toBeUndefined();
    document.querySelector('.msg-s-message-list')!.removeAttribute('aria-busy');
    expect(afterSettle(clock, () => linkedin.readContext(c).firstMessage)).toBeUndefined();
    expect(linkedin.health().matched).toContain('linkedin.listLoading#1');
    // the list finishes loading with zero events: now it settles
    mount(document.querySelector<HTMLTemplateElement>('template[data-loads]')!);
    expect(afterSettle(clock, () => linkedin.readContext(c).firstMessage)).toBe(true);
  });

  it('a subject field (InMail) means a cold first message, history or not', () => {
    const document = openThread(ANNA.id, lang, { inmail: true });
    const ctx = linkedin.readContext(only(linkedin.findComposers(document)));
    expect(ctx.firstMessage).toBe(true);
    expect(linkedin.health().matched).toContain('linkedin.subjectField#0');
  });

  it('reads the text without the placeholder, one line per paragraph', () => {
    const document = openThread(ANNA.id, lang);
    const c = only(linkedin.findComposers(document));
    expect(c.editor.innerHTML).toBe('<p><br></p>');
    expect(linkedin.readText(c)).toBe('');
    typeLines(c.editor, ['Hi Anna,', '', 'how are you?']);
    expect(linkedin.readText(c)).toBe('Hi Anna,\n\nhow are you?');
    // Shift+Enter line breaks and a trailing <br> that only holds the line open
    c.editor.replaceChildren(...fragment(document, '<p>one<br>two<br></p><p>three&nbsp;</p>'));
    expect(linkedin.readText(c)).toBe('one\ntwo\nthree ');
    // indentation between paragraphs is markup, not text
    c.editor.replaceChildren(...fragment(document, '<p>Hi</p>\n  <p>there</p>\n'));
    expect(linkedin.readText(c)).toBe('Hi\nthere');
  });

  it('"Click Send": the submit button in form.msg-form, Enter is a newline', () => {
    const document = openThread(ANNA.id, lang);
    const c = only(linkedin.findComposers(document));
    const sc = linkedin.sendControls(c);
    expect(sc.buttons).toHaveLength(1);
    expect(sc.buttons[0]!.getAttribute('type')).toBe('submit');
    expect(sc.buttons[0]!.hasAttribute('disabled')).toBe(true);
    expect(sc.form?.classList.contains('msg-form')).toBe(true);
    expect(sc.enterSends).toBe(false);
    expect(sc.modEnterSends).toBe(false);
    expect(sc.chips).toEqual([]);
  });

  it('"Press Enter to Send": no Send button, Enter sends', () => {
    const document = openThread(ANNA.id, lang, { mode: 'enter' });
    const c = only(linkedin.findComposers(document));
    const sc = linkedin.sendControls(c);
    expect(sc.buttons).toEqual([]);
    expect(sc.enterSends).toBe(true);
    expect(sc.modEnterSends).toBe(true);
  });

  it('without the hovercard radios, the missing Send button next to the toggle decides', () => {
    const document = openThread(ANNA.id, lang, { mode: 'enter' });
    document.querySelectorAll('.msg-form__hovercard').forEach((h) => h.remove());
    const c = only(linkedin.findComposers(document));
    expect(linkedin.sendControls(c).enterSends).toBe(true);
    // the toggle found by its English/German label or, failing both, by its BEM name
    expect(linkedin.health().matched.some((n) => n.startsWith('linkedin.sendToggle#'))).toBe(true);
  });

  it('birthday quick replies are chips that send canned text, and make the occasion a birthday', () => {
    const document = openThread(ANNA.id, lang, { birthday: true });
    const c = only(linkedin.findComposers(document));
    const sc = linkedin.sendControls(c);
    expect(sc.chips.map((ch) => ch.text)).toEqual(
      lang === 'en' ? ['Wishing you a very happy birthday!', 'Happy birthday! 🎂', 'Have a great day!'] : ['Alles Gute zum Geburtstag!', 'Herzlichen Glückwunsch! 🎂', 'Einen schönen Tag!'],
    );
    expect(sc.chips[0]!.el.localName).toBe('button');
    expect(sc.buttons).toHaveLength(1);
    expect(linkedin.readContext(c).occasion).toBe('birthday');
  });
});

describe('send mode from the hovercard', () => {
  it('the checked radio wins over the button', () => {
    const document = openThread(ANNA.id, 'en');
    const c = only(linkedin.findComposers(document));
    const enter = document.querySelector<HTMLInputElement>('.msg-form__hovercard input[value="enter"]')!;
    enter.checked = true;
    expect(linkedin.sendControls(c).enterSends).toBe(true);
    expect(linkedin.health().matched).toContain('linkedin.sendModeRadios#0');
  });
});

describe.each<Lang>(['en', 'de'])('compose (%s)', (lang) => {
  const anna = PEOPLE.anna;
  const url = (q: string): string => `https://www.linkedin.com/messaging/compose/?${q}`;

  it('recipient from the pill, key from the URN; the existing conversation is shown', () => {
    const { document } = load(composePage(anna, { lang }), url(`profileUrn=urn%3Ali%3Afsd_profile%3A${anna.id}&recipient=${anna.id}&screenContext=NON_SELF_PROFILE_VIEW&interop=msgOverlay`));
    settle(document);
    const c = only(linkedin.findComposers(document));
    const ctx = linkedin.readContext(c);
    expect(ctx.recipient).toEqual({ name: 'Anna Example', key: `urn:li:fsd_profile:${anna.id}` });
    expect(ctx.firstMessage).toBe(false);
    expect(ctx.prefill).toBeUndefined();
  });

  it('body= pre-fills the draft: prefill, birthday occasion, text read back', () => {
    const body = lang === 'en' ? 'Happy birthday, Anna! 🎉' : 'Alles Gute zum Geburtstag, Anna! 🎉';
    const { document } = load(composePage(anna, { lang, body, empty: true }), url(`body=${encodeURIComponent(body)}&recipient=${anna.id}`));
    settle(document);
    const c = only(linkedin.findComposers(document));
    expect(linkedin.readText(c)).toBe(body);
    const ctx = afterSettle(clock, () => linkedin.readContext(c));
    expect(ctx.prefill).toBe(body);
    expect(ctx.occasion).toBe('birthday');
    expect(ctx.firstMessage).toBe(true);
    expect(ctx.recipient?.key).toBe(`urn:li:fsd_profile:${anna.id}`);
    expect(linkedin.sendControls(c).buttons[0]!.hasAttribute('disabled')).toBe(false);
  });

  it("the pill's aria-label gives the name when its text element is gone", () => {
    const { document } = load(composePage(anna, { lang }), url(`recipient=${anna.id}`));
    settle(document);
    document.querySelector('.artdeco-pill__text')!.remove();
    const ctx = linkedin.readContext(only(linkedin.findComposers(document)));
    expect(ctx.recipient?.name).toBe('Anna Example');
  });
});

describe.each<Lang>(['en', 'de'])('overlay bubbles (%s)', (lang) => {
  it('in the main document: several bubbles, each its own scope and recipient', () => {
    const { document } = load(feedPage({ lang, overlay: 'main', open: ['anna', 'bernd', 'carla'] }), 'https://www.linkedin.com/feed/');
    expect(linkedin.findComposers(document)).toEqual([]);
    const overlay = document.getElementById('msg-overlay')!;
    for (const who of ['anna', 'bernd', 'carla']) mountNamed(document, `bubble-${who}`, overlay);
    const composers = linkedin.findComposers(document);
    expect(composers).toHaveLength(3);
    expect(composers.map((c) => c.scope.localName)).toEqual(['aside', 'aside', 'aside']);
    clock.advance(SETTLE_MS);
    const ctxs = composers.map((c) => linkedin.readContext(c));
    expect(ctxs.map((x) => x.recipient)).toEqual([
      { name: 'Anna Example', key: 'in:anna-example' },
      { name: 'Bernd Beispiel', key: 'in:bernd-beispiel-4a7b21' },
      // "New message" draft: the name from the pill, no profile link, no URN on /feed/
      { name: 'Carla Muster', key: 'name:carla muster' },
    ]);
    expect(ctxs.map((x) => x.firstMessage)).toEqual([false, false, true]);
    expect(linkedin.health().matched).toContain('linkedin.composerScope#1');
  });

  it('inside the #interop-outlet open shadow root', () => {
    const { document } = load(feedPage({ lang, overlay: 'shadow' }), 'https://www.linkedin.com/feed/?overlay=shadow');
    expect(linkedin.shadowRoots(document)).toEqual([]);
    const host = document.getElementById('interop-outlet')!;
    const root = host.attachShadow({ mode: 'open' });
    mountNamed(document, 'bubble-anna', root);
    expect(linkedin.shadowRoots(document)).toEqual([root]);
    // invisible from the document, visible from its root
    expect(linkedin.findComposers(document)).toEqual([]);
    const c = only(linkedin.findComposers(root));
    expect(c.editor.getRootNode()).toBe(root);
    expect(linkedin.readContext(c).recipient).toEqual({ name: 'Anna Example', key: 'in:anna-example' });
    expect(linkedin.sendControls(c).buttons).toHaveLength(1);
    expect(linkedin.health().matched).toContain('linkedin.interopOutlet#0');
  });

  it('the outlet is also found by its test id', () => {
    const { document } = load(feedPage({ lang }), 'https://www.linkedin.com/feed/');
    const host = document.getElementById('interop-outlet')!;
    host.removeAttribute('id');
    const root = host.attachShadow({ mode: 'open' });
    expect(linkedin.shadowRoots(document)).toEqual([root]);
    expect(linkedin.health().matched).toContain('linkedin.interopOutlet#1');
  });

  it('inside the /preload/ iframe document', () => {
    const { document } = load(preloadPage({ lang, open: ['anna', 'carla'] }), 'https://www.linkedin.com/preload/?_bprMode=vanilla');
    settle(document);
    const composers = linkedin.findComposers(document);
    expect(composers).toHaveLength(2);
    expect(composers.map((c) => linkedin.readContext(c).recipient?.name)).toEqual(['Anna Example', 'Carla Muster']);
  });

  it('a bubble in an iframe that became a compose URL takes the URN from it', () => {
    const carla = PEOPLE.carla;
    const { document } = load(preloadPage({ lang, open: ['carla'] }), `https://www.linkedin.com/messaging/compose/?recipient=${carla.id}&interop=msgOverlay`);
    settle(document);
    const ctx = linkedin.readContext(only(linkedin.findComposers(document)));
    expect(ctx.recipient).toEqual({ name: 'Carla Muster', key: `urn:li:fsd_profile:${carla.id}` });
  });
});

describe('fallback selectors', () => {
  it('finds the editor by its form when the label is unknown, and by its BEM name when the role goes', () => {
    const document = openThread(ANNA.id, 'de');
    const ed = document.querySelector('[role="textbox"]')!;
    ed.setAttribute('aria-label', 'Schreiben Sie etwas');
    expect(linkedin.findComposers(document)).toHaveLength(1);
    expect(linkedin.health().matched).toContain('linkedin.messageEditor#2');
    ed.removeAttribute('role');
    expect(linkedin.findComposers(document)).toHaveLength(1);
    expect(linkedin.health().matched).toContain('linkedin.messageEditor#3');
  });

  it('does not take a comment box or the post editor for a message composer', () => {
    const { document } = load(feedPage({ lang: 'en' }), 'https://www.linkedin.com/feed/');
    document.querySelector('main')!.append(
      ...fragment(
        document,
        '<form class="comments-comment-box__form"><div class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Text editor for creating content"><p><br></p></div></form>',
      ),
    );
    expect(linkedin.findComposers(document)).toEqual([]);
  });

  it('a bubble found only by its test id; its history by the list item class', () => {
    const { document } = load(feedPage({ lang: 'en' }), 'https://www.linkedin.com/feed/');
    document.getElementById('msg-overlay')!.append(...fragment(document, bubble('anna')));
    settle(document);
    const aside = document.querySelector('aside')!;
    aside.className = '_a1b2c3d4';
    aside.setAttribute('data-testid', 'msg-overlay-conversation-bubble');
    document.querySelectorAll('li.msg-s-message-list__event').forEach((li) => li.classList.remove('msg-s-message-list__event'));
    const c = only(linkedin.findComposers(document));
    expect(c.scope).toBe(aside);
    expect(linkedin.readContext(c).firstMessage).toBe(false);
    expect(linkedin.health().matched).toEqual(expect.arrayContaining(['linkedin.composerScope#0', 'linkedin.messageEvents#1']));
  });

  it('unknown DOM: nothing found, nothing thrown', () => {
    const { document } = load('<!DOCTYPE html><html><body><div contenteditable="true"></div><dialog open><textarea></textarea></dialog></body></html>', 'https://www.linkedin.com/feed/');
    expect(linkedin.findComposers(document)).toEqual([]);
    expect(linkedin.findGroupDialogs(document)).toEqual([]);
    expect(linkedin.shadowRoots(document)).toEqual([]);
    const stray = { editor: document.querySelector('div')!, kind: 'contenteditable' as const, surface: 'message' as const, scope: document.body };
    expect(linkedin.readContext(stray)).toEqual({});
    expect(linkedin.sendControls(stray)).toEqual({ buttons: [], chips: [], form: undefined, enterSends: false, modEnterSends: false });
  });
});
