/**
 * One background request per draft state: the learned layer's scores and the send-memory match
 * for (text, context). Asked on input with a leading edge (the first input of a burst goes out at
 * once), then at most every THROTTLE_MS, plus a trailing request; and again when the context
 * changes. The last verdict is kept, keyed by (text, context): its scores are used only when it
 * matches the draft exactly; its send-memory match also while only the rest of the context moved
 * on (the thread's history read, the person's info arrived), since the memory looks at the text and
 * the person alone. Nothing ever waits for it — a send is judged by the rules alone when the
 * verdict is not there (yet), and a slow or gone background holds nothing.
 */
import type { GuardBackend } from '../backend';
import type { Lifetime } from '../lifetime';
import { MAX_JUDGED_CHARS, type JudgeRequest, type JudgeVerdict } from '../../messaging/types';
import { judgeKey, reuseKey } from './context';

export const THROTTLE_MS = 200;

export class JudgeClient {
  private last: { key: string; reuseKey: string; verdict: JudgeVerdict } | null = null;
  private asked = '';
  private askedAt = -Infinity;
  private seq = 0;
  private accepted = 0;
  private cancelTrailing: (() => void) | null = null;
  private readonly life: Lifetime;
  private readonly backend: GuardBackend;
  private readonly draft: () => JudgeRequest | null;
  private readonly arrived: () => void;

  /** `draft` reads the composer, null when empty (called at most every THROTTLE_MS); `arrived` re-renders the cue. */
  constructor(life: Lifetime, backend: GuardBackend, draft: () => JudgeRequest | null, arrived: () => void) {
    this.life = life;
    this.backend = backend;
    this.draft = draft;
    this.arrived = arrived;
  }

  /** The draft or its context changed. */
  poke(): void {
    if (this.cancelTrailing || this.life.aborted) return;
    const wait = this.askedAt + THROTTLE_MS - performance.now();
    if (wait <= 0) this.ask();
    else
      this.cancelTrailing = this.life.timeout(() => {
        this.cancelTrailing = null;
        this.ask();
      }, wait);
  }

  /** The verdict for exactly this draft, if the background gave one. */
  verdictFor(req: JudgeRequest): JudgeVerdict | null {
    return this.last && this.last.key === judgeKey(req) ? this.last.verdict : null;
  }

  /** The send-memory match for this text and person (undefined when the background has not said). */
  reuseFor(req: JudgeRequest): JudgeVerdict['reuse'] | undefined {
    return this.last && this.last.reuseKey === reuseKey(req) ? this.last.verdict.reuse : undefined;
  }

  /** Remembered data changed in the background: this verdict may be stale. Ask again. */
  forget(): void {
    this.last = null;
    this.asked = '';
    this.poke();
  }

  private ask(): void {
    const req = this.draft();
    if (!req || !/\S/.test(req.text) || req.text.length > MAX_JUDGED_CHARS) return;
    const key = judgeKey(req);
    if (key === this.asked || key === this.last?.key) return;
    this.asked = key;
    this.askedAt = performance.now();
    const seq = ++this.seq;
    void this.backend.judgeDraft(req).then((verdict) => {
      // No answer (background busy or gone): the rules decide; the next draft state asks again.
      if (this.life.aborted || !verdict) return;
      if (seq < this.accepted) return; // an older answer overtaken by a newer one
      this.accepted = seq;
      this.last = { key, reuseKey: reuseKey(req), verdict };
      this.arrived();
    });
  }
}
