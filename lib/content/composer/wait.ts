/**
 * A send (a click on Send or on a quick-reply chip, Enter) while the analyzer's word lists are
 * still on their way from the background — right after the page loaded, or a draft pasted and
 * sent at once — would be judged clean only for lack of words. It waits for them (at most
 * WORDS_WAIT_MS), then the session decides again and, unless it holds the send now, re-triggers
 * the site's own send as it is now — only if the draft is unchanged (text typed meanwhile is the
 * user still writing: nothing is sent, nothing lost). A request that fails ends the wait at once
 * (fail open, a moment late). A form's submit event does not wait: the click or key before it did.
 */
import type { Lifetime } from '../lifetime';
import type { Verdict } from './decide';
import type { SendPath } from './release';

export const WORDS_WAIT_MS = 1500;

export class WordsWait {
  private waiting = false;

  /** `words`: the word lists' request while it is on its way (null once they are in, or when none is). */
  constructor(
    private readonly life: Lifetime,
    private readonly words: () => Promise<void> | null,
  ) {}

  /** A send already waits: a further attempt is part of it. */
  get busy(): boolean {
    return this.waiting;
  }

  /** True when this attempt waits; `then` runs once, when the words came or the wait ran out. */
  hold(path: SendPath, verdict: Verdict, then: () => void): boolean {
    if (path.kind === 'submit') return false;
    if (verdict.kind !== 'send' || verdict.findings.length > 0) return false;
    const words = this.words();
    if (!words) return false;
    this.waiting = true;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      cancel();
      this.waiting = false;
      if (!this.life.aborted) then();
    };
    const cancel = this.life.timeout(finish, WORDS_WAIT_MS);
    void words.then(finish, finish);
    return true;
  }
}
