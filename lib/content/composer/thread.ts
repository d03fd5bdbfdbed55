/**
 * What the thread a composer belongs to tells the relationship memory (issue 12): the days and
 * directions the page shows, never text. Read whenever a draft is read and, for a thread the user
 * only reads, a few times after its composer appeared, at idle moments: not during the page's
 * start-up (it is background work, and a thread's events hydrate late anyway — up to ~10 s after
 * a cold load, research/dom-2026.md §1). Sent only when it changed, and never while the
 * relationship memory is switched off.
 */
import type { ComposerContext } from '../../sites/types';
import type { RuntimeHost } from '../features';
import type { Lifetime } from '../lifetime';
import { threadSeen } from './context';

/** When a new composer's thread is read (then at the next idle moment, at most IDLE_WAIT_MS later). */
export const THREAD_READS_MS = [3_000, 6_000, 11_000];
const IDLE_WAIT_MS = 2_000;

export class ThreadReporter {
  private told = '';
  private readonly host: RuntimeHost;
  private readonly life: Lifetime;
  private readonly read: () => ComposerContext;

  constructor(host: RuntimeHost, life: Lifetime, read: () => ComposerContext) {
    this.host = host;
    this.life = life;
    this.read = read;
    for (const ms of THREAD_READS_MS) life.timeout(() => life.idle(() => this.tell(), IDLE_WAIT_MS), ms);
  }

  /** Tell the background what the thread shows now (`ctx`: already read by the caller). */
  tell(ctx?: ComposerContext): void {
    if (this.life.aborted || !this.host.settings().relationship.enabled) return;
    try {
      const seen = threadSeen(this.host.adapter.site, ctx ?? this.read());
      if (!seen) return;
      const told = JSON.stringify(seen);
      if (told === this.told) return;
      this.told = told;
      this.host.backend.recordThread(seen);
    } catch (err) {
      this.host.onError('thread', err);
    }
  }
}
