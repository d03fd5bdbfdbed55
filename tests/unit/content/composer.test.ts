/**
 * The composer guard through the real content runtime against a hand-built composer in happy-dom.
 * The analyzer is replaced by a stub so these tests pin the runtime's contract (hold, release
 * once and confirmed, fail open, outcomes, the background's verdict), not the analyzer's judgement.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../../lib/analysis/lexicon/de';
import en from '../../../lib/analysis/lexicon/en';
import es from '../../../lib/analysis/lexicon/es';
import fr from '../../../lib/analysis/lexicon/fr';
import itLx from '../../../lib/analysis/lexicon/it';
import nl from '../../../lib/analysis/lexicon/nl';
import type { Finding, RuleId, SendMemory } from '../../../lib/analysis/types';
import type { GuardBackend } from '../../../lib/content/backend';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { decide, SAME_ATTEMPT_MS } from '../../../lib/content/composer/decide';
import { THROTTLE_MS } from '../../../lib/content/composer/judge';
import { WORDS_WAIT_MS } from '../../../lib/content/composer/wait';
import type { Runtime } from '../../../lib/content/runtime';
import { READ_AFTER_MS, startRuntime } from '../../../lib/content/start';
import { chooseCardVariant, setCardVariantChooser, type CardVariantInput } from '../../../lib/content/composer/variant';
import { contentChoiceSchema, sendEventSchema, type ComposerInfo } from '../../../lib/messaging/schemas';
import type { JudgeRequest, JudgeVerdict } from '../../../lib/messaging/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { DATA_VERSION_KEY } from '../../../lib/storage/keys';
import type { Composer, SiteAdapter } from '../../../lib/sites/types';
import { captureShadowRoots, startTestRuntime, stopTestRuntimes, tick, trusted } from './group-fake';

/** `hidden`: a test that needs the word lists not yet in, after an earlier test of this file brought them. */
const words = vi.hoisted(() => ({ hidden: false }));

vi.mock('../../../lib/analysis/core', async () => {
  const real = await vi.importActual<Record<string, unknown>>('../../../lib/analysis/types');
  // The word lists' state is the real one: the runtime must fetch them from the background.
  const lexicon = await vi.importActual<typeof import('../../../lib/analysis/lexicon')>('../../../lib/analysis/lexicon');
  const loaded = () => !words.hidden && lexicon.lexiconsLoaded();
  return {
    ...real,
    useLexicons: (list: unknown) => {
      // Hidden, they are not in yet: an answer that is no list does not bring them (as at first).
      if (words.hidden && !(Array.isArray(list) && list.length > 0)) return false;
      const ok = lexicon.useLexicons(list);
      if (ok) words.hidden = false;
      return ok;
    },
    lexiconsLoaded: loaded,
    warmUp: () => undefined,
    fingerprint: (text: string) => ({ minhash: [text.length], size: text.length ? 1 : 0 }),
    similarity: (a: { minhash: number[] }, b: { minhash: number[] }) => (a.minhash[0] === b.minhash[0] ? 1 : 0),
    detectRegister: () => undefined,
    firstName: (n?: string) => n?.split(' ')[0],
    /** "Happy birthday" is a templated greeting (unless the learned layer says no); reuse comes from the memory. */
    analyzeWithRules: (text: string, _ctx: unknown, memory?: SendMemory, scores?: Record<string, { confidence: number }>): Finding[] => {
      const out: Finding[] = [];
      if (!loaded()) return out;
      const i = text.indexOf('Happy birthday');
      if (i >= 0 && scores?.['templated-greeting']?.confidence !== 0) {
        out.push({
          rule: 'templated-greeting',
          severity: 'warn',
          confidence: text.includes('!!') ? 0.6 : 0.93,
          spans: [[i, i + 14]],
          message: { key: 'composer_rule_templated_greeting' },
          questions: [{ key: 'composer_card_questions' }],
        });
      }
      const reuse = memory?.findSimilar({ minhash: [], size: 1 }, { now: 0 });
      if (reuse) out.push({ rule: 'template-reuse', severity: 'warn', confidence: 0.9, spans: [[0, text.length]], message: { key: 'composer_rule_template_reuse' }, questions: [] });
      return out;
    },
  };
});

let roots: ShadowRoot[] = [];
let runtime: Runtime | undefined;

function page(opts: { enterSends?: boolean; recipient?: string; clears?: boolean; trustedSubmit?: boolean; chips?: HTMLElement[] } = {}) {
  const { enterSends = false, recipient = 'Anna Example', clears = true, trustedSubmit = false } = opts;
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
    if (clears) editor.innerHTML = '<p><br></p>';
  });
  if (trustedSubmit) {
    // As in Chromium: a click on a submit button, even a scripted one, fires a trusted submit event.
    form.addEventListener('click', (e) => {
      if (!(e.target as Element).closest('.send')) return;
      e.preventDefault();
      form.dispatchEvent(trusted(new Event('submit', { bubbles: true, cancelable: true })));
    });
  }
  editor.addEventListener('keydown', (e) => {
    if (enterSends && e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      sent.push(editor.textContent ?? '');
      if (clears) editor.textContent = '';
    }
  });
  const adapter: SiteAdapter = {
    site: 'linkedin',
    matchesUrl: () => true,
    shadowRoots: () => [],
    findComposers: (root) => Array.from(root.querySelectorAll<HTMLElement>('.ed')).map((ed): Composer => ({ editor: ed, kind: 'contenteditable', surface: 'message', scope: ed.closest('form')! })),
    readContext: () => ({ recipient: { key: 'anna', name: recipient }, firstMessage: false }),
    readText: (c) => c.editor.textContent ?? '',
    sendControls: () => ({ buttons: [document.querySelector<HTMLElement>('.send')!], chips: (opts.chips ?? []).map((el) => ({ el, text: el.textContent ?? '' })), form, enterSends, modEnterSends: false }),
    findGroupDialogs: () => [],
    noteClick: () => undefined,
    health: () => ({ matched: ['test.composer#0'], failures: [], warnings: [] }),
    subscribe: () => () => undefined,
  };
  return { form, editor, sent, adapter };
}

function fakeBackend(overrides: Partial<GuardBackend> = {}) {
  const calls = { sends: [] as unknown[], prompts: [] as unknown[], choices: [] as unknown[], judged: [] as JudgeRequest[], threads: [] as unknown[] };
  const backend: GuardBackend = {
    judgeDraft: async (req) => {
      calls.judged.push(req);
      return null;
    },
    composerInfo: async () => ({ trusted: false, contacted: true, budgetLeft: 5, promptsToday: 0 }),
    recordSend: (e) => void calls.sends.push(e),
    recordPrompt: (e) => void calls.prompts.push(e),
    recordChoice: async (c) => {
      calls.choices.push(c);
      return true;
    },
    reportHealth: () => undefined,
    queryLedger: async () => [],
    recordLedger: () => undefined,
    recordThread: (seen) => void calls.threads.push(seen),
    settings: async () => DEFAULT_SETTINGS,
    // The word lists as the background sends them (the test does not import lexicon/all, which
    // would hand them to the analyzer directly).
    tonedRules: async () => [],
    lexicons: async () => [de, en, fr, es, itLx, nl],
    ...overrides,
  };
  return { backend, calls };
}

function click(el: HTMLElement) {
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

function enter(el: HTMLElement, init: KeyboardEventInit = {}) {
  return el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true, ...init })));
}

function type(editor: HTMLElement, text: string) {
  editor.textContent = text;
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function settle() {
  runtime!.scan();
  await tick(20);
}

const card = () => roots.find((r) => r.host.isConnected && r.host.tagName === 'TAKTVOLL-PAUSE-CARD');
const send = () => click(document.querySelector<HTMLElement>('.send')!);

function checkbox(root: ShadowRoot, label: string): HTMLInputElement {
  const l = Array.from(root.querySelectorAll('label')).find((x) => x.textContent?.trim() === label);
  const box = l?.querySelector('input[type="checkbox"]');
  if (!(box instanceof HTMLInputElement)) throw new Error(`no checkbox ${label}`);
  return box;
}

function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const b = Array.from(root.querySelectorAll('button')).find((x) => x.textContent?.trim() === label);
  if (!b) throw new Error(`no button ${label}`);
  return b;
}

function start(opts: Parameters<typeof page>[0] = {}, settings: Settings = DEFAULT_SETTINGS, backendOverrides: Partial<GuardBackend> = {}) {
  const p = page(opts);
  const b = fakeBackend(backendOverrides);
  runtime = startTestRuntime(p.adapter, b.backend, { settings });
  return { ...p, ...b };
}

/** Each test starts its own runtime over a fresh page and ends it, with the page emptied. */
function useTestRuntime(): void {
  beforeEach(() => {
    roots = captureShadowRoots();
  });
  afterEach(() => {
    stopTestRuntimes();
    runtime = undefined;
    document.body.innerHTML = '';
  });
}

// First in this file: the analyzer's word lists are module state, and once a test has them, they stay.
describe('a composer nobody writes in', () => {
  useTestRuntime();

  it('costs only its entry: the background is asked only which checks are toned down until it is focused, typed in or sent from', async () => {
    const p = page();
    p.editor.innerHTML = '<p><br></p>';
    const asked: string[] = [];
    const b = fakeBackend({
      tonedRules: async () => (asked.push('toned'), []),
      composerInfo: async () => (asked.push('info'), null),
      judgeDraft: async () => (asked.push('judge'), null),
      lexicons: async () => (asked.push('lexicons'), null),
    });
    runtime = startTestRuntime(p.adapter, b.backend, { settings: DEFAULT_SETTINGS });
    await settle();
    await settle();
    expect(asked).toEqual(['toned']); // once per page: prompt fatigue (it also wakes the background)
    expect(runtime.health.snapshot().composers).toBe(1); // found all the same
    p.editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await tick(20);
    // Its session started: the word lists come.
    expect(asked).toEqual(['toned', 'lexicons']);
  });

  it('the site writing into it (no keystroke, no focus) starts its session at the next scan: the draft is judged', async () => {
    const p = page();
    p.editor.innerHTML = '<p><br></p>';
    const asked: string[] = [];
    const b = fakeBackend({ tonedRules: async () => (asked.push('toned'), []), lexicons: async () => (asked.push('lexicons'), null) });
    runtime = startTestRuntime(p.adapter, b.backend, { settings: DEFAULT_SETTINGS });
    await settle();
    expect(asked).toEqual(['toned']);
    p.editor.innerHTML = '<p>Happy birthday, Anna!</p>'; // a page change the observer sees (the composer is not engaged yet)
    // The next batched scan: its delay grows with what scans cost, so on a loaded machine it may take longer.
    await vi.waitFor(() => expect(asked).toEqual(['toned', 'lexicons']), { timeout: 3000, interval: 20 });
  });

  it('a send through it without any engagement before is still decided (and recorded)', async () => {
    const { editor, sent, calls } = start({}, DEFAULT_SETTINGS, { lexicons: async () => null });
    editor.innerHTML = '<p><br></p>';
    await settle();
    editor.textContent = 'See you tomorrow';
    send();
    expect(sent).toEqual(['See you tomorrow']);
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'clean' })]);
  });
});

describe('the page is observed only while the guard is active', () => {
  useTestRuntime();

  it('a site switched off is neither scanned nor observed; switched on again, it is', async () => {
    const p = page();
    let scans = 0;
    let finds = 0;
    const find = p.adapter.findComposers;
    p.adapter.shadowRoots = () => (scans++, []); // asked once per scan, active or not
    p.adapter.findComposers = (root) => (finds++, find(root));
    const b = fakeBackend({ lexicons: async () => null });
    runtime = startTestRuntime(p.adapter, b.backend, { settings: { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, linkedin: false } } });
    await vi.waitFor(() => expect([scans, finds]).toEqual([1, 0]), { timeout: 3000, interval: 10 }); // the first scan finds the site switched off
    for (let i = 0; i < 3; i++) {
      document.body.append(document.createElement('section'));
      await tick(200);
    }
    expect([scans, finds]).toEqual([1, 0]); // and then the page's changes cost nothing
    runtime.setSettings(DEFAULT_SETTINGS);
    await vi.waitFor(() => expect([scans, finds]).toEqual([2, 1]), { timeout: 3000, interval: 10 });
    document.body.append(document.createElement('section'));
    await vi.waitFor(() => expect([scans, finds]).toEqual([3, 2]), { timeout: 3000, interval: 20 });
  });
});

describe('the word lists come from the background', () => {
  useTestRuntime();

  it('an empty composer does not ask for them at page load; focus, typing or a draft the site filled in does', async () => {
    const asked: number[] = [];
    const p = page();
    p.editor.innerHTML = '<p><br></p>';
    const b = fakeBackend({ lexicons: async () => (asked.push(Date.now()), null) });
    runtime = startTestRuntime(p.adapter, b.backend, { settings: DEFAULT_SETTINGS });
    await settle();
    await settle();
    expect(asked).toHaveLength(0);
    p.editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await tick(20);
    expect(asked).toHaveLength(1);
    // The site fills in a draft (no keystroke): the next scan asks again (the first answer failed).
    p.editor.innerHTML = '<p>Happy birthday, Anna!</p>';
    await settle();
    expect(asked).toHaveLength(2);
  });

  it('an empty composer with quick-reply chips asks for them at page load: a chip sends canned text in one click, no typing', async () => {
    const chip = document.createElement('button');
    chip.textContent = 'Happy birthday!';
    const p = page({ chips: [chip] });
    p.editor.innerHTML = '<p><br></p>';
    const asked: number[] = [];
    const b = fakeBackend({ lexicons: async () => (asked.push(Date.now()), null) });
    runtime = startTestRuntime(p.adapter, b.backend, { settings: DEFAULT_SETTINGS });
    await settle();
    expect(asked).toHaveLength(1);
  });

  it('until the background has answered, a draft is judged clean and sent; a failed answer is asked again, and then the guard holds', async () => {
    const asked: number[] = [];
    let answer: unknown = null; // the background cannot be reached at first
    const { editor, sent, calls } = start({}, DEFAULT_SETTINGS, { lexicons: async () => (asked.push(Date.now()), answer) });
    await settle();
    expect(asked).toHaveLength(1);
    editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(sent).toEqual(['Happy birthday, Anna!']);
    expect(card()).toBeUndefined();
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'clean' })]);

    // Something that is not a list of lexicons changes nothing either.
    answer = [{ lang: 'de', birthday: 'alles gute' }];
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await tick(20);
    expect(asked).toHaveLength(2);
    editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(sent).toHaveLength(2);

    answer = [de, en, fr, es, itLx, nl];
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await tick(SAME_ATTEMPT_MS); // a new attempt, not the follow-up events of the last one
    expect(asked).toHaveLength(3);
    editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(sent).toHaveLength(2);
    expect(card()).toBeDefined();
    // Loaded once: a new composer does not ask again.
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await tick(20);
    expect(asked).toHaveLength(3);
  });
});

describe('composer guard runtime', () => {
  useTestRuntime();

  it('lets a clean draft through exactly once, without a card', async () => {
    const { editor, sent, calls } = start();
    await settle();
    editor.textContent = 'Thanks for the talk yesterday, Anna.';
    send();
    expect(sent).toEqual(['Thanks for the talk yesterday, Anna.']);
    expect(card()).toBeUndefined();
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'clean' })]);
  });

  it.each([false, true])('holds a flagged draft; "Send anyway" sends once with the text unchanged, confirmed, then counts it (trusted submit: %s)', async (trustedSubmit) => {
    const { editor, sent, calls } = start({ trustedSubmit });
    await settle();
    editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(sent).toEqual([]);
    const root = card();
    // A native <dialog> opened as a modal (the top layer), named by its title.
    const dialog = root?.querySelector('dialog');
    expect(dialog?.open).toBe(true);
    expect(dialog?.getAttribute('aria-labelledby')).toBe('tv-card-title');
    expect(calls.prompts).toEqual([expect.objectContaining({ outcome: 'shown', rules: ['templated-greeting'] })]);
    button(root!, 'Send anyway').click();
    expect(sent).toEqual(['Happy birthday, Anna!']);
    await tick(20);
    expect(card()).toBeUndefined();
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'sent-as-is' })]);
    // The site's follow-up events of the same attempt do not open a second card.
    send();
    expect(sent).toHaveLength(2);
    expect(card()).toBeUndefined();
  });

  it('"Keep editing" sends nothing, keeps the text and focuses the composer; a revised send counts as revised', async () => {
    const { editor, sent, calls } = start();
    await settle();
    editor.textContent = 'Happy birthday, Anna!';
    send();
    button(card()!, 'Keep editing').click();
    expect(sent).toEqual([]);
    expect(editor.textContent).toBe('Happy birthday, Anna!');
    expect(document.activeElement).toBe(editor);
    editor.textContent = 'Anna, how was the marathon? Let’s celebrate with coffee next week.';
    send();
    expect(sent).toHaveLength(1);
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'revised' })]);
  });

  it('Escape on the card is "keep editing"', async () => {
    const { editor, sent } = start();
    await settle();
    editor.textContent = 'Happy birthday, Anna!';
    send();
    const dialog = card()!.querySelector<HTMLElement>('dialog')!;
    expect(card()!.activeElement?.textContent).toBe('Keep editing');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('holds Enter in Enter-to-send mode and re-sends with a synthetic Enter; never on Shift+Enter or during IME', async () => {
    const { editor, sent } = start({ enterSends: true });
    await settle();
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
    const a = start({}, { ...DEFAULT_SETTINGS, sensitivity: 0.8 });
    await settle();
    a.editor.textContent = 'Happy birthday, Anna!!'; // stub confidence 0.6
    send();
    expect(a.sent).toHaveLength(1);
    stopTestRuntimes();

    const b = start({}, DEFAULT_SETTINGS, { composerInfo: async () => ({ trusted: false, contacted: true, budgetLeft: 0, promptsToday: 10 }) });
    await settle();
    b.editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(b.sent).toHaveLength(1);
    // No card held it: not "sent as is" (that counts cards' sends), the badge only.
    expect(b.calls.sends).toEqual([expect.objectContaining({ outcome: 'unheld' })]);
    expect(b.calls.sends[0]).not.toHaveProperty('card');
    stopTestRuntimes();

    const c = start({}, DEFAULT_SETTINGS, { composerInfo: async () => ({ trusted: true, contacted: true, budgetLeft: 5, promptsToday: 0 }) });
    await settle();
    c.editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(c.sent).toHaveLength(1);
  });

  it('respects a switched-off site and a switched-off check', async () => {
    const a = start({}, { ...DEFAULT_SETTINGS, sites: { ...DEFAULT_SETTINGS.sites, linkedin: false } });
    await settle();
    a.editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(a.sent).toHaveLength(1);
    stopTestRuntimes();
    const b = start({}, { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, 'templated-greeting': false } });
    await settle();
    b.editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(b.sent).toHaveLength(1);
  });

  it('"Don\'t ask again for Anna" is a choice that sends nothing; "Send anyway" then sends once and remembers the person', async () => {
    const { editor, sent, calls } = start();
    await settle();
    editor.textContent = 'Happy birthday, Anna!';
    send();
    checkbox(card()!, "Don't ask again for Anna").click();
    await tick(20);
    expect(sent).toEqual([]);
    expect(calls.choices).toEqual([]);
    button(card()!, 'Send anyway').click();
    expect(sent).toHaveLength(1);
    expect(calls.choices).toEqual([{ kind: 'trust-person', person: { site: 'linkedin', key: 'anna', name: 'Anna Example' } }]);
  });

  it('"Don\'t ask about this on LinkedIn again" applies to this site with "Keep editing", sends nothing, and the toast undoes it', async () => {
    const { editor, sent, calls } = start();
    await settle();
    editor.textContent = 'Happy birthday, Anna!';
    send();
    checkbox(card()!, "Don't ask about this on LinkedIn again").click();
    button(card()!, 'Keep editing').click();
    expect(sent).toEqual([]);
    expect(calls.choices).toEqual([{ kind: 'disable-rule', rule: 'templated-greeting', site: 'linkedin' }]);
    await tick(100);
    const toast = roots.find((r) => r.host.isConnected && r.host.tagName === 'TAKTVOLL-TOAST');
    expect(toast?.querySelector('[role="status"]')?.textContent).toMatch(/won't ask about “Sounds like a template greeting” on LinkedIn again/);
    button(toast!, 'Undo').click();
    await tick(20);
    expect(calls.choices[1]).toEqual({ kind: 'undo', choice: { kind: 'disable-rule', rule: 'templated-greeting', site: 'linkedin' } });
    expect(toast?.querySelector('[role="status"]')?.textContent).toMatch(/Undone/);
    expect(sent).toEqual([]);
  });

  it('asks the card-variant hook: the compact card has the title, one question and the buttons; "Show more" unfolds it', async () => {
    const seen: CardVariantInput[] = [];
    // The guard installs its own chooser at set-up (prompt fatigue); this one replaces it.
    const { editor, sent } = start();
    await settle();
    const restore = setCardVariantChooser((input) => {
      seen.push(input);
      return 'compact';
    });
    try {
      editor.textContent = 'Happy birthday, Anna!';
      send();
      expect(seen).toEqual([expect.objectContaining({ site: 'linkedin', rules: ['templated-greeting'], person: expect.objectContaining({ key: 'anna' }), shownToday: 1 })]);
      const root = card()!;
      expect(root.querySelector('dialog')?.classList.contains('compact')).toBe(true);
      expect(root.querySelectorAll('ul.questions li')).toHaveLength(1);
      expect(root.querySelector('textarea')).toBeNull();
      expect(root.querySelector('input[type="checkbox"]')).toBeNull();
      button(root, 'Show more').click();
      await tick(20);
      expect(root.querySelector('dialog')?.classList.contains('compact')).toBe(false);
      expect(root.querySelector('textarea')).not.toBeNull();
      expect(sent).toEqual([]);
    } finally {
      restore();
    }
    // Restored: the full card again; a chooser that throws gets the full card too.
    stopTestRuntimes();
    const again = start();
    await settle();
    setCardVariantChooser(() => {
      throw new Error('learning broke');
    });
    again.editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(card()!.querySelector('dialog')?.classList.contains('compact')).toBe(false);
    setCardVariantChooser(() => 'full');
  });

  it('fails open when the adapter throws', async () => {
    const p = start();
    await settle();
    p.adapter.readText = () => {
      throw new Error('DOM changed');
    };
    p.editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(p.sent).toHaveLength(1);
    expect(runtime!.health.snapshot().errors.join()).toMatch(/DOM changed/);
  });

  it('shows a quiet inline cue with a live region once typing pauses, and none for a clean draft', async () => {
    const { editor } = start();
    await settle();
    type(editor, 'Happy birthday, Anna!');
    await tick(800);
    const cue = roots.find((r) => r.host.tagName === 'TAKTVOLL-CUE' && r.host.isConnected);
    expect(cue?.querySelector('[role="status"]')?.textContent).toMatch(/Taktvoll noticed: .*“Happy birthday”/);
    expect(editor.contains(cue!.host)).toBe(false);
    type(editor, 'See you on Friday!');
    await tick(800);
    expect(cue?.querySelector('[role="status"]')?.textContent).toBe('');
    expect(cue?.querySelector('section')).toBeNull();
  });

  it('applies changed settings to an open draft at once', async () => {
    const { editor } = start();
    await settle();
    type(editor, 'Happy birthday, Anna!');
    await tick(800);
    const cue = roots.find((r) => r.host.tagName === 'TAKTVOLL-CUE' && r.host.isConnected);
    expect(cue?.querySelector('[role="status"]')?.textContent).toMatch(/template greeting/);
    runtime!.setSettings({ ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules, 'templated-greeting': false } });
    await tick(100);
    expect(cue?.querySelector('[role="status"]')?.textContent).toBe('');
    expect(runtime!.health.snapshot().lastFinding?.rule).toBe('templated-greeting');
  });

  it('judges a composer that appeared a moment ago, before its scan was due', () => {
    const { editor, sent } = start({ enterSends: true });
    // No settle(): the first scan is still pending when the user sends.
    editor.textContent = 'Happy birthday, Anna!';
    expect(enter(editor)).toBe(false);
    expect(sent).toEqual([]);
    expect(card()).toBeDefined();
  });
});

describe('the background verdict (one request per draft state)', () => {
  useTestRuntime();

  it('asks at the first input at once, then at most every 200 ms, plus a trailing request for the last state', async () => {
    const { editor, calls } = start();
    await settle();
    await tick(THROTTLE_MS + 50); // the session asked about its initial draft when it started
    const before = calls.judged.length;
    type(editor, 'H');
    expect(calls.judged.length).toBe(before + 1); // leading edge
    for (const ch of ['He', 'Hel', 'Hell', 'Hello']) type(editor, ch);
    expect(calls.judged.length).toBe(before + 1);
    await tick(THROTTLE_MS + 50);
    expect(calls.judged.slice(before).map((r) => r.text)).toEqual(['H', 'Hello']); // trailing
    expect(calls.judged.at(-1)?.context).toMatchObject({ site: 'linkedin', surface: 'message', recipient: { name: 'Anna Example', key: 'linkedin:anna' } });
  });

  it('uses the verdict only for exactly the draft it was given for, and never waits for it at send time', async () => {
    let answer: (v: JudgeVerdict) => void = () => undefined;
    const { editor, sent } = start({}, DEFAULT_SETTINGS, {
      judgeDraft: (req) =>
        new Promise((resolve) => {
          // The learned layer says "not templated" for this draft.
          answer = resolve;
          void req;
        }),
    });
    await settle();
    type(editor, 'Happy birthday, Anna!');
    await tick(THROTTLE_MS + 50);
    // The verdict has not arrived: the rules decide alone, and hold.
    send();
    expect(sent).toEqual([]);
    button(card()!, 'Keep editing').click();
    answer({ scores: { 'templated-greeting': { confidence: 0, spans: [] } }, reuse: null });
    await tick(20);
    send();
    expect(sent).toEqual(['Happy birthday, Anna!']);
  });

  it('a reuse match from the background holds the send; the cue shows it when the verdict arrives', async () => {
    const verdict: JudgeVerdict = { scores: {}, reuse: { otherRecipients: 2, similarity: 0.9, windowDays: 60 } };
    const { editor, sent, calls } = start({}, DEFAULT_SETTINGS, { judgeDraft: async () => verdict });
    await settle();
    type(editor, 'Thanks for connecting, let us stay in touch about the conference.');
    await tick(THROTTLE_MS + 50);
    const cue = roots.find((r) => r.host.tagName === 'TAKTVOLL-CUE' && r.host.isConnected);
    expect(cue?.querySelector('[role="status"]')?.textContent).toMatch(/Nearly the same text as before/);
    send();
    expect(sent).toEqual([]);
    expect(calls.prompts).toEqual([expect.objectContaining({ rules: ['template-reuse'] })]);
  });
});

describe('a reuse match when the context moved on before the next verdict', () => {
  useTestRuntime();
  const draft = 'Thanks for connecting, let us stay in touch about the conference.';
  const match: JudgeVerdict = { scores: {}, reuse: { otherRecipients: 2, similarity: 0.9, windowDays: 60 } };

  /** The first verdict says "sent nearly this before"; later ones do not arrive (a busy background). */
  async function judged(opts: Parameters<typeof page>[0] = {}) {
    const answers: ((v: JudgeVerdict) => void)[] = [];
    const p = start(opts, DEFAULT_SETTINGS, { judgeDraft: () => new Promise((r) => answers.push(r)) });
    await settle();
    type(p.editor, draft);
    await tick(THROTTLE_MS + 50);
    for (const answer of answers) answer(match); // the last one asked about this draft
    await tick(20);
    return p;
  }

  it('still holds the send: the send memory looks at the text and the person, not the rest of the context', async () => {
    const p = await judged();
    // The page now shows the occasion (a birthday): the draft's context is new, its verdict not here yet.
    const read = p.adapter.readContext;
    p.adapter.readContext = (c) => ({ ...read(c), occasion: 'birthday' });
    send();
    expect(p.sent).toEqual([]);
    expect(p.calls.prompts).toEqual([expect.objectContaining({ rules: ['template-reuse'] })]);
  });

  it('is not carried over to another person or another text', async () => {
    const p = await judged();
    const read = p.adapter.readContext;
    p.adapter.readContext = (c) => ({ ...read(c), recipient: { key: 'bernd', name: 'Bernd Beispiel' } });
    send();
    expect(p.sent).toEqual([draft]);
    p.adapter.readContext = read;
    await tick(SAME_ATTEMPT_MS);
    p.editor.textContent = `${draft} See you there.`;
    send();
    expect(p.sent).toHaveLength(2);
  });
});

describe('defects found by the audit (each test failed before its fix)', () => {
  useTestRuntime();

  async function held(opts: Parameters<typeof page>[0] = {}, backendOverrides: Partial<GuardBackend> = {}) {
    const p = start(opts, DEFAULT_SETTINGS, backendOverrides);
    await settle();
    p.editor.textContent = 'Happy birthday, Anna!';
    send();
    expect(card()).toBeDefined();
    return p;
  }

  describe('1: the page removes the pause card', () => {
    it('is put back at once; the next Send is still part of the card, not swallowed with nothing on screen', async () => {
      const { sent } = await held();
      const host = card()!.host;
      host.remove();
      await tick(0);
      expect(host.isConnected).toBe(true);
      send();
      expect(sent).toEqual([]);
      expect(card()).toBeDefined();
    });

    it('when the page keeps removing it, the card is dropped and the next Send (or Enter) goes through', async () => {
      const { sent, editor, calls } = await held({ enterSends: true });
      // A site that prunes every node it does not know, as React apps re-rendering a root do.
      const pruner = new MutationObserver(() => {
        for (const el of Array.from(document.body.children)) if (el.tagName.startsWith('TAKTVOLL-')) el.remove();
      });
      pruner.observe(document.body, { childList: true });
      card()!.host.remove();
      await tick(20);
      pruner.disconnect();
      expect(card()).toBeUndefined();
      enter(editor);
      expect(card()).toBeUndefined();
      expect(sent).toEqual(['Happy birthday, Anna!']);
      // Nobody answered the card the page took away: a send no card held.
      expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'unheld' })]);
      expect(runtime!.health.snapshot().errors.join()).toMatch(/removed the pause card/);
    });
  });

  describe('2: "Send anyway" after the site re-rendered its Send button', () => {
    it('finds the current send control through the adapter and sends once, confirmed', async () => {
      const { sent, form, calls } = await held();
      // The site re-renders: a new Send button, the old one gone.
      const fresh = document.createElement('button');
      fresh.type = 'submit';
      fresh.className = 'send';
      fresh.textContent = 'Send';
      form.querySelector('.send')!.replaceWith(fresh);
      button(card()!, 'Send anyway').click();
      await tick(20);
      expect(sent).toEqual(['Happy birthday, Anna!']);
      expect(card()).toBeUndefined();
      expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'sent-as-is' })]);
    });

    it('when the site does not take the message, says "Not sent", counts nothing, and the next Send goes through', async () => {
      const { sent, calls } = await held({ clears: false });
      button(card()!, 'Send anyway').click();
      expect(sent).toEqual(['Happy birthday, Anna!']); // the site was asked, but kept the text: not sent
      sent.length = 0;
      await tick(1700);
      const alert = card()!.querySelector('[role="alert"]');
      expect(alert?.textContent).toMatch(/Not sent/);
      expect(card()!.activeElement?.textContent).toBe('Close');
      expect(calls.sends).toEqual([]);
      button(card()!, 'Close').click();
      expect(card()).toBeUndefined();
      send();
      expect(sent).toEqual(['Happy birthday, Anna!']);
      expect(card()).toBeUndefined();
      expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'sent-as-is' })]);
    });

    it('sends nothing when the text or the recipient changed under the card', async () => {
      const p = await held();
      p.editor.textContent = 'Happy birthday, Anna! PS: something else';
      button(card()!, 'Send anyway').click();
      await tick(20);
      expect(p.sent).toEqual([]);
      expect(card()!.querySelector('[role="alert"]')?.textContent).toMatch(/Not sent/);
      expect(p.calls.sends).toEqual([]);
    });
  });

  describe('3: a page script forges the event that stops an older copy of the content script', () => {
    it('WXT is told not to announce the extension id, and every content script says so', async () => {
      for (const entry of [await import('../../../entrypoints/linkedin.content/index'), await import('../../../entrypoints/xing.content/index'), await import('../../../entrypoints/facebook.content/index')]) {
        expect(entry.default.noScriptStartedPostMessage).toBe(true);
      }
    });

    it('with WXT’s own context: no postMessage carries the id, and the forged event does not stop the guard', async () => {
      const posted = vi.spyOn(window, 'postMessage');
      const ctx = new ContentScriptContext('linkedin', { matches: [], noScriptStartedPostMessage: true });
      expect(posted).not.toHaveBeenCalled();
      const p = page();
      const b = fakeBackend();
      runtime = startRuntime(ctx, p.adapter, { backend: b.backend, settings: DEFAULT_SETTINGS });
      await settle();
      // What a page script that knows the id dispatches.
      const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'linkedin', messageId: 'forged' } }));
      expect(ctx.signal.aborted).toBe(true); // WXT's context believed it
      p.editor.textContent = 'Happy birthday, Anna!';
      send();
      expect(p.sent).toEqual([]); // the guard did not
      expect(card()).toBeDefined();
      expect(runtime.health.snapshot()).toMatchObject({ active: true });
      expect(runtime.health.snapshot().errors.join()).toMatch(/stop request from the page was ignored/);
      runtime.abort();
    });

    it('but steps aside when the extension is really gone, and reports itself inactive', async () => {
      let alive = true;
      const listeners: (() => void)[] = [];
      const ctx = { onInvalidated: (cb: () => void) => (listeners.push(cb), () => undefined) };
      const p = page();
      const reports: unknown[] = [];
      const b = fakeBackend({ reportHealth: (h) => void reports.push(h) });
      runtime = startRuntime(ctx, p.adapter, { backend: b.backend, settings: DEFAULT_SETTINGS, alive: () => alive });
      await settle();
      alive = false;
      listeners.forEach((cb) => cb());
      expect(runtime.life.aborted).toBe(true);
      expect(reports.at(-1)).toMatchObject({ active: false, reasons: ['stopped'] });
      p.editor.textContent = 'Happy birthday, Anna!';
      send();
      expect(p.sent).toEqual(['Happy birthday, Anna!']);
    });
  });

  describe('4: the extension is updated while a card is open', () => {
    it('the card stays and keeps working: "Send anyway" still sends once through the site', async () => {
      let alive = true;
      const p = page();
      const b = fakeBackend({ recordSend: () => { throw new Error('Extension context invalidated.'); } });
      runtime = startTestRuntime(p.adapter, b.backend, { alive: () => alive });
      await settle();
      p.editor.textContent = 'Happy birthday, Anna!';
      send();
      expect(card()).toBeDefined();
      alive = false;
      await tick(2100); // the root poll notices
      expect(runtime.life.aborted).toBe(true);
      expect(card()).toBeDefined();
      button(card()!, 'Send anyway').click();
      await tick(20);
      expect(p.sent).toEqual(['Happy birthday, Anna!']);
      expect(card()).toBeUndefined();
      // Afterwards the site works as without Taktvoll.
      p.editor.textContent = 'Happy birthday again!';
      send();
      expect(p.sent).toHaveLength(2);
    });
  });

  describe('5: a recipient name over 200 characters (a group chat titled with everyone)', () => {
    it('is cut at the edge, so the send is counted and "Don\'t ask again for …" is remembered', async () => {
      const long = `${'Anna, Ben, Cem, Dora, Emil, '.repeat(12)}and Fritz`;
      expect(long.length).toBeGreaterThan(300);
      const p = await held({ recipient: long });
      checkbox(card()!, "Don't ask again for Anna,").click();
      button(card()!, 'Send anyway').click();
      await tick(20);
      expect(p.sent).toHaveLength(1);
      // What the background validates (lib/messaging/schemas): both are accepted.
      expect(() => contentChoiceSchema.parse(p.calls.choices[0])).not.toThrow();
      expect(() => sendEventSchema.parse(p.calls.sends[0])).not.toThrow();
      expect((p.calls.choices[0] as { person: { name: string } }).person.name).toBe(long.slice(0, 200));
    });
  });

  describe('6: "Wipe all data" (or deleting one remembered send) in another tab', () => {
    it('reaches this tab: the cached verdict goes, the background is asked again, no reuse card from wiped history', async () => {
      let reuse: JudgeVerdict['reuse'] = { otherRecipients: 3, similarity: 0.95, windowDays: 60 };
      const p = start({}, DEFAULT_SETTINGS, { judgeDraft: async () => ({ scores: {}, reuse }) });
      await settle();
      type(p.editor, 'Thanks for connecting, let us stay in touch about the conference.');
      await tick(THROTTLE_MS + 50);
      // The background wipes; the tab is told through the data version.
      reuse = null;
      await fakeBrowser.storage.local.set({ [DATA_VERSION_KEY]: Date.now() });
      await tick(50);
      send();
      expect(p.sent).toHaveLength(1);
      expect(card()).toBeUndefined();
      expect(p.calls.prompts).toEqual([]);
    });
  });
});

/** The analyzer's word lists not loaded yet, and the background's answer held back until the test gives it. */
function wordsOnHold() {
  words.hidden = true;
  let answer: (list: unknown) => void = () => undefined;
  const held = {
    asked: 0,
    lexicons: () => (held.asked++, new Promise<unknown>((r) => (answer = r))) as ReturnType<GuardBackend['lexicons']>,
    answer: (list: unknown = [de, en, fr, es, itLx, nl]) => answer(list),
  };
  return held;
}

describe('a click on Send while the word lists are on their way (right after the page loaded)', () => {
  useTestRuntime();
  afterEach(() => {
    words.hidden = false;
  });

  /** A page whose composer the site filled in; the word lists answer when the test says. */
  async function prefilled(text: string, opts: Parameters<typeof page>[0] = {}) {
    const held = wordsOnHold();
    const p = start(opts, DEFAULT_SETTINGS, { lexicons: held.lexicons });
    p.editor.textContent = text;
    await settle(); // the scan finds text in the composer: its session starts and asks for the word lists
    expect(held.asked).toBe(1);
    return { ...p, answer: held.answer };
  }

  it('waits for them: a templated wish is then held by the card, nothing sent', async () => {
    const { sent, calls, answer } = await prefilled('Happy birthday, Anna!');
    send();
    await tick(20);
    expect(sent).toEqual([]);
    expect(card()).toBeUndefined();
    answer();
    await tick(20);
    expect(card()).toBeDefined();
    expect(sent).toEqual([]);
    expect(calls.sends).toEqual([]);
  });

  it('a clean draft waits the same way, then goes out once through the site’s own control (a second click meanwhile is part of it)', async () => {
    const { sent, calls, answer } = await prefilled('See you tomorrow at the fair');
    send();
    send();
    expect(sent).toEqual([]);
    answer();
    await tick(20);
    expect(sent).toEqual(['See you tomorrow at the fair']);
    expect(card()).toBeUndefined();
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'clean' })]);
    await tick(SAME_ATTEMPT_MS);
    expect(sent).toHaveLength(1);
  });

  it('a quick-reply chip waits too, and its canned wish is held', async () => {
    const chip = document.createElement('button');
    chip.textContent = 'Happy birthday!';
    const clicked: string[] = [];
    chip.addEventListener('click', () => clicked.push(chip.textContent ?? ''));
    const { answer } = await prefilled('', { chips: [chip] });
    document.body.append(chip);
    click(chip);
    expect(clicked).toEqual([]);
    answer();
    await tick(20);
    expect(card()).toBeDefined();
    expect(clicked).toEqual([]);
  });

  it('Enter waits too: a clean draft then goes out once by the site’s own Enter, a templated wish is held', async () => {
    const { editor, sent, answer } = await prefilled('See you tomorrow at the fair', { enterSends: true });
    expect(enter(editor)).toBe(false); // cancelled: the site does not see this Enter
    expect(sent).toEqual([]);
    answer();
    await tick(20);
    expect(sent).toEqual(['See you tomorrow at the fair']);
    await tick(SAME_ATTEMPT_MS);
    type(editor, 'Happy birthday, Anna!');
    enter(editor);
    await tick(20);
    expect(card()).toBeDefined();
    expect(sent).toHaveLength(1);
  });

  it('a draft written on while it waited is not sent: the user is still writing, and the text stays', async () => {
    const { editor, sent, calls, answer } = await prefilled('See you', { enterSends: true });
    enter(editor);
    editor.textContent = 'See you tomorrow at the fair';
    answer();
    await tick(20);
    expect(sent).toEqual([]);
    expect(calls.sends).toEqual([]);
    expect(editor.textContent).toBe('See you tomorrow at the fair');
  });

  it('when the background does not answer, the click goes out after the wait (fail open, a moment late)', async () => {
    const { sent, calls } = await prefilled('Happy birthday, Anna!');
    send();
    await tick(WORDS_WAIT_MS - 300);
    expect(sent).toEqual([]);
    await tick(500);
    expect(sent).toEqual(['Happy birthday, Anna!']);
    expect(card()).toBeUndefined();
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'clean' })]);
  });

  it('a request that fails (the background cannot be reached) ends the wait at once: the click goes out', async () => {
    const { sent, answer } = await prefilled('Happy birthday, Anna!');
    send();
    expect(sent).toEqual([]);
    answer(null);
    await tick(20);
    expect(sent).toEqual(['Happy birthday, Anna!']);
    expect(card()).toBeUndefined();
  });
});

describe('a page nobody has used yet (content scripts start this way)', () => {
  useTestRuntime();
  afterEach(() => {
    runtime?.abort(); // started as content scripts start it, not by startTestRuntime
    words.hidden = false;
  });

  /** The runtime as a content script starts it, over a composer the site filled in; the word lists answer when the test says. */
  function loaded(opts: Parameters<typeof page>[0] = {}) {
    const held = wordsOnHold();
    const p = page(opts);
    p.editor.textContent = 'Happy birthday, Anna!';
    const asked: string[] = [];
    const b = fakeBackend({
      tonedRules: async () => (asked.push('toned'), []),
      lexicons: () => (asked.push('lexicons'), held.lexicons()),
    });
    const ctx = { onInvalidated: () => () => undefined };
    runtime = startRuntime(ctx, p.adapter, { backend: b.backend, settings: DEFAULT_SETTINGS });
    return { ...p, ...b, asked, answer: held.answer };
  }
  const press = (el: Element, init: PointerEventInit = {}) => el.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true, ...init })));

  it('costs no scan and no request while nobody uses it; synthetic events do not count as use', async () => {
    const { editor, asked } = loaded();
    editor.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    editor.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await tick(300);
    expect(asked).toEqual([]);
    expect(runtime!.health.snapshot().composers).toBe(0);
    expect(runtime!.observed(document)).toBe(false);
  });

  it('the first press anywhere wakes it: the page is scanned at once as the adapter’s first look, observed, the draft judged', async () => {
    const { asked, adapter } = loaded();
    const looks: number[] = [];
    adapter.firstLook = (look) => {
      looks.push(runtime!.health.snapshot().composers);
      look();
      looks.push(runtime!.health.snapshot().composers);
    };
    press(document.body);
    expect(looks).toEqual([0, 1]); // found inside the look, before the site sees the press
    expect(runtime!.observed(document)).toBe(true);
    press(document.body);
    expect(looks).toHaveLength(2); // once
    await vi.waitFor(() => expect(asked).toEqual(['toned', 'lexicons']), { timeout: 3000, interval: 20 });
    expect(runtime!.health.snapshot().composers).toBe(1);
  });

  it('a key (an input method’s too) or a wheel turn wakes it as well', async () => {
    loaded();
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Process', keyCode: 229, isComposing: true, bubbles: true, composed: true })));
    expect(runtime!.observed(document)).toBe(true);
    runtime!.abort();
    loaded();
    window.dispatchEvent(trusted(new WheelEvent('wheel', { deltaY: 40 })));
    expect(runtime!.observed(document)).toBe(true);
  });

  it('a click on Send as the very first use (assistive technology clicks without a press) is still decided: the templated wish is held', async () => {
    const { sent, calls, answer } = loaded();
    send();
    expect(sent).toEqual([]); // held while the word lists are on their way
    answer();
    await tick(20);
    expect(card()).toBeDefined();
    expect(sent).toEqual([]);
    expect(calls.sends).toEqual([]);
  });

  it('Enter as the very first use (an autofocused composer) is decided the same way', async () => {
    const { editor, sent, answer } = loaded({ enterSends: true });
    expect(enter(editor)).toBe(false); // the site does not see this Enter
    answer();
    await tick(20);
    expect(card()).toBeDefined();
    expect(sent).toEqual([]);
  });

  it('a page on screen for a while is being read: it is looked at then, at an idle moment; a tab in the background waits until it is shown', () => {
    vi.useFakeTimers();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      loaded();
      vi.advanceTimersByTime(READ_AFTER_MS * 3);
      expect(runtime!.observed(document)).toBe(false);
      visibility.mockReturnValue('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      vi.advanceTimersByTime(READ_AFTER_MS - 1);
      expect(runtime!.observed(document)).toBe(false);
      visibility.mockReturnValue('hidden'); // switched away before it was read: the time starts again
      document.dispatchEvent(new Event('visibilitychange'));
      visibility.mockReturnValue('visible');
      document.dispatchEvent(new Event('visibilitychange'));
      vi.advanceTimersByTime(READ_AFTER_MS - 1);
      expect(runtime!.observed(document)).toBe(false);
      vi.advanceTimersByTime(1001);
      expect(runtime!.observed(document)).toBe(true);
      expect(runtime!.health.snapshot().composers).toBe(1);
    } finally {
      visibility.mockRestore();
      vi.useRealTimers();
    }
  });

  it('the popup asking how this frame is wakes it and scans at once, so the answer counts the composer', () => {
    loaded();
    expect(runtime!.health.snapshot().composers).toBe(0);
    runtime!.wake(true);
    expect(runtime!.health.snapshot().composers).toBe(1);
  });
});

describe('prompt fatigue at send time (the guard installs the chooser; decide quiets a rule)', () => {
  const DAY = 86_400_000;
  // The stub fingerprint sketches a text by its length: same length = same draft, another = changed.
  const sketchOf = (text: string) => ({ minhash: [text.length], size: 1 });
  const wish = 'Happy birthday, Anna!';
  const info = (cards: ComposerInfo['cards']): ComposerInfo => ({ trusted: false, contacted: true, budgetLeft: 5, promptsToday: 0, ...(cards ? { cards } : {}) });

  useTestRuntime();

  it('the first card for a person is the full one and is recorded with the draft\'s sketch (no text); "Keep editing" is counted', async () => {
    const { editor, calls } = start();
    await settle();
    editor.textContent = wish;
    send();
    expect(card()!.querySelector('dialog')?.classList.contains('compact')).toBe(false);
    expect(calls.prompts).toEqual([{ site: 'linkedin', outcome: 'shown', rules: ['templated-greeting'], person: { site: 'linkedin', key: 'anna', name: 'Anna Example' }, sketch: sketchOf(wish) }]);
    button(card()!, 'Keep editing').click();
    expect(calls.prompts[1]).toEqual({ site: 'linkedin', outcome: 'kept-editing', rules: ['templated-greeting'] });
  });

  it('same person, same rule, same draft within the period: no card, the send goes through (the badge only), counted as no card\'s send', async () => {
    const { editor, sent, calls } = start({}, DEFAULT_SETTINGS, { composerInfo: async () => info([{ rule: 'templated-greeting', at: Date.now() - DAY, sketch: sketchOf(wish) }]) });
    await settle();
    type(editor, wish);
    await tick(20);
    send();
    expect(card()).toBeUndefined();
    expect(sent).toEqual([wish]);
    expect(calls.prompts).toEqual([]);
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'unheld', rules: ['templated-greeting'] })]);
    expect(sendEventSchema.parse(calls.sends[0])).toMatchObject({ outcome: 'unheld' });
  });

  it('a substantially changed draft gets the card again, compact', async () => {
    const recent = start({}, DEFAULT_SETTINGS, { composerInfo: async () => info([{ rule: 'templated-greeting', at: Date.now() - DAY, sketch: sketchOf(wish) }]) });
    await settle();
    type(recent.editor, `${wish} How was the marathon?`);
    await tick(20);
    send();
    expect(recent.sent).toEqual([]);
    expect(card()!.querySelector('dialog')?.classList.contains('compact')).toBe(true);
  });

  it('the same draft after the period gets the full card again', async () => {
    const old = start({}, DEFAULT_SETTINGS, { composerInfo: async () => info([{ rule: 'templated-greeting', at: Date.now() - 15 * DAY, sketch: sketchOf(wish) }]) });
    await settle();
    type(old.editor, wish);
    await tick(20);
    send();
    expect(old.sent).toEqual([]);
    expect(card()!.querySelector('dialog')?.classList.contains('compact')).toBe(false);
  });

  it('in one tab: after "Keep editing", the unchanged draft is not held a second time; the send answers the card', async () => {
    const { editor, sent, calls } = start();
    await settle();
    type(editor, wish);
    await tick(20);
    send();
    button(card()!, 'Keep editing').click();
    send();
    expect(card()).toBeUndefined();
    expect(sent).toEqual([wish]);
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'sent-as-is', card: { rules: ['templated-greeting'], via: 'keep-editing' } })]);
  });

  it('"Send anyway" tells the background which card it answers', async () => {
    const { editor, calls } = start();
    await settle();
    editor.textContent = wish;
    send();
    button(card()!, 'Send anyway').click();
    await tick(20);
    expect(calls.sends).toEqual([expect.objectContaining({ outcome: 'sent-as-is', card: { rules: ['templated-greeting'], via: 'send-anyway' } })]);
  });

  it('a toned-down rule holds nothing, even for an unknown recipient; "Ask again" elsewhere reaches this tab', async () => {
    let toned: RuleId[] = ['templated-greeting'];
    const asked: number[] = [];
    const p = start({ recipient: '' }, DEFAULT_SETTINGS, { tonedRules: async () => (asked.push(1), toned), composerInfo: async () => null });
    p.adapter.readContext = () => ({ firstMessage: false });
    await settle();
    type(p.editor, wish);
    await tick(20);
    send();
    expect(card()).toBeUndefined();
    expect(p.sent).toEqual([wish]);
    // Restored in the popup: the background bumps the data version, the tab asks again and holds.
    toned = [];
    await fakeBrowser.storage.local.set({ [DATA_VERSION_KEY]: Date.now() });
    await tick(50);
    expect(asked.length).toBeGreaterThanOrEqual(2);
    type(p.editor, wish);
    await tick(SAME_ATTEMPT_MS);
    send();
    expect(card()).toBeDefined();
    expect(p.sent).toHaveLength(1);
  });

  it('when the background does not answer: the full card (nothing is toned down on a guess), and the send is not swallowed', async () => {
    const { editor, sent } = start({}, DEFAULT_SETTINGS, { tonedRules: async () => null, composerInfo: async () => null });
    await settle();
    editor.textContent = wish;
    send();
    expect(card()!.querySelector('dialog')?.classList.contains('compact')).toBe(false);
    button(card()!, 'Send anyway').click();
    expect(sent).toEqual([wish]);
  });

  it('decide: a quieted rule lets the send through as no card\'s send; a fatigue check that throws holds it (the full card)', () => {
    const finding: Finding = { rule: 'templated-greeting', severity: 'warn', confidence: 0.93, spans: [[0, 14]], message: { key: 'composer_rule_templated_greeting' }, questions: [] };
    const base = { now: 10_000, text: () => wish, findings: () => [finding], sensitivity: 0.5, budgetLeft: 5, card: 'none' as const, releaseUntil: 0, passedAt: 0, approved: null, pending: null };
    expect(decide({ ...base, quiet: () => true })).toEqual({ kind: 'send', outcome: 'unheld', findings: [finding] });
    expect(decide({ ...base, quiet: () => false }).kind).toBe('hold');
    expect(decide({ ...base, quiet: () => { throw new Error('broken'); } }).kind).toBe('hold');
    // Keep editing, then the same text: quiet, and the send answers that card.
    expect(decide({ ...base, quiet: () => true, pending: { text: wish, rules: ['templated-greeting'] } })).toMatchObject({ kind: 'send', outcome: 'sent-as-is', card: { via: 'keep-editing' } });
  });

  it('the guard removes its chooser when its lifetime ends', async () => {
    start();
    await settle();
    const input = { site: 'linkedin' as const, person: null, rules: ['templated-greeting' as const], info: info([{ rule: 'templated-greeting', at: Date.now(), sketch: sketchOf(wish) }]), shownToday: 1, now: Date.now() };
    expect(chooseCardVariant(input)).toBe('compact');
    stopTestRuntimes();
    expect(chooseCardVariant(input)).toBe('full');
  });
});
