/**
 * "Not working here?": the diagnostic shows the page's structure and which alternatives matched —
 * and never message text or people's names. Asserted on pages full of both: a LinkedIn thread
 * with history, a typed draft, a conversation list and the signed-in user's name; a Facebook
 * invite dialog of friends; a XING chat; a page whose editor the adapter does not know.
 */
import { describe, expect, it } from 'vitest';
import { facebook } from '../../../lib/sites/facebook/adapter';
import { known as facebookKnown } from '../../../lib/sites/facebook/known';
import { known as linkedinKnown } from '../../../lib/sites/linkedin/known';
import { known as xingKnown } from '../../../lib/sites/xing/known';
import { maskLabel, pageDiagnostic } from '../../../lib/sites/kit/diagnostic';
import { linkedin } from '../../../lib/sites/linkedin/adapter';
import { xing } from '../../../lib/sites/xing/adapter';
import type { SiteAdapter } from '../../../lib/sites/types';
import { browserOf, formatDiagnostic, scrubError } from '../../../lib/pages/diagnostic';
import type { Health } from '../../../lib/messaging/schemas';
import { FRIENDS, groupPage, PEOPLE as FB_PEOPLE } from '../../fixtures/facebook/pages';
import { ME, PEOPLE, THREADS, threadPage, type Lang } from '../../fixtures/linkedin/pages';
import { CHATS, chatPage } from '../../fixtures/xing/pages';
import { loadPage } from './load-page';
import { fragment, load, settle } from './linkedin/load';

/** What each site's script may show verbatim in its diagnostic. */
const KNOWN = { linkedin: linkedinKnown(), facebook: facebookKnown(), xing: xingKnown() };

/** What the popup would show: the frames' health plus the page's structure. */
function report(adapter: SiteAdapter, doc: Document, errors: string[] = []): string {
  const page = pageDiagnostic(adapter, doc, KNOWN[adapter.site]);
  const h = adapter.health();
  const health: Health = {
    site: adapter.site,
    url: doc.URL,
    frame: 'top',
    active: true,
    reasons: [],
    composers: 1,
    groupDialogs: 0,
    matched: h.matched,
    failures: h.failures,
    warnings: h.warnings,
    errors,
  };
  return formatDiagnostic({ version: '0.1.0', browser: 'Chrome 140', site: adapter.site, tabUrl: doc.URL, health: [health], page });
}

/** Every word of every name and message on the page, and the draft: none may appear in the report. */
function private_(...texts: string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3))];
}

function expectNone(text: string, words: string[]): void {
  const lower = text.toLowerCase();
  const found = words.filter((w) => new RegExp(`(^|[^\\p{L}])${w.toLowerCase()}([^\\p{L}]|$)`, 'u').test(lower));
  expect(found).toEqual([]);
}

describe.each<Lang>(['en', 'de'])('diagnostic of a LinkedIn thread full of names and text (%s)', (lang) => {
  const thread = THREADS[0]!;
  const url = `https://www.linkedin.com/messaging/thread/${thread.id}/?lang=${lang}`;
  const draft = lang === 'en' ? 'Hi Anna, about Zoltan’s offsite in Timbuktu: could Bernd Beispiel bring the quarterly figures?' : 'Hallo Anna, zu Zoltans Offsite in Timbuktu: kann Bernd Beispiel die Quartalszahlen mitbringen?';

  function page(): Document {
    const { document } = load(threadPage(thread.id, { lang }), url);
    settle(document);
    const editor = document.querySelector<HTMLElement>('form.msg-form [contenteditable="true"]')!;
    editor.replaceChildren(...fragment(document, `<p>${draft}</p>`));
    return document;
  }

  it('has the structure: the composer, its send control, the alternatives that matched, the path pattern', () => {
    const text = report(linkedin, page());
    expect(text).toContain('page: /messaging/thread/:id/?lang');
    expect(text).toContain('composer (message, contenteditable)');
    expect(text).toMatch(/div\.msg-form__contenteditable\[.*role=textbox.*\]/);
    expect(text).toContain('◀ editor (contenteditable)');
    expect(text).toMatch(/button\.msg-form__send-button\[type=submit[^\]]*\].*◀ send/);
    expect(text).toContain('linkedin.messageEditor#');
    expect(text).toContain(lang === 'en' ? 'aria-label="Write a message…"' : 'aria-label="Nachricht schreiben…"');
  });

  it('has no draft text, no message text and no names', () => {
    const text = report(linkedin, page());
    const names = [ME.name, ME.slug, ...Object.values(PEOPLE).flatMap((p) => [p.name, p.slug, p.id, p.headline])];
    const messages = THREADS.flatMap((t) => t.history[lang].map((m) => m.text));
    expectNone(text, private_(draft, ...names, ...messages, thread.id));
    expect(text).not.toContain(thread.id);
  });
});

describe('diagnostic of other pages', () => {
  it('Facebook invite dialog: rows and group name stay out, its structure and confirm are in', () => {
    loadPage(groupPage({ lang: 'en', groupId: '4455667788', dialog: true, checked: ['Anna Example'], loaded: true }), 'https://www.facebook.com/groups/4455667788/');
    const text = report(facebook, document);
    expect(text).toContain('group-dialog (group-invite)');
    expect(text).toContain('page: /groups/:id/');
    expect(text).toMatch(/\[role=button.*aria-label="Send invitations".*◀ confirm/);
    expect(text).toContain('◀ selected');
    expectNone(text, private_(...FRIENDS, ...Object.values(FB_PEOPLE).map((p) => p.name), 'Berlin Product People'));
  });

  it('XING chat: partner and messages stay out', () => {
    loadPage(chatPage({ lang: 'de', chatId: 'a1b2c3d4', loaded: true }), 'https://www.xing.com/chats/a1b2c3d4');
    const ta = document.querySelector('textarea')!;
    ta.value = 'Hallo Anna, schick mir bitte die Folien von gestern.';
    const text = report(xing, document);
    expect(text).toContain('page: /chats/:id');
    expect(text).toContain('data-qa="message-composer-textarea"');
    expectNone(text, private_(ta.value, ...Object.values(CHATS).flatMap((c) => [c.name, c.profile ?? '', ...c.history.map((m) => m.text)])));
  });

  it('an editor the adapter does not recognise is shown as such, with its neighbourhood', () => {
    loadPage(
      '<!DOCTYPE html><html><body><main><section aria-label="Chat mit Zoltan Quintero"><h2>Zoltan Quintero</h2><p>Wir sehen uns in Timbuktu</p><div class="composer"><div contenteditable="true" aria-label="Antwort an Zoltan Quintero">Geheimer Entwurf</div><div role="button" aria-label="Abschicken">➤</div></div></section></main></body></html>',
      'https://www.facebook.com/somewhere/else',
    );
    const text = report(facebook, document);
    expect(text).toContain('unrecognised-editor');
    expect(text).toContain('◀ editable, not recognised');
    expect(text).toContain('aria-label="…"');
    expectNone(text, private_('Zoltan Quintero', 'Wir sehen uns in Timbuktu', 'Geheimer Entwurf', 'Abschicken', 'somewhere else'));
  });

  it('masks every word that is not one of the adapter\'s own label words; numbers become #', () => {
    const words = KNOWN.linkedin.words;
    expect(maskLabel('Invite Anna Example to connect', words)).toBe('Invite … to connect');
    expect(maskLabel('Remove Jürgen Müller', words)).toBe('Remove …');
    expect(maskLabel('Write a message…', words)).toBe('Write a message…');
    expect(maskLabel('Invite 2', words)).toBe('Invite #');
    expect(maskLabel("Anna Example's profile picture", words)).toBe('… profile …');
    expect(maskLabel('Write to Ben Beispiel', KNOWN.facebook.words)).toBe('Write to …');
    // a UI word in a name's place is masked too
    expect(maskLabel('Write to Anna Post', KNOWN.facebook.words)).toBe('Write to …');
    expect(maskLabel('Anna Example zum Vernetzen einladen', words)).toBe('… zum … einladen');
    expect(maskLabel('Zum Senden die Eingabetaste drücken', KNOWN.facebook.words)).toBe('Zum Senden die Eingabetaste drücken');
  });

  it('error messages lose quotes, URLs and long numbers; the browser is named by its major version only', () => {
    expect(scrubError('scan: Failed to read "Anna Example" at https://www.linkedin.com/in/anna-example/ (id 1234567)')).toBe('scan: Failed to read … at /in/:id/ (id #)');
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.80 Safari/537.36')).toBe('Chrome 140');
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:142.0) Gecko/20100101 Firefox/142.0')).toBe('Firefox 142');
    expect(browserOf('Mozilla/5.0 … Chrome/140.0 Safari/537.36 Edg/140.0')).toBe('Edge 140');
  });

  it('a tab that did not answer still gets a report from what the popup knows', () => {
    const text = formatDiagnostic({ version: '0.1.0', browser: 'Chrome 140', site: 'xing', tabUrl: 'https://www.xing.com/profile/Anna_Beispiel', health: [], page: null });
    expect(text).toContain('page: /profile/:id');
    expect(text).toContain('page structure: the page did not answer');
    expect(text).not.toContain('Anna');
  });
});
