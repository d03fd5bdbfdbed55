/**
 * What the background knows about the person a composer writes to (trusted? written to before?
 * how many pause cards are left today?), asked once per recipient and kept up to date locally.
 */
import type { RuleId, Site } from '../../analysis/types';
import type { DraftSketch } from '../../fatigue/policy';
import type { ComposerInfo } from '../../messaging/schemas';
import type { ComposerContext } from '../../sites/types';
import type { GuardBackend } from '../backend';
import type { Lifetime } from '../lifetime';
import { personRef } from './context';

export class RecipientInfo {
  info: ComposerInfo | null = null;
  private key = '\u0000';
  private readonly life: Lifetime;
  private readonly backend: GuardBackend;
  private readonly site: Site;
  private readonly arrived: () => void;

  constructor(life: Lifetime, backend: GuardBackend, site: Site, arrived: () => void) {
    this.life = life;
    this.backend = backend;
    this.site = site;
    this.arrived = arrived;
  }

  /** Ask about the recipient the page shows now, unless we already did. */
  refresh(ctx: ComposerContext): void {
    const person = personRef(this.site, ctx.recipient);
    const key = person ? person.key : '';
    if (key === this.key) return;
    this.key = key;
    this.info = null;
    if (!person) return;
    void this.backend.composerInfo(person).then((info) => {
      if (this.key !== key || this.life.aborted) return;
      this.info = info;
      this.arrived();
    });
  }

  /** Remembered data changed in the background: ask again. */
  forget(): void {
    this.key = '\u0000';
    this.info = null;
  }

  get trusted(): boolean {
    return this.info?.trusted === true;
  }

  budgetLeft(dailyBudget: number): number {
    return this.info ? this.info.budgetLeft : dailyBudget;
  }

  /** A card was shown: one less today. Returns how many were shown today. */
  shown(): number {
    const shownToday = (this.info?.promptsToday ?? 0) + 1;
    if (this.info) this.info = { ...this.info, budgetLeft: this.info.budgetLeft - 1, promptsToday: shownToday };
    return shownToday;
  }

  /** A card was shown to this person: remember it here too, for the next send before the background is asked again. Returns `seen`. */
  cardShown<T extends { sketch: DraftSketch }>(rules: readonly RuleId[], seen: T | null, at: number): T | null {
    if (!this.info || !seen) return seen;
    const others = (this.info.cards ?? []).filter((c) => !rules.includes(c.rule));
    this.info = { ...this.info, cards: [...others, ...rules.map((rule) => ({ rule, at, sketch: seen.sketch }))] };
    return seen;
  }

  update(change: Partial<ComposerInfo>): void {
    if (this.info) this.info = { ...this.info, ...change };
  }
}
