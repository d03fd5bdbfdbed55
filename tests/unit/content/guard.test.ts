/**
 * The composer runtime against a hand-built composer in happy-dom. The analyzer is replaced by a
 * stub so these tests pin the runtime's contract (hold, release once, fail open, outcomes), not
 * the analyzer's judgement.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/analysis/types';
import type { GuardBackend } from '../../../lib/content/backend';
import { Guard } from '../../../lib/content/guard';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings';
import type { Composer, SiteAdapter } from '../../../lib/sites/types';

vi.mock('../../../lib/analysis/core', async () => {
  const real = await vi.importActual<Record<string, unknown>>('../../../lib/analysis/types');
  class InMemorySendMemory {
    record() {}
    findSimilar() {
      return null;
    }
  }
  return {
    ...real,
    InMemorySendMemory,
    MINHASH_BINS: 128,
    fingerprint: (text: string) => ({ minhash: [text.length], size: text.length ? 1 : 0 }),
    detectRegister: () => undefined,
    firstName: (n?: string) => n?.split(' ')[0],
    analyzeWithRules: (text: string): Finding[] => {
      const i = text.indexOf('Happy birthday');
      if (i < 0) return [];
      return [
        {
          rule: 'templated-greeting',
          severity: 'warn',
          confidence: text.includes('!!') ? 0.6 : 0.93,
          spans: [[i, i + 14]],
          message: { key: 'composer_rule_templated_greeting' },
          questions: [{ key: 'composer_card_questions' }],
        },
      ];
    },
  };
});

/** Capture our closed shadow roots so the test can see what a screen reader would. */
const roots: ShadowRoot[] = [];
const realAttach = Element.prototype.attachShadow;

function page(enterSends = false) {
  document.body.innerHTML = `
    <h2 class="name">Anna Example</h2>
    <form class="f"><div class="ed" contenteditable="true" role="textbox"><p>x</p></div>
    <button type="submit" class="send">Send</button></form>`;
  const form = document.querySelector('form')!;
  const editor = document.querySelector<HTMLElement>('.ed')!;
  const sent: string[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sent.push(editor.textContent ?? '');
    editor.innerHTML = '<p><br></p>';
  });
  editor.addEventListener('keydown', (e) => {
    if (enterSends && e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      sent.push(editor.textContent ?? '');
    }
  });
  const adapter: SiteAdapter = {
    site: 'linkedin',
    matchesUrl: () => true,
    shadowRoots: () => [],
    findComposers: (root) => Array.from(root.querySelectorAll<HTMLElement>('.ed')).map((ed): Composer => ({ editor: ed, kind: 'contenteditable', surface: 'message', scope: ed.closest('form')! })),
    readContext: () => ({ recipient: { key: 'anna', name: 'Anna Example' }, firstMessage: false }),
    readText: (c) => c.editor.textContent ?? '',
    sendControls: () => ({ buttons: [document.querySelector<HTMLElement>('.send')!], chips: [], form, enterSends, modEnterSends: false }),
    findGroupDialogs: () => [],
    noteClick: () => undefined,
    health: () => ({ matched: ['test.composer#0'], failures: [], warnings: [] }),
    subscribe: () => () => undefined,
  };
  return { form, editor, sent, adapter };
}

function fakeBackend(overrides: Partial<GuardBackend> = {}) {
  const calls = { sends: [] as unknown[], prompts: [] as unknown[], choices: [] as unknown[] };
  const backend: GuardBackend = {
    composerInfo: async () => ({ trusted: false, contacted: true, budgetLeft: 5, promptsToday: 0 }),
    sendMemory: async () => [],
    recordSend: (e) => void calls.sends.push(e),
    recordPrompt: (e) => void calls.prompts.push(e),
    recordChoice: async (c) => void calls.choices.push(c),
    reportHealth: () => undefined,
    queryLedger: async () => [],
    recordLedger: () => undefined,
    ...overrides,
  };
  return { backend, calls };
}

/** A trusted-looking event: the guard only judges isTrusted events (synthetic ones pass). */
function trusted<T extends Event>(e: T): T {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

function click(el: HTMLElement) {
  const e = trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  el.dispatchEvent(e);
}

function enter(el: HTMLElement, init: KeyboardEventInit = {}) {
  return el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true, ...init })));
}

async function settle(guard: Guard) {
  guard.scan();
  await new Promise((r) => setTimeout(r, 20));
}

function card(): ShadowRoot | undefined {
  return roots.find((r) => r.host.isConnected && r.host.tagName === 'TAKTVOLL-PAUSE-CARD');
}

function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const b = Array.from(root.querySelectorAll('button')).find((x) => x.textContent?.trim() === label);
  if (!b) throw new Error(`no button ${label}`);
  return b;
}

describe('composer guard runtime', () => {
  let guard: Guard | undefined;
  beforeEach(() => {
    roots.length = 0;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const r = realAttach.call(this, init);
      roots.push(r);
      return r;
    });
  });
  afterEach(() => {
    guard?.stop();
    guard = undefined;
  });

  function start(enterSends = false, settings: Settings = DEFAULT_SETTINGS, backendOverrides: Partial<GuardBackend> = {}) {
    const p = page(enterSends);
    const b = fakeBackend(backendOverrides);
    guard = new Guard(p.adapter, { backend: b.backend, settings });
    guard.start();
    return { ...p, ...b };
  }

  it('lets a clean draft through exactly once, without a card', async () => {
    const { editor, sent, calls } = start();
    await settle(guard!);
    editor.textContent = 'Thanks for the talk yesterday, Anna.';
    click(document.querySelector('.send')!);
    expect(sent).toEqual(['Thanks for the talk yesterday, Anna.']);
    expect(card()).toBeUndefined();
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'clean' })]);
  });

  it('holds a flagged draft; "Send anyway" sends once with the text unchanged', async () => {
    const { editor, sent, calls } = start();
    await settle(guard!);
    editor.textContent = 'Happy birthday, Anna!';
    click(document.querySelector('.send')!);
    expect(sent).toEqual([]);
    const root = card();
    expect(root?.querySelector('[role="dialog"][aria-modal="true"]')).toBeTruthy();
    expect(calls.prompts).toEqual([expect.objectContaining({ outcome: 'shown', rules: ['templated-greeting'] })]);
    button(root!, 'Send anyway').click();
    expect(sent).toEqual(['Happy birthday, Anna!']);
    expect(card()).toBeUndefined();
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'sent-as-is' })]);
    // The site's follow-up events of the same attempt do not open a second card.
    click(document.querySelector('.send')!);
    expect(sent).toHaveLength(2);
    expect(card()).toBeUndefined();
  });

  it('"Keep editing" sends nothing, keeps the text and focuses the composer; a revised send counts as revised', async () => {
    const { editor, sent, calls } = start();
    await settle(guard!);
    editor.textContent = 'Happy birthday, Anna!';
    click(document.querySelector('.send')!);
    button(card()!, 'Keep editing').click();
    expect(sent).toEqual([]);
    expect(editor.textContent).toBe('Happy birthday, Anna!');
    expect(document.activeElement).toBe(editor);
    editor.textContent = 'Anna, how was the marathon? Let’s celebrate with coffee next week.';
    click(document.querySelector('.send')!);
    expect(sent).toHaveLength(1);
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'revised' })]);
  });

  it('Escape on the card is "keep editing"', async () => {
    const { editor, sent } = start();
    await settle(guard!);
    editor.textContent = 'Happy birthday, Anna!';
    click(document.querySelector('.send')!);
    const dialog = card()!.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(card()!.activeElement?.textContent).toBe('Keep editing');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('holds Enter in Enter-to-send mode and re-sends with a synthetic Enter; never on Shift+Enter or during IME', async () => {
    const { editor, sent } = start(true);
    await settle(guard!);
    editor.textContent = 'Happy birthday, Anna!';
    expect(enter(editor, { isComposing: true })).toBe(true);
    expect(card()).toBeUndefined();
    expect(enter(editor, { shiftKey: true })).toBe(true);
    expect(card()).toBeUndefined();
    expect(sent).toEqual([]);
    expect(enter(editor)).toBe(false);
    expect(sent).toEqual([]);
    button(card()!, 'Send anyway').click();
    expect(sent).toEqual(['Happy birthday, Anna!']);
  });

  it('does not hold below the sensitivity, nor over the daily budget, nor for trusted people', async () => {
    const a = start(false, { ...DEFAULT_SETTINGS, sensitivity: 0.8 });
    await settle(guard!);
    a.editor.textContent = 'Happy birthday, Anna!!'; // stub confidence 0.6
    click(document.querySelector('.send')!);
    expect(a.sent).toHaveLength(1);
    guard!.stop();

    const b = start(false, DEFAULT_SETTINGS, { composerInfo: async () => ({ trusted: false, contacted: true, budgetLeft: 0, promptsToday: 10 }) });
    await settle(guard!);
    b.editor.textContent = 'Happy birthday, Anna!';
    click(document.querySelector('.send')!);
    expect(b.sent).toHaveLength(1);
    expect(b.calls.sends).toEqual([expect.objectContaining({ outcome: 'sent-as-is' })]);
    guard!.stop();

    const c = start(false, DEFAULT_SETTINGS, { composerInfo: async () => ({ trusted: true, contacted: true, budgetLeft: 5, promptsToday: 0 }) });
    await settle(guard!);
    c.editor.textContent = 'Happy birthday, Anna!';
    click(document.querySelector('.send')!);
    expect(c.sent).toHaveLength(1);
  });

  it('respects a switched-off site and a switched-off check', async () => {
    const a = start(false, { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, linkedin: false } });
    await settle(guard!);
    a.editor.textContent = 'Happy birthday, Anna!';
    click(document.querySelector('.send')!);
    expect(a.sent).toHaveLength(1);
    guard!.stop();
    const b = start(false, { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, 'templated-greeting': false } });
    await settle(guard!);
    b.editor.textContent = 'Happy birthday, Anna!';
    click(document.querySelector('.send')!);
    expect(b.sent).toHaveLength(1);
  });

  it('"Not for this person" sends once and remembers the person', async () => {
    const { editor, sent, calls } = start();
    await settle(guard!);
    editor.textContent = 'Happy birthday, Anna!';
    click(document.querySelector('.send')!);
    button(card()!, 'Not for this person').click();
    expect(sent).toHaveLength(1);
    expect(calls.choices).toEqual([{ kind: 'trust-person', person: { site: 'linkedin', key: 'anna', name: 'Anna Example' } }]);
  });

  it('fails open when the adapter throws', async () => {
    const p = start();
    await settle(guard!);
    p.adapter.readText = () => {
      throw new Error('DOM changed');
    };
    p.editor.textContent = 'Happy birthday, Anna!';
    click(document.querySelector('.send')!);
    expect(p.sent).toHaveLength(1);
    expect(guard!.health().errors.join()).toMatch(/DOM changed/);
  });

  it('shows a quiet inline cue with a live region once typing pauses, and none for a clean draft', async () => {
    const { editor } = start();
    await settle(guard!);
    editor.textContent = 'Happy birthday, Anna!';
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 800));
    const cue = roots.find((r) => r.host.tagName === 'TAKTVOLL-CUE' && r.host.isConnected);
    expect(cue?.querySelector('[role="status"]')?.textContent).toMatch(/Taktvoll noticed: .*“Happy birthday”/);
    expect(editor.contains(cue!.host)).toBe(false);
    editor.textContent = 'See you on Friday!';
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 800));
    expect(cue?.querySelector('[role="status"]')?.textContent).toBe('');
    expect(cue?.querySelector('section')).toBeNull();
  });

  it('applies changed settings to an open draft at once', async () => {
    const { editor } = start();
    await settle(guard!);
    editor.textContent = 'Happy birthday, Anna!';
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 800));
    const cue = roots.find((r) => r.host.tagName === 'TAKTVOLL-CUE' && r.host.isConnected);
    expect(cue?.querySelector('section')).not.toBeNull();
    guard!.setSettings({ ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, 'templated-greeting': false } });
    await new Promise((r) => setTimeout(r, 100));
    expect(cue?.querySelector('section')).toBeNull();
    expect(guard!.health().lastFinding?.rule).toBe('templated-greeting');
  });

  it('judges a composer that appeared a moment ago, before its scan was due', () => {
    const { editor, sent } = start(true);
    // No settle(): the first scan is still pending when the user sends.
    editor.textContent = 'Happy birthday, Anna!';
    expect(enter(editor)).toBe(false);
    expect(sent).toEqual([]);
    expect(card()).toBeDefined();
  });
});
