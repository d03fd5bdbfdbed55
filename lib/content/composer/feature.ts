/**
 * The composer guard: an entry per composer the adapter finds, and what the interceptor hands
 * it — Enter in a composer, a click (or keyboard activation) of a send control or quick-reply
 * chip, a form submit — decided synchronously by the session it belongs to.
 *
 * A composer nobody writes in costs only its entry (prompt fatigue's one request per page, and the
 * relationship memory's thread reads, at idle): its session — draft, cue, judge, recipient — starts
 * when the composer is engaged: focused, typed in, holding text (a pre-filled draft), offering
 * quick-reply chips, or used to send.
 */
import { lexiconsLoaded, useLexicons, warmUp } from '../../analysis/core';
import type { Composer, SiteAdapter } from '../../sites/types';
import { deepContains, deepTarget, pathHit } from '../dom';
import type { Feature, FeatureDefinition, RuntimeHost } from '../features';
import type { Lifetime } from '../lifetime';
import type { SendPath } from './release';
import { PromptFatigue } from './fatigue';
import { ComposerSession } from './session';
import { ThreadReporter } from './thread';

type Controls = ReturnType<SiteAdapter['sendControls']>;

const isEditable = (t: EventTarget | null): t is HTMLElement => t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'TEXTAREA');

/** A composer the adapter found; `session` once it is engaged. */
interface Entry {
  composer: Composer;
  life: Lifetime;
  thread: ThreadReporter;
  session: ComposerSession | null;
}

export class ComposerGuard implements Feature {
  readonly id = 'composer-guard';
  readonly composers = new Map<HTMLElement, Entry>();
  private readonly host: RuntimeHost;
  private readonly life: Lifetime;
  /** Prompt fatigue: which rules are toned down; installs the card-variant chooser while the guard lives. */
  private readonly fatigue: PromptFatigue;

  constructor(host: RuntimeHost, life: Lifetime) {
    this.host = host;
    this.life = life;
    this.fatigue = new PromptFatigue(life, host.backend);
    // The runtime ends (an update): sessions end, an open card stays and keeps working.
    life.onAbort(() => {
      for (const { session } of this.composers.values()) session?.end('runtime');
      this.composers.clear();
    });
  }

  count(): number {
    return this.composers.size;
  }

  /** Typing in an engaged composer needs no scan (in one not yet engaged, a change may be the site's pre-fill). */
  quiet(node: Node): boolean {
    for (const [editor, entry] of this.composers) if (entry.session && editor.contains(node)) return true;
    return false;
  }

  /** The engaged sessions. */
  private *sessions(): Generator<ComposerSession> {
    for (const { session } of this.composers.values()) if (session) yield session;
  }

  /** Start the composer's session (once): the user is about to write, or the site wrote for them. */
  private engage(entry: Entry): ComposerSession {
    entry.session ??= new ComposerSession(entry.composer, this.host, entry.life, this.fatigue, entry.thread, () => this.wordsOnTheirWay());
    return entry.session;
  }

  scan(roots: (Document | ShadowRoot)[]): void {
    const found = new Set<HTMLElement>();
    for (const root of roots) {
      for (const composer of this.host.adapter.findComposers(root)) {
        found.add(composer.editor);
        if (this.composers.has(composer.editor)) continue;
        const life = this.life.child();
        // The thread the user opened tells the relationship memory what it shows (days and directions), at idle.
        const thread = new ThreadReporter(this.host, life, () => this.host.adapter.readContext(composer));
        this.composers.set(composer.editor, { composer, life, thread, session: null });
        // A page nobody writes on never asks; the first composer does (one small request, which also
        // wakes the background before a quick click on a pre-filled draft or a chip needs it).
        this.fatigue.wake();
      }
    }
    for (const [editor, entry] of this.composers) {
      if (!found.has(editor) || !editor.isConnected) {
        entry.session?.end('gone');
        entry.life.abort('composer gone');
        this.composers.delete(editor);
        continue;
      }
      entry.session?.position();
      // A draft the site filled in (a birthday dialog, a body= link), or a quick-reply chip that
      // sends canned text in one click, is judged before anyone types (the word lists asked again
      // until the background answered).
      if ((!entry.session || !lexiconsLoaded()) && this.judgedUnfocused(entry.composer)) {
        this.engage(entry);
        this.loadLexicons();
      }
    }
  }

  private lexiconRequest: Promise<void> | null = null;

  private judgedUnfocused(composer: Composer): boolean {
    return /\S/.test(this.host.adapter.readText(composer)) || this.host.adapter.sendControls(composer).chips.length > 0;
  }

  /**
   * The analyzer's word lists come from the background (they are not in the content script) when
   * a composer holds text, offers quick-reply chips or is focused — a page nobody writes on never asks; the phrase index is
   * built on the first focus. A send while they are on their way waits for them (./wait.ts); once
   * a request failed, drafts are judged as clean and sends pass. Asked again on the next scan,
   * focus or keystroke if the background could not answer.
   */
  private loadLexicons(): void {
    if (lexiconsLoaded() || this.lexiconRequest) return;
    this.lexiconRequest = this.host.backend.lexicons().then((list) => {
      if (!useLexicons(list)) this.lexiconRequest = null;
      else if (!this.life.aborted) for (const session of this.sessions()) session.refresh();
    });
  }

  /** The word lists' request while it is on its way (null once they are in, or when none is). */
  private wordsOnTheirWay(): Promise<void> | null {
    return lexiconsLoaded() ? null : this.lexiconRequest;
  }

  settingsChanged(): void {
    // A new rule, a switched-off check or a new sensitivity applies to open drafts right away.
    for (const session of this.sessions()) session.refresh();
  }

  dataChanged(): void {
    this.fatigue.refresh(false);
    for (const session of this.sessions()) session.forget();
  }

  /** The session of the composer `target` is in, started if it was not yet (the user is in it). */
  private sessionFor(target: EventTarget | null): ComposerSession | null {
    if (!(target instanceof Node)) return null;
    for (const [editor, entry] of this.composers) if (deepContains(editor, target)) return this.engage(entry);
    return null;
  }

  /** Which composer's send control (or chip) the event went through, if any. */
  private controlHit(e: Event): { session: ComposerSession; path: SendPath } | null {
    for (const entry of this.composers.values()) {
      const controls: Controls = this.host.adapter.sendControls(entry.composer);
      const button = pathHit(e, controls.buttons);
      if (button) return { session: this.engage(entry), path: { kind: 'click', el: button } };
      const chipEl = pathHit(
        e,
        controls.chips.map((c) => c.el),
      );
      const chip = chipEl && controls.chips.find((c) => c.el === chipEl);
      if (chip) return { session: this.engage(entry), path: { kind: 'chip', el: chip.el, text: chip.text } };
    }
    return null;
  }

  readonly intercept = {
    keydown: (e: KeyboardEvent): boolean => {
      if (e.key === 'Tab') {
        // Keyboard path to the cue: right after the composer, before the site's Send.
        if (e.shiftKey || e.ctrlKey || e.metaKey || e.altKey || !this.host.active()) return false;
        return this.sessionFor(deepTarget(e))?.focusCue() ?? false;
      }
      if ((e.key !== 'Enter' && e.key !== ' ') || !this.host.active()) return false;
      const target = deepTarget(e);
      let session = this.sessionFor(target);
      // A composer that appeared a moment ago (pasted into and sent at once): scan before judging.
      if (!session && isEditable(target) && this.host.scanNowIfPending()) session = this.sessionFor(target);
      if (session) {
        if (e.key !== 'Enter') return false;
        const controls = this.host.adapter.sendControls(session.composer);
        const mod = e.ctrlKey || e.metaKey;
        const sends = mod ? controls.modEnterSends : !e.shiftKey && !e.altKey && controls.enterSends;
        if (sends) return session.attempt({ kind: 'enter', mod });
        // Not a send, but the card is modal: the composer gets no keys while it asks.
        return session.cardShowing();
      }
      // Keyboard activation of a send control that is not a real <button> (div[role=button]).
      if (!(target instanceof Element) || !target.closest('[role="button"], button')) return false;
      const hit = this.controlHit(e);
      if (!hit || (hit.path.kind === 'click' && hit.path.el instanceof HTMLButtonElement)) return false;
      return hit.session.attempt(hit.path);
    },
    click: (e: MouseEvent): boolean => {
      if (!this.host.active()) return false;
      let hit = this.controlHit(e);
      if (!hit && this.host.scanNowIfPending()) hit = this.controlHit(e);
      return hit ? hit.session.attempt(hit.path) : false;
    },
    submit: (e: Event): boolean => {
      if (!this.host.active() || !(e.target instanceof HTMLFormElement)) return false;
      for (const entry of this.composers.values()) {
        if (this.host.adapter.sendControls(entry.composer).form === e.target) return this.engage(entry).attempt({ kind: 'submit', form: e.target });
      }
      return false;
    },
    /** Every keystroke passes here: only find the session and poke it. */
    input: (e: Event): void => {
      if (this.composers.size === 0) return;
      const session = this.sessionFor(deepTarget(e));
      if (!session) return;
      this.loadLexicons();
      session.onInput();
    },
    /** Focus entering an unobserved shadow root (a modal in a late root): scan now, before the user sends. */
    focusin: (e: FocusEvent): boolean => {
      if (!this.host.active()) return false;
      const target = deepTarget(e);
      if (!(target instanceof Node)) return false;
      const root = target.getRootNode();
      if (root instanceof ShadowRoot && !this.host.observed(root)) this.host.scan();
      else if (!this.sessionFor(target) && isEditable(target)) this.host.scheduleScan(0);
      // The user is about to write: build the analyzer's index now, not on page load or the first key.
      if (isEditable(target) && this.composers.size > 0) {
        this.loadLexicons();
        this.life.timeout(warmUp, 0);
      }
      return false;
    },
    viewport: (): void => {
      for (const session of this.sessions()) session.position();
    },
  };
}

export const composerGuard: FeatureDefinition = {
  id: 'composer-guard',
  enabled: () => true,
  create: (host, life) => new ComposerGuard(host, life),
};
