/** zod schemas for every payload that crosses the message protocol (validated on receipt). */
import '../zod-setup';
import { z } from 'zod';
import { RULE_IDS, SITES, SURFACES } from '../analysis/types';
import { personalRuleSchema } from '../settings';
import { siteOfUrl } from '../sites/registry';
import { MAX_JUDGED_CHARS } from './limits';

export const siteSchema = z.enum(SITES);
export const ruleIdSchema = z.enum(RULE_IDS);

const sketchSchema = z.object({
  minhash: z.array(z.number().int()).max(256),
  size: z.number().int().nonnegative(),
});

/** The analyzer's Fingerprint: a sketch, marked 'frame' for a frame-only message, or with the whole message's sketch too. */
export const fingerprintSchema = sketchSchema.extend({
  kind: z.literal('frame').optional(),
  whole: sketchSchema.optional(),
});

export const personRefSchema = z.object({
  site: siteSchema,
  /** Stable key: profile id/slug where the page shows one, else the normalised name. */
  key: z.string().min(1).max(300),
  name: z.string().max(200).default(''),
});
export type PersonRef = z.infer<typeof personRefSchema>;

export const composerLookupSchema = personRefSchema;

/** What a thread shows of an exchange (lib/sites/types.ts ThreadHistory): directions and days, never text. */
const count = z.number().int().nonnegative().max(1_000_000);
export const threadHistorySchema = z.object({
  incoming: count,
  outgoing: count,
  lastBy: z.enum(['me', 'them']).optional(),
  unansweredInRow: count,
  exchanges: count,
  lastInAt: z.number().int().nonnegative().optional(),
  lastOutAt: z.number().int().nonnegative().optional(),
});
export type ThreadHistoryDto = z.infer<typeof threadHistorySchema>;

/** A thread the user opened: who, what it shows of the exchange, and whether the page marks a birthday. */
export const threadSeenSchema = z.object({
  person: personRefSchema,
  history: threadHistorySchema.optional(),
  birthday: z.boolean().optional(),
});
export type ThreadSeen = z.infer<typeof threadSeenSchema>;

/** What the relationship memory tells the judgement about a person (issue 12). */
export const relationInfoSchema = z.object({
  /** The last day either side wrote, as far as Taktvoll saw. */
  lastExchangeAt: z.number().optional(),
  unansweredInRow: count,
  twoWay: z.boolean(),
});
export type RelationInfo = z.infer<typeof relationInfoSchema>;

/**
 * The relationship memory (issue 12): per person, when each side last wrote (the day, as the
 * thread showed it, or the moment of the user's own send), who wrote last, the user's unanswered
 * run, a rough count of exchanges, whether it was ever two-way, a birthday the site marked, and
 * what the user set: a note, a snooze, "not this person". Never message text or profile data.
 */
export const relationSchema = z.object({
  /** `${site}:${personKey}` */
  key: z.string().min(1).max(320),
  site: siteSchema,
  personKey: z.string().min(1).max(300),
  name: z.string().max(200),
  lastOutAt: z.number().optional(),
  lastInAt: z.number().optional(),
  lastBy: z.enum(['me', 'them']).optional(),
  unansweredInRow: count,
  exchanges: count,
  twoWay: z.boolean(),
  /** Month and day of a birthday the site marked ("03-14"). */
  birthday: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .optional(),
  note: z.string().max(500).optional(),
  snoozedUntil: z.number().optional(),
  /** "Not this person": never suggested. */
  never: z.boolean().optional(),
  /** The conversation's own page on the site, when the user opened it there (https, a guarded host only). */
  link: z
    .string()
    .max(500)
    .refine((u) => siteOfUrl(u) !== undefined, 'not a page of a guarded site')
    .optional(),
  /**
   * When a thread view last told who wrote last. Without one (a site whose threads Taktvoll cannot
   * read yet, or contacts from before the memory) the user's sends alone never make an
   * "unanswered" run: a reply Taktvoll cannot see is not no reply.
   */
  seenAt: z.number().optional(),
  /** The latest activity of any kind (retention). */
  lastAt: z.number(),
});
export type Relation = z.infer<typeof relationSchema>;

/** "No occasion needed": one suggestion as the popup shows it. */
export interface Suggestion {
  key: string;
  site: Relation['site'];
  name: string;
  lastOutAt?: number;
  lastInAt?: number;
  note?: string;
  /** The conversation (or, where only that is known, the person's profile) on the site. */
  link?: string;
}

export const suggestionAnswerSchema = z.object({ key: z.string().min(1).max(320), answer: z.enum(['done', 'later', 'never']) });
export type SuggestionAnswer = z.infer<typeof suggestionAnswerSchema>;

export const relationEditSchema = z.object({
  key: z.string().min(1).max(320),
  note: z.string().max(500).optional(),
  snoozedUntil: z.number().int().nonnegative().nullable().optional(),
  never: z.boolean().optional(),
});
export type RelationEditDto = z.infer<typeof relationEditSchema>;

/** The last pause card a rule got for this person (prompt fatigue: lib/fatigue/policy.ts): when, and the whole draft's sketch (no text). */
export const cardSeenSchema = z.object({ rule: ruleIdSchema, at: z.number(), sketch: sketchSchema });

export const composerInfoSchema = z.object({
  /** The user chose "Not for this person" (or added them in options). */
  trusted: z.boolean(),
  /** The user has sent to this person before through a guarded composer. */
  contacted: z.boolean(),
  /** How the user last addressed this person ("du"/"sie"), when known. */
  register: z.enum(['du', 'sie']).optional(),
  /** Pause cards left today within the daily budget. */
  budgetLeft: z.number().int(),
  /** How many pause cards this person/rule pair has had recently (for escalation). */
  promptsToday: z.number().int().nonnegative(),
  /** The relationship memory, when it is on and knows this person. */
  relation: relationInfoSchema.optional(),
  /** The pause cards this person got within the prompt period, one per rule (prompt fatigue). */
  cards: z.array(cardSeenSchema).max(RULE_IDS.length).optional(),
});
export type ComposerInfo = z.infer<typeof composerInfoSchema>;

export const sentRecordSchema = z.object({
  recipientKey: z.string().max(300),
  at: z.number(),
  fingerprint: fingerprintSchema,
});

export const sendEventSchema = z.object({
  /** The recipient, when the page shows who it is (otherwise only the day's numbers change). */
  person: personRefSchema.optional(),
  fingerprint: fingerprintSchema,
  register: z.enum(['du', 'sie']).optional(),
  /**
   * What happened at send time: no warning ('clean'); a card's send, unchanged ('sent-as-is':
   * "Send anyway", or unchanged after "Keep editing") or changed after "Keep editing" ('revised');
   * or a send with warnings that no card held ('unheld': the badge only — not sure enough, today's
   * cards used up, or toned down by prompt fatigue).
   */
  outcome: z.enum(['clean', 'sent-as-is', 'revised', 'unheld']),
  rules: z.array(ruleIdSchema).max(10).default([]),
  /** The card this send answers: its rules, and whether by "Send anyway" or after "Keep editing" (prompt fatigue). */
  card: z.object({ rules: z.array(ruleIdSchema).min(1).max(10), via: z.enum(['send-anyway', 'keep-editing']) }).optional(),
});
export type SendEvent = z.infer<typeof sendEventSchema>;

export const promptEventSchema = z.object({
  site: siteSchema,
  /**
   * Composer: a pause card was 'shown', answered with "Keep editing" ('kept-editing'), or that
   * draft was then never sent ('cancelled'). Group: a checklist held, then 'cancelled' or 'continued'.
   */
  outcome: z.enum(['shown', 'kept-editing', 'cancelled', 'continued']),
  rules: z.array(ruleIdSchema).max(10),
  /** Which guard prompted: the composer's pause card (default) or the group checklist. */
  kind: z.enum(['composer', 'group']).optional(),
  /** A card shown to a person the page names: who, and the whole draft's sketch (prompt fatigue). */
  person: personRefSchema.optional(),
  sketch: sketchSchema.optional(),
});
export type PromptEvent = z.infer<typeof promptEventSchema>;

const trustChoiceSchema = z.object({ kind: z.literal('trust-person'), person: personRefSchema });
/** A check switched off on one site (`site`), or everywhere (no site: the options page's wording). */
const ruleChoiceSchema = z.object({ kind: z.literal('disable-rule'), rule: ruleIdSchema, site: siteSchema.optional() });

/**
 * What the pause card may ask the background to remember, and to undo right after (its undo
 * toast). Untrusting someone otherwise stays the options page's: an undo is accepted only for the
 * same choice from the same tab a moment ago.
 */
export const contentChoiceSchema = z.discriminatedUnion('kind', [
  trustChoiceSchema,
  ruleChoiceSchema,
  z.object({ kind: z.literal('undo'), choice: z.discriminatedUnion('kind', [trustChoiceSchema, ruleChoiceSchema]) }),
]);
export type ContentChoice = z.infer<typeof contentChoiceSchema>;

/** The analyzer's DraftContext as a content script sends it with a draft to judge. */
export const draftContextSchema = z.object({
  site: siteSchema.optional(),
  surface: z.enum(SURFACES).optional(),
  firstMessage: z.boolean().optional(),
  occasion: z.enum(['birthday', 'work-anniversary', 'new-job', 'holiday']).optional(),
  recipient: z
    .object({
      name: z.string().max(200).optional(),
      key: z.string().max(320).optional(),
      register: z.enum(['du', 'sie']).optional(),
    })
    .optional(),
  prefill: z.string().max(MAX_JUDGED_CHARS).optional(),
  lastExchangeDaysAgo: z.number().nonnegative().max(100_000).optional(),
  unansweredInRow: z.number().int().nonnegative().max(1_000_000).optional(),
  twoWay: z.boolean().optional(),
  personalRules: z.array(personalRuleSchema).max(200).optional(),
  now: z.number().optional(),
});

export const judgeRequestSchema = z.object({
  text: z.string().max(MAX_JUDGED_CHARS),
  context: draftContextSchema,
});

export const healthSchema = z.object({
  site: siteSchema,
  url: z.string().max(2000),
  frame: z.enum(['top', 'sub']),
  active: z.boolean(),
  /** Why the guard is inactive or degraded, as i18n keys / selector-chain names. */
  reasons: z.array(z.string().max(200)).max(20),
  composers: z.number().int().nonnegative(),
  groupDialogs: z.number().int().nonnegative(),
  /** Which selector chains matched (adapter health check). */
  matched: z.array(z.string().max(100)).max(50),
  /** Why adapter lookups failed, counted (lib/sites/kit/define.ts): never page text. */
  failures: z
    .array(z.object({ where: z.string().max(100), why: z.string().max(200), count: z.number().int().nonnegative() }))
    .max(50)
    .default([]),
  /** Problems that hold right now, as codes ("no-send-control"). */
  warnings: z.array(z.string().max(100)).max(10).default([]),
  lastFinding: z.object({ rule: ruleIdSchema, at: z.number() }).optional(),
  /** Errors caught while failing open. */
  errors: z.array(z.string().max(300)).max(20),
});
export type Health = z.infer<typeof healthSchema>;

export const dayStatsSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  shown: z.number().int().nonnegative(),
  revised: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
  sentAsIs: z.number().int().nonnegative(),
  /** Cards answered with "Keep editing" (since database version 3; 0 on older rows). */
  keptEditing: z.number().int().nonnegative().default(0),
  clean: z.number().int().nonnegative(),
  groupHeld: z.number().int().nonnegative(),
  groupCancelled: z.number().int().nonnegative(),
  groupContinued: z.number().int().nonnegative(),
});
export type DayStats = z.infer<typeof dayStatsSchema>;

/** A rule toned down by prompt fatigue, as the popup lists it ("you sent anyway 7 of the last 8 times"). */
export const tonedRuleSchema = z.object({ rule: ruleIdSchema, anyway: z.number().int().nonnegative(), of: z.number().int().positive() });

/** Group consent ledger. */
export const ledgerActionSchema = z.enum(['invited', 'added', 'left', 'removed']);
export const ledgerEntrySchema = z.object({
  id: z.number().int().optional(),
  site: siteSchema,
  /** The group or chat: its id from the URL where possible, else its name. */
  groupKey: z.string().min(1).max(300),
  groupName: z.string().max(200).default(''),
  personKey: z.string().min(1).max(300),
  personName: z.string().max(200).default(''),
  action: ledgerActionSchema,
  at: z.number(),
  /** Checklist answers the user ticked for this person. */
  answers: z.array(z.enum(['agreed', 'topic', 'wants-back', 'invite-message'])).max(10).default([]),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

export const ledgerQuerySchema = z.object({
  site: siteSchema,
  groupKey: z.string().min(1).max(300),
  personKeys: z.array(z.string().min(1).max(300)).max(500),
});

export const trustedContactSchema = z.object({
  site: siteSchema,
  key: z.string().min(1).max(300),
  name: z.string().max(200),
  addedAt: z.number(),
  source: z.enum(['pause-card', 'options', 'import']),
});
export type TrustedContact = z.infer<typeof trustedContactSchema>;
