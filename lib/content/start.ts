/**
 * How every content script starts the runtime: its lifetime derived from WXT's context (a forged
 * stop is ignored and reported), the popup's questions answered, and the page looked at only once
 * it is in use — from the user's first press, key, wheel turn, click or input (Interceptor.wakeOnUse;
 * a Send or Enter that is the first use wakes the runtime before any feature sees it, and is
 * judged), or once it has been on screen for READ_AFTER_MS (someone is reading it: the relationship
 * memory's thread read), or when the popup asks. Until then a page's load costs the script's
 * evaluation and reading the settings; a tab opened in the background costs nothing more.
 */
import type { Known } from '../sites/kit/diagnostic';
import type { SiteAdapter } from '../sites/types';
import { answerDiagnostic } from './diagnostic';
import { answerHealthRequests } from './health';
import { runtimeLifetime, type ContextLike, type Lifetime } from './lifetime';
import { Runtime, type RuntimeOptions } from './runtime';

/** A page on screen this long is being read, even if nobody presses anything. */
export const READ_AFTER_MS = 3000;

/** Call `wake` at an idle moment once the document has been visible for READ_AFTER_MS in a row (unless `awake` already). */
function wakeWhenRead(life: Lifetime, doc: Document, awake: () => boolean, wake: () => void): void {
  let cancel = () => {};
  const arm = () => {
    cancel();
    if (doc.visibilityState === 'visible' && !awake()) cancel = life.timeout(() => (cancel = life.idle(wake, 1000)), READ_AFTER_MS);
  };
  life.listen(doc, 'visibilitychange', arm);
  arm();
}

/** Entry point used by the content scripts; `known`: what the site's diagnostic may show verbatim. */
export function startRuntime(ctx: ContextLike, adapter: SiteAdapter, opts: Pick<RuntimeOptions, 'backend' | 'settings' | 'alive'> & { known?: () => Known } = {}): Runtime {
  const ref: { runtime?: Runtime } = {};
  // A page script can forge WXT's "a newer copy started" event: keep guarding, and say so.
  const ignored = () => ref.runtime?.onError('lifetime', new Error('a stop request from the page was ignored: the extension is still running'));
  const life = runtimeLifetime(ctx, { alive: opts.alive, onIgnoredStop: ignored });
  ref.runtime = new Runtime(adapter, { ...opts, life, alive: () => life.alive() });
  // A popup opened before the first report (or before the page was used: it scans first).
  if (!opts.backend) answerHealthRequests(life, ref.runtime.health, () => ref.runtime?.wake(true));
  if (opts.known) life.onAbort(answerDiagnostic(window, adapter, opts.known));
  wakeWhenRead(life, document, () => ref.runtime?.observed(document) ?? true, () => ref.runtime?.wake(true));
  return ref.runtime.start({ untilUsed: true });
}
