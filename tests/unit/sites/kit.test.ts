/**
 * The sites kit on its own: defineAdapter() fails open and counts why; the Recorder; controls
 * found by structure; the settle period.
 */
import { describe, expect, it } from 'vitest';
import { Recorder } from '../../../lib/sites/kit/chain';
import { composerRow, enablesWithText, followingControls, noteEmptyControls, structuralSend } from '../../../lib/sites/kit/controls';
import { defineAdapter, type AdapterParts } from '../../../lib/sites/kit/define';
import { COLD_LOAD_MS, firstLook, historyEmpty, SETTLE_MS } from '../../../lib/sites/kit/settle';
import type { Composer, GroupDialog } from '../../../lib/sites/types';
import { append, loadPage } from './load-page';
import { useSettleClock } from './settle';

const clock = useSettleClock();

function parts(over: Partial<AdapterParts> = {}): AdapterParts {
  return {
    site: 'xing',
    rec: new Recorder(),
    findComposers: () => [],
    readContext: () => ({}),
    readText: () => '',
    sendControls: () => ({ buttons: [], chips: [], enterSends: false, modEnterSends: false }),
    findGroupDialogs: () => [],
    ...over,
  };
}

const boom = (): never => {
  throw new TypeError('detached node');
};

describe('defineAdapter', () => {
  it('every call fails open and counts why it failed', () => {
    const rec = new Recorder();
    const a = defineAdapter(parts({ rec, findComposers: boom, readContext: boom, readText: boom, sendControls: boom, findGroupDialogs: boom, noteClick: boom }));
    const orphan = document.createElement('div');
    const c: Composer = { editor: orphan, kind: 'textarea', surface: 'message', scope: orphan };
    expect(a.findComposers(document)).toEqual([]);
    expect(a.readContext(c)).toEqual({});
    expect(a.readText(c)).toBe('');
    expect(a.sendControls(c)).toEqual({ buttons: [], chips: [], enterSends: false, modEnterSends: false });
    expect(a.findGroupDialogs(document)).toEqual([]);
    expect(() => a.noteClick(orphan)).not.toThrow();
    a.readContext(c);
    expect(a.health().failures).toEqual(
      expect.arrayContaining([
        { where: 'findComposers', why: 'threw TypeError', count: 1 },
        { where: 'readContext', why: 'threw TypeError', count: 2 },
        { where: 'readText', why: 'threw TypeError', count: 1 },
        { where: 'sendControls', why: 'threw TypeError', count: 1 },
        { where: 'findGroupDialogs', why: 'threw TypeError', count: 1 },
        { where: 'noteClick', why: 'threw TypeError', count: 1 },
      ]),
    );
  });

  it('a group dialog whose rows change shape fails open too', () => {
    const root = document.createElement('div');
    const dialog: GroupDialog = { root, kind: 'group-invite', groupKey: 'g', groupName: 'G', selected: boom, marked: boom, confirmControl: boom };
    const a = defineAdapter(parts({ findGroupDialogs: () => [dialog] }));
    const [d] = a.findGroupDialogs(document);
    expect(d!.selected()).toEqual([]);
    expect(d!.marked()).toEqual([]);
    expect(d!.confirmControl()).toBeNull();
    expect(a.health().failures.map((f) => f.where)).toEqual(['group.selected', 'group.marked', 'group.confirmControl']);
  });

  it('matchesUrl is the registry\'s hosts minus the site\'s pages without UI', () => {
    const a = defineAdapter(parts({ excludeUrl: (u) => u.pathname.startsWith('/api') }));
    expect(a.matchesUrl(new URL('https://www.xing.com/chats'))).toBe(true);
    expect(a.matchesUrl(new URL('https://www.xing.com/api/x'))).toBe(false);
    expect(a.matchesUrl(new URL('https://www.linkedin.com/feed/'))).toBe(false);
  });

  it('warns while a composer holds text and no send control is found, and tells subscribers', () => {
    loadPage('<!DOCTYPE html><html><body><form><textarea></textarea></form></body></html>', 'https://www.xing.com/chats/1');
    const ta = document.querySelector('textarea')!;
    const composer: Composer = { editor: ta, kind: 'textarea', surface: 'message', scope: document.body };
    const a = defineAdapter(parts({ findComposers: () => [composer], readText: (c) => (c.editor as HTMLTextAreaElement).value }));
    let told = 0;
    a.subscribe(() => told++);
    a.findComposers(document);
    expect(a.health().warnings).toEqual([]);
    ta.value = 'Hallo';
    a.readText(composer);
    expect(a.health().warnings).toEqual(['no-send-control']);
    expect(told).toBeGreaterThan(0);
    a.readText(composer);
    expect(a.health().failures).toEqual([{ where: 'sendControls', why: 'no-send-control', count: 1 }]);
    ta.remove();
    expect(a.health().warnings).toEqual([]); // a composer that is gone warns no more
  });

  it('a form that submits is a send control too (no warning)', () => {
    loadPage('<!DOCTYPE html><html><body><form><textarea>Hallo</textarea></form></body></html>', 'https://www.xing.com/chats/1');
    const ta = document.querySelector('textarea')!;
    const form = document.querySelector('form')!;
    const composer: Composer = { editor: ta, kind: 'textarea', surface: 'message', scope: form };
    const a = defineAdapter(parts({ readText: () => 'Hallo', sendControls: () => ({ buttons: [], chips: [], form, enterSends: true, modEnterSends: false }) }));
    a.readText(composer);
    expect(a.health().warnings).toEqual([]);
  });
});

describe('Recorder', () => {
  it('records each alternative once, counts failures by kind and caps the kinds', () => {
    const rec = new Recorder();
    let told = 0;
    const off = rec.subscribe(() => told++);
    rec.record({ name: 'x.chain' }, 1);
    rec.record({ name: 'x.chain' }, 1);
    rec.record({ name: 'x.chain' }, -1);
    expect(rec.matched()).toEqual(['x.chain#1']);
    expect(told).toBe(1);
    for (let i = 0; i < 60; i++) rec.fail('w', `why-${i}`);
    rec.fail('w', 'why-0');
    expect(rec.failures()).toHaveLength(40);
    expect(rec.failures()[0]).toEqual({ where: 'w', why: 'why-0', count: 2 });
    off();
    rec.record({ name: 'x.chain' }, 2);
    expect(told).toBe(41);
  });
});

describe('controls by structure', () => {
  const page = (body: string) => loadPage(`<!DOCTYPE html><html><body>${body}</body></html>`, 'https://www.facebook.com/messages/t/1');

  it('the composer row stops below the history and other editors', () => {
    page(`<main id="scope"><div role="grid" id="history"></div>
      <div id="row"><div id="wrap"><div contenteditable="true" id="ed"></div><div role="button" id="emoji" aria-label="Choose an emoji"></div></div>
      <div role="button" id="send" aria-label="Send"></div></div></main>`);
    const ed = document.getElementById('ed')!;
    expect(composerRow(ed, document.getElementById('scope')!).id).toBe('row');
    expect(followingControls(ed, document.getElementById('scope')!).map((c) => c.id)).toEqual(['emoji', 'send']);
  });

  it('controls before the editor are not its send control; hidden ones neither', () => {
    page(`<div id="row"><div role="button" id="attach"></div><div contenteditable="true" id="ed"></div><div role="button" id="send" hidden></div></div>`);
    const ed = document.getElementById('ed')!;
    expect(followingControls(ed, document.body)).toEqual([]);
  });

  it('a control enables with the text: absent or disabled while empty, there and enabled now', () => {
    page(`<div id="row"><div contenteditable="true" id="ed"></div><div role="button" id="gif" aria-label="GIF"></div><button id="send" disabled>✈</button></div>`);
    const ed = document.getElementById('ed')!;
    const send = document.getElementById('send')!;
    const gif = document.getElementById('gif')!;
    expect(enablesWithText(ed, send)).toBe(false); // never seen empty: no evidence
    noteEmptyControls(ed, document.body);
    send.removeAttribute('disabled');
    expect(enablesWithText(ed, send)).toBe(true);
    expect(enablesWithText(ed, gif)).toBe(false);
    const rec = new Recorder();
    const probe = { confirm: { name: 't.label', labels: [/^send$/i] }, structure: { name: 't.structure' } };
    expect(structuralSend(ed, document.body, true, probe, rec)).toBe(send);
    expect(rec.matched()).toEqual(['t.structure#1']);
    // without text nothing "enables with text"; a label still confirms
    expect(structuralSend(ed, document.body, false, probe)).toBeNull();
    append(document.getElementById('row')!, '<div role="button" id="labelled" aria-label="Send"></div>');
    expect(structuralSend(ed, document.body, false, probe)?.id).toBe('labelled');
  });
});

describe('settle period', () => {
  it('false at once with events; true only after SETTLE_MS of zero events; never on a cold load before COLD_LOAD_MS', () => {
    const list = document.createElement('ul');
    document.body.replaceChildren(list);
    expect(historyEmpty(list, 0)).toBeUndefined();
    clock.advance(SETTLE_MS - 1);
    expect(historyEmpty(list, 0)).toBeUndefined();
    clock.advance(1);
    expect(historyEmpty(list, 0)).toBe(true);
    expect(historyEmpty(list, 3)).toBe(false);
    expect(historyEmpty(list, 0)).toBeUndefined(); // events went away: quiet again from now
    const cold = document.createElement('ol');
    clock.setDocumentAge(500);
    expect(historyEmpty(cold, 0)).toBeUndefined();
    clock.advance(SETTLE_MS);
    expect(historyEmpty(cold, 0)).toBeUndefined();
    clock.advance(COLD_LOAD_MS);
    expect(historyEmpty(cold, 0)).toBe(true);
  });

  it('a list the first look at an unused page finds was there before: quiet since the document started, the cold load still counts', () => {
    const [old, fresh, young, busy] = ['ul', 'ol', 'ul', 'ul'].map((t) => document.createElement(t)) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    clock.setDocumentAge(COLD_LOAD_MS + 1);
    firstLook(() => {
      expect(historyEmpty(old, 0)).toBe(true);
      expect(historyEmpty(busy, 2)).toBe(false);
    });
    expect(historyEmpty(fresh, 0)).toBeUndefined(); // seen after the first look: quiet from now on
    expect(historyEmpty(busy, 0)).toBeUndefined(); // its events went away: quiet from now on
    clock.setDocumentAge(2000); // a page used two seconds after it loaded
    firstLook(() => expect(historyEmpty(young, 0)).toBeUndefined());
    clock.advance(COLD_LOAD_MS);
    expect(historyEmpty(young, 0)).toBe(true);
  });
});
