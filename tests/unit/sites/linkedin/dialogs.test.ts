/** The LinkedIn adapter on the catch-up birthday dialog and the connection request "Add a note" modal. */
import { afterEach, describe, expect, it } from 'vitest';
import { linkedin } from '../../../../lib/sites/linkedin/adapter';
import { forgetCatchUpClick } from '../../../../lib/sites/linkedin/catch-up';
import { nameFromCtaLabel } from '../../../../lib/sites/linkedin/text';
import { LABELS, PEOPLE, catchUpHref, catchUpPage, connectDialog, invitePage, profilePage, type Lang, type PersonId } from '../../../fixtures/linkedin/pages';
import { afterSettle, useSettleClock } from '../settle';
import { fragment, intoShadow, load, mountNamed, settle } from './load';

const CATCH_UP = 'https://www.linkedin.com/mynetwork/catch-up/birthday/';
const clock = useSettleClock();
afterEach(() => forgetCatchUpClick());

describe('the name in a catch-up "Message" link', () => {
  it.each([
    ['Message Anna Example: Wish Anna a happy birthday', 'Anna Example'], // [C] srcs 27363750687, 66489085826
    ['Message Jürgen Müller: Wish Jürgen a happy belated birthday', 'Jürgen Müller'], // "belated" [C] src 27363750687
    ['Nachricht an Anna Example: Anna zum Geburtstag gratulieren', 'Anna Example'], // [U]
    ['Nachricht senden an: Anna Example', 'Anna Example'], // connections page [S] src 67359775781
    ['Message', undefined],
    ['Send message', undefined],
  ])('%s → %s', (label, name) => {
    expect(nameFromCtaLabel(label)).toBe(name);
  });
});

describe.each<Lang>(['en', 'de'])('catch-up 2026: the "Message" link opens a pre-filled overlay in the shadow root (%s)', (lang) => {
  const L = LABELS[lang];

  function page(url = CATCH_UP): Document {
    const { document } = load(catchUpPage({ lang }), url);
    settle(document);
    return document;
  }
  const cta = (document: Document, who: PersonId): HTMLAnchorElement =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-view-name="nurture-card-primary-button"]')).find((a) => a.getAttribute('href') === catchUpHref(who, lang))!;
  function open(document: Document, who: PersonId): ShadowRoot {
    const host = document.getElementById('interop-outlet')!;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    mountNamed(document, `catchup-${who}`, root);
    return root;
  }

  it('the cards carry links, not dialogs: "Message <Name>: …" and the greeting in body=', () => {
    const document = page();
    const link = cta(document, 'anna');
    expect(link.getAttribute('aria-label')).toBe(L.ctaLabel('Anna Example', 'Anna'));
    expect(new URL(link.getAttribute('href')!, CATCH_UP).searchParams.get('body')).toBe(L.prefill('Anna'));
    expect(document.querySelector('dialog')).toBeNull();
    expect(linkedin.findComposers(document)).toEqual([]);
  });

  it('after a click on the link: the overlay is a birthday greeting, its body= the prefill', () => {
    const document = page();
    linkedin.noteClick(cta(document, 'anna'));
    const root = open(document, 'anna');
    const [c, ...rest] = linkedin.findComposers(root);
    expect(rest).toEqual([]);
    expect(c!.surface).toBe('message');
    expect(c!.kind).toBe('contenteditable');
    expect(linkedin.readText(c!)).toBe(L.prefill('Anna'));
    const ctx = afterSettle(clock, () => linkedin.readContext(c!));
    expect(ctx).toEqual({ recipient: { name: 'Anna Example', key: 'in:anna-example' }, firstMessage: true, prefill: L.prefill('Anna'), occasion: 'birthday' });
    expect(linkedin.health().matched).toContain('linkedin.nurtureCta#0');
    // The Send button is in the shadow root too, enabled by the pre-filled text.
    const sc = linkedin.sendControls(c!);
    expect(sc.buttons).toHaveLength(1);
    expect(sc.buttons[0]!.getRootNode()).toBe(root);
    expect(sc.buttons[0]!.hasAttribute('disabled')).toBe(false);
  });

  it('without the click (opened before the script ran, or from the /preload/ iframe): found again on the page by the recipient', () => {
    const document = page();
    const root = open(document, 'bernd');
    const c = linkedin.findComposers(root)[0]!;
    expect(linkedin.readContext(c)).toMatchObject({ prefill: L.prefill('Bernd'), occasion: 'birthday' });
  });

  it('the link is matched by the greeting it pre-filled when the overlay names the person differently', () => {
    const document = page('https://www.linkedin.com/mynetwork/catch-up/all/');
    const root = open(document, 'jurgen');
    root.querySelector('.msg-overlay-bubble-header__title a')!.textContent = 'J. Müller';
    const c = linkedin.findComposers(root)[0]!;
    expect(linkedin.readContext(c)).toMatchObject({ prefill: L.prefill('Jürgen'), occasion: 'birthday' });
  });

  it('the user edits the greeting: the prefill stays the site template', () => {
    const document = page();
    linkedin.noteClick(cta(document, 'anna'));
    const root = open(document, 'anna');
    const c = linkedin.findComposers(root)[0]!;
    c.editor.replaceChildren(...fragment(document, `<p>${L.prefill('Anna')} Wie war der Urlaub?</p>`));
    expect(linkedin.readContext(c).prefill).toBe(L.prefill('Anna'));
  });

  it('a work-anniversary link on the "all" tab: its greeting is the prefill, but no birthday', () => {
    const document = page('https://www.linkedin.com/mynetwork/catch-up/all/');
    const link = cta(document, 'anna');
    const greeting = lang === 'en' ? 'Congrats on 5 years, Anna!' : 'Glückwunsch zu 5 Jahren, Anna!';
    link.setAttribute('aria-label', lang === 'en' ? 'Message Anna Example: Congratulate Anna on 5 years' : 'Nachricht an Anna Example: Anna zu 5 Jahren gratulieren');
    link.setAttribute('href', `/messaging/compose/?body=${encodeURIComponent(greeting)}&recipient=${PEOPLE.anna.id}`);
    linkedin.noteClick(link);
    const root = open(document, 'anna');
    const p = root.querySelector('[contenteditable="true"] p')!;
    p.textContent = greeting;
    const c = linkedin.findComposers(root)[0]!;
    const ctx = linkedin.readContext(c);
    expect(ctx.prefill).toBe(greeting);
    expect(ctx.occasion).toBeUndefined();
  });

  it('an ordinary overlay elsewhere holding an old draft of the user is no template', () => {
    const document = page('https://www.linkedin.com/feed/');
    document.querySelectorAll('[data-view-name="nurture-card"]').forEach((card) => card.remove());
    const root = open(document, 'anna');
    const c = linkedin.findComposers(root)[0]!;
    c.editor.replaceChildren(...fragment(document, '<p>Hi Anna, about the slides: I will send them tonight.</p>'));
    const fresh = linkedin.findComposers(root)[0]!;
    expect(linkedin.readContext(fresh).prefill).toBeUndefined();
    expect(linkedin.readContext(fresh).occasion).toBeUndefined();
  });
});

describe.each<Lang>(['en', 'de'])('catch-up birthday dialog, the 2024 flow kept as legacy (%s)', (lang) => {
  const L = LABELS[lang];

  function openDialog(url = CATCH_UP): Document {
    const { document } = load(catchUpPage({ lang, legacy: true }), url);
    settle(document);
    mountNamed(document, 'dialog-anna');
    return document;
  }

  it('nothing to guard until "Message" opens the dialog', () => {
    const { document } = load(catchUpPage({ lang, legacy: true }), CATCH_UP);
    settle(document);
    expect(document.querySelectorAll('[data-view-name="nurture-card"]')).toHaveLength(3);
    expect(linkedin.findComposers(document)).toEqual([]);
  });

  it('finds the pre-filled textarea as a birthday composer with the dialog as scope', () => {
    const document = openDialog();
    const [c, ...rest] = linkedin.findComposers(document);
    expect(rest).toEqual([]);
    expect(c!.surface).toBe('birthday');
    expect(c!.kind).toBe('textarea');
    expect(c!.scope.localName).toBe('dialog');
    expect(linkedin.readText(c!)).toBe(L.prefill('Anna'));
  });

  it('context: name from the dialog, profile key from the matching card, occasion birthday, prefill', () => {
    const document = openDialog();
    const c = linkedin.findComposers(document)[0]!;
    expect(linkedin.readContext(c)).toEqual({
      recipient: { name: 'Anna Example', key: 'in:anna-example' },
      prefill: L.prefill('Anna'),
      occasion: 'birthday',
    });
    expect(linkedin.health().matched).toEqual(expect.arrayContaining(['linkedin.birthdayEditor#0', 'linkedin.nurtureCard#0', 'linkedin.nurtureProfileLink#0']));
  });

  it('prefill stays the site template after the user edits (first sight wins)', () => {
    const document = openDialog();
    const c = linkedin.findComposers(document)[0]!;
    const ta = c.editor as HTMLTextAreaElement;
    ta.value = `${L.prefill('Anna')} Wie war dein Urlaub?`;
    // a React-controlled textarea moves defaultValue along with value
    ta.defaultValue = ta.value;
    expect(linkedin.readContext(c).prefill).toBe(L.prefill('Anna'));
    expect(linkedin.readText(c)).toBe(ta.value);
  });

  it('occasion from the event line even off the birthday tab', () => {
    const document = openDialog('https://www.linkedin.com/mynetwork/catch-up/all/');
    const c = linkedin.findComposers(document)[0]!;
    expect(linkedin.readContext(c).occasion).toBe('birthday');
  });

  it('the same dialog for a work anniversary is a plain message, its greeting still the prefill', () => {
    const { document } = load(catchUpPage({ lang, legacy: true }), 'https://www.linkedin.com/mynetwork/catch-up/all/');
    settle(document);
    const [dialog] = mountNamed(document, 'dialog-anna');
    dialog!.querySelectorAll('p')[1]!.textContent = lang === 'en' ? 'Work anniversary' : 'Dienstjubiläum';
    const greeting = lang === 'en' ? 'Congrats on 5 years, Anna!' : 'Glückwunsch zu 5 Jahren, Anna!';
    dialog!.querySelector('textarea')!.value = greeting;
    const [c] = linkedin.findComposers(document);
    expect(c!.surface).toBe('message');
    expect(linkedin.readContext(c!)).toEqual({ recipient: { name: 'Anna Example', key: 'in:anna-example' }, prefill: greeting });
    expect(linkedin.sendControls(c!).buttons).toHaveLength(1);
  });

  it('send control is the modal send button; Enter is a newline in the textarea', () => {
    const document = openDialog();
    const sc = linkedin.sendControls(linkedin.findComposers(document)[0]!);
    expect(sc.buttons).toHaveLength(1);
    expect(sc.buttons[0]!.getAttribute('data-view-name')).toBe('messaging-modal-send-button');
    expect(sc).toMatchObject({ chips: [], enterSends: false, modEnterSends: false });
    expect(sc.form).toBeUndefined();
  });

  it('a dialog by its label when the send button lost its view name (EN label only)', () => {
    const document = openDialog();
    document.querySelector('[data-view-name="messaging-modal-send-button"]')!.removeAttribute('data-view-name');
    const found = linkedin.findComposers(document);
    // "Send Message" [C] is known; the German label is a guess that the fixture shares
    expect(found).toHaveLength(1);
    expect(linkedin.health().matched).toContain(lang === 'en' ? 'linkedin.birthdayEditor#2' : 'linkedin.birthdayEditor#3');
  });

  it('the card link variant carries the greeting in body=', () => {
    const { document } = load(catchUpPage({ lang, legacy: true }), CATCH_UP);
    settle(document);
    const link = document.querySelector<HTMLAnchorElement>('a[href*="/messaging/compose"]')!;
    const href = new URL(link.getAttribute('href')!, CATCH_UP);
    expect(href.searchParams.get('body')).toBe(L.prefill('Jürgen'));
    expect(link.getAttribute('aria-label')).toBe(L.sendMessageLink);
  });
});

describe.each<Lang>(['en', 'de'])('connection request note in the #interop-outlet shadow root (%s)', (lang) => {
  const L = LABELS[lang];
  const PROFILE = 'https://www.linkedin.com/in/anna-example/';

  function openNote(): { document: Document; root: ShadowRoot } {
    const { document } = load(profilePage('anna', { lang }), PROFILE);
    settle(document);
    const host = document.getElementById('interop-outlet')!;
    const root = host.attachShadow({ mode: 'open' });
    mountNamed(document, 'connect-note-anna', root);
    return { document, root };
  }

  it('the first modal (Add a note / Send without a note) has no composer', () => {
    const { document } = load(profilePage('anna', { lang }), PROFILE);
    settle(document);
    const root = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    mountNamed(document, 'connect-anna', root);
    expect(root.querySelector(`button[aria-label="${L.addNote}"]`)).not.toBeNull();
    expect(linkedin.findComposers(root)).toEqual([]);
  });

  it('finds textarea#custom-message in the shadow root, not in the document', () => {
    const { document, root } = openNote();
    expect(linkedin.findComposers(document)).toEqual([]);
    const [c, ...rest] = linkedin.findComposers(root);
    expect(rest).toEqual([]);
    expect(c!.surface).toBe('connection-note');
    expect(c!.editor.id).toBe('custom-message');
    expect(c!.scope.getAttribute('role')).toBe('dialog');
    (c!.editor as HTMLTextAreaElement).value = 'Hi Anna, enjoyed your talk.';
    expect(linkedin.readText(c!)).toBe('Hi Anna, enjoyed your talk.');
  });

  it('context: the profile in the URL, the name from the connect link; a note is a first message', () => {
    const { root } = openNote();
    const ctx = linkedin.readContext(linkedin.findComposers(root)[0]!);
    expect(ctx).toEqual({ firstMessage: true, recipient: { name: 'Anna Example', key: 'in:anna-example' } });
    expect(linkedin.health().matched).toContain(lang === 'en' ? 'linkedin.connectLink#0' : 'linkedin.connectLink#2');
  });

  it('on the invite page of its own (/preload/custom-invite/?vanityName=…): the slug from the query', () => {
    for (const path of ['custom-invite', 'search-custom-invite']) {
      const { document } = load(invitePage('anna', { lang }), `https://www.linkedin.com/preload/${path}/?vanityName=anna-example`);
      settle(document);
      const c = linkedin.findComposers(document)[0]!;
      expect(c.surface).toBe('connection-note');
      const ctx = linkedin.readContext(c);
      expect(ctx.firstMessage).toBe(true);
      expect(ctx.recipient?.key).toBe('in:anna-example');
    }
  });

  it('off a profile page, the only connect link names the person and its vanityName keys them', () => {
    const { document } = load(profilePage('anna', { lang }), 'https://www.linkedin.com/search/results/people/?keywords=anna');
    settle(document);
    const root = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    mountNamed(document, 'connect-note-anna', root);
    const ctx = linkedin.readContext(linkedin.findComposers(root)[0]!);
    expect(ctx.recipient).toEqual({ name: 'Anna Example', key: 'in:anna-example' });
  });

  it('the name in the first modal\'s <strong> wins', () => {
    const { document } = load(profilePage('anna', { lang }), PROFILE);
    const root = intoShadow(document, connectDialog('anna', lang));
    // put a note field into the first modal to read its context
    root.querySelector('.artdeco-modal__content')!.append(...fragment(document, '<textarea name="message"></textarea>'));
    const c = linkedin.findComposers(root)[0]!;
    expect(linkedin.health().matched).toContain('linkedin.noteEditor#1');
    expect(linkedin.readContext(c).recipient?.name).toBe('Anna Example');
  });

  it('send: "Send invitation" only, never "Send without a note"', () => {
    const { root } = openNote();
    const sc = linkedin.sendControls(linkedin.findComposers(root)[0]!);
    expect(sc.buttons.map((b) => b.getAttribute('aria-label'))).toEqual([L.sendInvitation]);
    expect(sc.enterSends).toBe(false);
  });

  it('send by the primary button when the label is unknown, still not "without a note"', () => {
    const { root } = openNote();
    const send = root.querySelector(`button[aria-label="${L.sendInvitation}"]`)!;
    send.setAttribute('aria-label', 'Invitación');
    const c = linkedin.findComposers(root)[0]!;
    expect(linkedin.sendControls(c).buttons).toEqual([send]);
    expect(linkedin.health().matched).toContain('linkedin.sendInvitation#3');
    root.querySelector('.artdeco-modal__actionbar')!.append(...fragment(root.ownerDocument, `<button class="artdeco-button--primary" aria-label="${L.sendWithoutNote}">x</button>`));
    expect(linkedin.sendControls(c).buttons).toEqual([send]);
  });

  it('the older class finds the note field too', () => {
    const { root } = openNote();
    const ta = root.querySelector('textarea')!;
    ta.removeAttribute('id');
    ta.removeAttribute('name');
    expect(linkedin.findComposers(root).map((c) => c.editor)).toEqual([ta]);
    expect(linkedin.health().matched).toContain('linkedin.noteEditor#2');
  });
});
