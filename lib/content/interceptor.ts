/**
 * The one interceptor: it owns every capture-phase listener the runtime has, registered on the
 * window at document_start (ahead of the site's own), and hands each event to the features in
 * registry order. One IME check for everyone: a keydown that belongs to an input-method
 * composition (isComposing, keyCode 229, or the trailing Enter some engines send right after
 * compositionend) never reaches a feature. Untrusted (synthetic) events never do either, except
 * `input`, which only asks for a fresh look at the draft.
 *
 * A handler returns true to cancel the event before the site sees it. A throwing handler is
 * reported and skipped: the site gets its event (fail open).
 */
import type { SiteAdapter } from '../sites/types';
import { deepTarget } from './dom';
import type { Lifetime } from './lifetime';

export interface InterceptHandlers {
  keydown?(e: KeyboardEvent): boolean;
  keyup?(e: KeyboardEvent): boolean;
  click?(e: MouseEvent): boolean;
  submit?(e: Event): boolean;
  input?(e: Event): void;
  /** Return true to keep the focus event from the site's own listeners (e.g. a focus trap). */
  focusin?(e: FocusEvent): boolean;
  /** The page scrolled or the window was resized. */
  viewport?(): void;
}

/** Enter right after compositionend is the IME committing, not a send. */
const AFTER_COMPOSITION_MS = 40;

export function isImeKey(e: KeyboardEvent, lastCompositionEnd: number): boolean {
  return e.isComposing || e.keyCode === 229 || performance.now() - lastCompositionEnd < AFTER_COMPOSITION_MS;
}

export class Interceptor {
  private readonly handlers: { id: string; h: InterceptHandlers }[] = [];
  private lastCompositionEnd = -Infinity;
  private readonly life: Lifetime;
  private readonly onError: (where: string, err: unknown) => void;
  private readonly win: Window;
  /** Run once at the user's first use of the page (see `wakeOnUse`), then dropped. */
  private wake: { fn: () => void; life: Lifetime } | null = null;

  constructor(win: Window, life: Lifetime, onError: (where: string, err: unknown) => void) {
    this.life = life;
    this.onError = onError;
    this.win = win;
    const capture = { capture: true };
    life.listen<KeyboardEvent>(win, 'keydown', (e) => {
      this.used(e);
      if (e.isTrusted && !isImeKey(e, this.lastCompositionEnd)) this.dispatch('keydown', e);
    }, capture);
    life.listen<KeyboardEvent>(win, 'keyup', (e) => {
      if (e.isTrusted) this.dispatch('keyup', e);
    }, capture);
    life.listen<MouseEvent>(win, 'click', (e) => {
      this.used(e);
      if (e.isTrusted) this.dispatch('click', e);
    }, capture);
    life.listen(win, 'submit', this.onSubmit, capture);
    life.listen(win, 'input', (e) => {
      this.used(e);
      this.dispatch('input', e);
    }, capture);
    life.listen(win, 'compositionend', () => {
      this.lastCompositionEnd = performance.now();
    }, capture);
    life.listen<FocusEvent>(win, 'focusin', (e) => this.dispatch('focusin', e), capture);
    life.listen(win, 'scroll', () => this.dispatch('viewport'), { capture: true, passive: true });
    life.listen(win, 'resize', () => this.dispatch('viewport'), { passive: true });
  }

  /**
   * Call `fn` once, before any feature sees the event, when the user first uses the page: a
   * pointer press, a key (an input method's too), a wheel turn, a click (assistive technology
   * clicks without pressing) or input. Synthetic events never count.
   */
  wakeOnUse(fn: () => void): void {
    const life = this.life.child();
    this.wake = { fn, life };
    const opts = { capture: true, passive: true };
    for (const type of ['pointerdown', 'touchstart', 'wheel']) life.listen(this.win, type, (e) => this.used(e), opts);
  }

  private used(e: Event): void {
    if (!this.wake || !e.isTrusted) return;
    const { fn, life } = this.wake;
    this.wake = null;
    life.abort('used');
    try {
      fn();
    } catch (err) {
      this.onError('wake', err);
    }
  }

  private readonly onSubmit = (e: Event): void => {
    if (e.isTrusted) this.dispatch('submit', e);
  };

  /** Features, in the order they see events (the registry's order). */
  register(id: string, handlers: InterceptHandlers): void {
    this.handlers.push({ id, h: handlers });
  }

  /** submit does not cross shadow boundaries: listen inside a shadow root the adapter names, too. */
  watchRoot(root: ShadowRoot): void {
    this.life.listen(root, 'submit', this.onSubmit, { capture: true });
  }

  private dispatch(type: keyof InterceptHandlers, e?: Event): void {
    for (const { id, h } of this.handlers) {
      const fn = h[type] as ((e?: Event) => unknown) | undefined;
      if (!fn) continue;
      let take: unknown = false;
      try {
        take = fn.call(h, e);
      } catch (err) {
        this.onError(`${id}:${type}`, err);
        continue;
      }
      if (take === true && e) {
        if (type === 'focusin') e.stopImmediatePropagation();
        else {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
        return;
      }
    }
  }
}

/** What a click opens next (a catch-up "Message" link, an "Invite" control) is the adapter's to remember. */
export function adapterClicks(adapter: SiteAdapter): InterceptHandlers {
  return {
    click: (e) => {
      const target = deepTarget(e);
      if (target instanceof Element) adapter.noteClick(target);
      return false;
    },
  };
}
