/**
 * Prompt fatigue in the content script (policy: lib/fatigue/policy.ts). The composer guard keeps
 * one of these: it knows which rules are toned down (asked from the background when the first
 * composer appears — a page nobody writes on never asks — and again whenever remembered data
 * changed), installs the card-variant chooser for its lifetime, and
 * answers synchronously at send time whether a holding rule stays quiet for this draft.
 * Nothing here waits: until the background has answered, nothing is toned down (the full card —
 * the user's intention is not second-guessed on a guess), and a send is never swallowed.
 */
import type { RuleId } from '../../analysis/types';
import { cardVariantFor, draftSketch, quietReason, type DraftSketch } from '../../fatigue/policy';
import type { ComposerInfo, PersonRef } from '../../messaging/schemas';
import type { GuardBackend } from '../backend';
import type { Lifetime } from '../lifetime';
import { setCardVariantChooser } from './variant';

export class PromptFatigue {
  private toned: ReadonlySet<RuleId> = new Set();
  private asked = 0;
  private readonly life: Lifetime;
  private readonly backend: GuardBackend;

  constructor(life: Lifetime, backend: GuardBackend) {
    this.life = life;
    this.backend = backend;
    // The full card the first time a rule holds a send to a person, the compact one after.
    life.onAbort(setCardVariantChooser((input) => cardVariantFor(input.rules, input.info?.cards, input.now)));
  }

  /** A composer appeared: ask which rules are toned down, unless we already did. */
  wake(): void {
    if (this.asked === 0) this.refresh();
  }

  /** Ask the background which rules are toned down; `always` false: only if it was asked before (remembered data changed). */
  refresh(always = true): void {
    if (!always && this.asked === 0) return;
    const seq = ++this.asked;
    void this.backend.tonedRules().then((rules) => {
      // No answer: keep what we knew (at set-up: nothing toned down, cards as usual).
      if (this.life.aborted || seq !== this.asked || !rules) return;
      this.toned = new Set(rules);
    });
  }

  /**
   * A judge for one send attempt: whether `rule` stays quiet (the badge marks it, the send is not
   * held). The draft's sketch is computed at most once, and only when a card for this person is
   * there to compare with.
   */
  quietFor(info: () => ComposerInfo | null, person: () => PersonRef | null, text: () => string, now: number): (rule: RuleId) => boolean {
    let sketch: DraftSketch | undefined;
    return (rule) => {
      const who = person();
      const cards = who ? info()?.cards : undefined;
      return quietReason({ rule, cards, toned: this.toned, sketch: () => (sketch ??= draftSketch(text(), who?.name)), now }) !== null;
    };
  }

  /** A card was shown: what to record for prompt fatigue (who, and the whole draft's sketch, never the text). */
  shown(text: string, person: PersonRef | null): { person: PersonRef; sketch: DraftSketch } | null {
    return person ? { person, sketch: draftSketch(text, person.name) } : null;
  }
}
