/**
 * The Dexie database. BACKGROUND ONLY: IndexedDB opened from a content script would belong
 * to the site's origin. Versioned schema (the ladder in ./versions.ts); every record is validated
 * with zod on write.
 * No draft text is stored anywhere: sends are kept as MinHash fingerprints and counts.
 */
import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod';
import { cardSeenSchema, dayStatsSchema, fingerprintSchema, ledgerEntrySchema, relationSchema, ruleIdSchema, siteSchema, trustedContactSchema, type Relation } from '../messaging/schemas';
import { TONE_DOWN } from '../fatigue/policy';
import { DB_VERSIONS } from './versions';

export const sendRowSchema = z.object({
  id: z.number().int().optional(),
  site: siteSchema,
  recipientKey: z.string().min(1).max(300),
  at: z.number(),
  minhash: fingerprintSchema.shape.minhash,
  size: fingerprintSchema.shape.size,
  /** Since the analyzer's frame/substance fingerprints: absent on rows of the older format. */
  kind: fingerprintSchema.shape.kind,
  whole: fingerprintSchema.shape.whole,
});
export type SendRow = z.infer<typeof sendRowSchema>;

export const contactRowSchema = z.object({
  /** `${site}:${personKey}` */
  key: z.string().min(1).max(320),
  site: siteSchema,
  name: z.string().max(200),
  firstAt: z.number(),
  lastAt: z.number(),
  sent: z.number().int().nonnegative(),
  register: z.enum(['du', 'sie']).optional(),
});
export type ContactRow = z.infer<typeof contactRowSchema>;

/** The relationship memory's rows: the schema lives with the protocol (the options page lists and imports them). */
export const relationRowSchema = relationSchema;
export type RelationRow = Relation;

/** Prompt fatigue: the last card a rule got for one person on one site (no text: the draft's sketch). */
export const promptRowSchema = cardSeenSchema.extend({
  /** `${site}:${personKey}:${rule}` */
  key: z.string().min(1).max(360),
  site: siteSchema,
  personKey: z.string().min(1).max(300),
});
export type PromptRow = z.infer<typeof promptRowSchema>;

/** Prompt fatigue: how the last cards for a rule were answered (oldest first), and when the user last restored it. */
export const ruleAnswersRowSchema = z.object({
  rule: ruleIdSchema,
  answers: z
    .array(z.object({ answer: z.enum(['sent-as-is', 'kept-editing', 'revised']), at: z.number() }))
    .max(TONE_DOWN.keep),
  restoredAt: z.number().optional(),
});
export type RuleAnswersRow = z.infer<typeof ruleAnswersRowSchema>;

export const trustedRowSchema = trustedContactSchema.extend({ id: z.string().min(1).max(320) });
export type TrustedRow = z.infer<typeof trustedRowSchema>;
export type StatsRow = z.infer<typeof dayStatsSchema>;
export type LedgerRow = z.infer<typeof ledgerEntrySchema>;

export class TaktvollDb extends Dexie {
  sends!: EntityTable<SendRow, 'id'>;
  contacts!: EntityTable<ContactRow, 'key'>;
  trusted!: EntityTable<TrustedRow, 'id'>;
  stats!: EntityTable<StatsRow, 'day'>;
  ledger!: EntityTable<LedgerRow, 'id'>;
  relations!: EntityTable<RelationRow, 'key'>;
  prompts!: EntityTable<PromptRow, 'key'>;
  ruleAnswers!: EntityTable<RuleAnswersRow, 'rule'>;

  constructor(name = 'taktvoll') {
    super(name);
    // The whole ladder (./versions.ts): Dexie upgrades an older database step by step.
    for (const v of DB_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

let instance: TaktvollDb | undefined;

/** Open lazily: the MV3 service worker may restart at any time (Dexie #1805). */
export function db(): TaktvollDb {
  instance ??= new TaktvollDb();
  return instance;
}

/** For tests: use a fresh database. */
export function useDb(next: TaktvollDb): void {
  instance = next;
}
