/**
 * One lifetime for everything the content runtime does: an AbortSignal that every listener,
 * observer, timer and mounted UI takes, so `abort()` ends all of it at once.
 *
 * The root lifetime is derived from WXT's content-script context, with one difference: WXT aborts
 * its context on a DOM event ("a newer copy of this script started") that any page script can
 * forge once it knows the extension id. We abort only when the extension is really gone (its
 * runtime id is no longer there: updated, reloaded or removed) and otherwise keep guarding and
 * say so in the health report.
 */
import { browser } from 'wxt/browser';

export interface Lifetime {
  readonly signal: AbortSignal;
  readonly aborted: boolean;
  abort(reason?: string): void;
  /** A lifetime that ends with this one, or earlier on its own. */
  child(): Lifetime;
  timeout(fn: () => void, ms: number): () => void;
  interval(fn: () => void, ms: number): () => void;
  frame(win: Window, fn: () => void): () => void;
  /** Run when the page's main thread is idle (at most `timeoutMs` later); plain timeout where idle callbacks are missing. */
  idle(fn: () => void, timeoutMs: number): () => void;
  listen<E extends Event = Event>(target: EventTarget, type: string, fn: (e: E) => void, opts?: { capture?: boolean; passive?: boolean }): void;
  onAbort(fn: () => void): void;
}

export function createLifetime(parent?: AbortSignal): Lifetime {
  const controller = new AbortController();
  const signal = controller.signal;
  const life: Lifetime = {
    signal,
    get aborted() {
      return signal.aborted;
    },
    abort: (reason = 'aborted') => {
      if (!signal.aborted) controller.abort(reason);
    },
    child: () => createLifetime(signal),
    timeout(fn, ms) {
      if (signal.aborted) return () => undefined;
      const id = setTimeout(fn, ms);
      const clear = () => clearTimeout(id);
      signal.addEventListener('abort', clear, { once: true });
      return () => {
        clear();
        signal.removeEventListener('abort', clear);
      };
    },
    interval(fn, ms) {
      if (signal.aborted) return () => undefined;
      const id = setInterval(fn, ms);
      const clear = () => clearInterval(id);
      signal.addEventListener('abort', clear, { once: true });
      return () => {
        clear();
        signal.removeEventListener('abort', clear);
      };
    },
    frame(win, fn) {
      if (signal.aborted) return () => undefined;
      const id = win.requestAnimationFrame(fn);
      const clear = () => win.cancelAnimationFrame(id);
      signal.addEventListener('abort', clear, { once: true });
      return () => {
        clear();
        signal.removeEventListener('abort', clear);
      };
    },
    idle(fn, timeoutMs) {
      if (signal.aborted) return () => undefined;
      if (typeof globalThis.requestIdleCallback !== 'function') return life.timeout(fn, 0);
      const id = globalThis.requestIdleCallback(fn, { timeout: timeoutMs });
      const clear = () => globalThis.cancelIdleCallback(id);
      signal.addEventListener('abort', clear, { once: true });
      return () => {
        clear();
        signal.removeEventListener('abort', clear);
      };
    },
    listen(target, type, fn, opts = {}) {
      if (signal.aborted) return;
      target.addEventListener(type, fn as EventListener, { ...opts, signal });
    },
    onAbort(fn) {
      if (signal.aborted) fn();
      else signal.addEventListener('abort', fn, { once: true });
    },
  };
  if (parent) {
    if (parent.aborted) controller.abort(parent.reason);
    else parent.addEventListener('abort', () => life.abort(String(parent.reason ?? 'aborted')), { once: true, signal });
  }
  return life;
}

/** Whether this extension is still installed and running (false after an update, reload or removal). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** What the runtime's root lifetime needs from WXT's ContentScriptContext. */
export interface ContextLike {
  onInvalidated(cb: () => void): () => void;
}

/**
 * The runtime's root lifetime: ends when the extension is really gone. `onIgnoredStop` is told
 * when the context was aborted although the extension still runs (a forged "newer script" event).
 */
export function runtimeLifetime(ctx: ContextLike, opts: { alive?: () => boolean; onIgnoredStop?: () => void } = {}): Lifetime & { alive(): boolean } {
  const alive = opts.alive ?? extensionAlive;
  const life = createLifetime();
  ctx.onInvalidated(() => {
    if (!alive()) life.abort('extension gone');
    else opts.onIgnoredStop?.();
  });
  return Object.assign(life, {
    /** Cheap: checked on use, so a runtime whose extension went away steps aside at once. */
    alive(): boolean {
      if (life.aborted) return false;
      if (alive()) return true;
      life.abort('extension gone');
      return false;
    },
  });
}
