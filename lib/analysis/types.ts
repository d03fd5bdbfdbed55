/**
 * The analyzer's contract. Pure data types: no DOM, no storage, no browser API.
 * Rule ids are part of the public contract (CLI output, settings, stats).
 */
import type { MessageRef } from '../i18n/keys';

export const RULE_IDS = [
  'templated-greeting',
  'pitch-first-message',
  'greeting-pretext',
  'template-reuse',
  'register-switch',
  'personal-rule',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SITES = ['linkedin', 'xing', 'facebook'] as const;
export type Site = (typeof SITES)[number];

export const SURFACES = ['message', 'connection-note', 'birthday', 'wall-post', 'comment'] as const;
export type Surface = (typeof SURFACES)[number];

export type Severity = 'warn' | 'info';

/** German register of address: informal "du" or formal "Sie". */
export type Register = 'du' | 'sie';

/** A phrase the user wants flagged (kind "flag") or never flagged (kind "allow"). */
export interface PersonalRule {
  id: string;
  kind: 'flag' | 'allow';
  /** Plain words; `*` matches any run of letters inside a word, `?` one letter. No regex. */
  phrase: string;
  severity: Severity;
  /** A note to self, shown in the cue. */
  note?: string;
}

export interface DraftContext {
  site?: Site;
  surface?: Surface;
  /** True when nothing has been exchanged with this person yet; undefined when unknown. */
  firstMessage?: boolean;
  occasion?: 'birthday' | 'work-anniversary' | 'new-job' | 'holiday';
  recipient?: {
    name?: string;
    /** Stable key for memory look-ups (site + profile id, or normalised name). */
    key?: string;
    /** How the user addressed this person before, when known. */
    register?: Register;
  };
  /** The text the site pre-filled into the composer (e.g. LinkedIn's birthday greeting). */
  prefill?: string;
  /** Days since the last message in either direction with this person, when known. */
  lastExchangeDaysAgo?: number;
  /** How many messages the user has sent in a row without a reply, before this draft. */
  unansweredInRow?: number;
  /** Whether the conversation has ever gone both ways (they have written back). */
  twoWay?: boolean;
  personalRules?: PersonalRule[];
  /** Epoch milliseconds for memory look-ups; the analyzer never reads the clock itself. */
  now?: number;
}

/** A half-open character range [start, end) into the draft, in UTF-16 code units. */
export type Span = [number, number];

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** 0–1: how sure the analyzer is. */
  confidence: number;
  /** Which words triggered the finding. */
  spans: Span[];
  /** Why: an i18n key with parameters. */
  message: MessageRef;
  /** Two or three coaching questions, using the recipient's name where known. */
  questions: MessageRef[];
  /** Rule-specific numbers, e.g. { otherRecipients: 6 } for template-reuse. */
  data?: Record<string, number | string>;
}

/** A fingerprint of a sent text: no raw text, only hashes over normalised shingles. */
export interface Fingerprint {
  /** MinHash signature (fixed length). */
  minhash: number[];
  /** Number of shingles the text had (0 for very short texts). */
  size: number;
  /** "frame": a message with no substance of its own (a stock wish, a thank-you), sketched whole. */
  kind?: 'frame';
  /** For a message with substance: the whole message's sketch too, to compare with frame-only ones. */
  whole?: { minhash: number[]; size: number };
}

export interface SentRecord {
  fingerprint: Fingerprint;
  /** A stable key for the recipient (site + id or normalised name). */
  recipientKey: string;
  /** Epoch milliseconds. */
  at: number;
}

export interface ReuseMatch {
  /** How many *other* recipients got (nearly) the same text within the window. */
  otherRecipients: number;
  /** Highest estimated similarity (0–1). */
  similarity: number;
  /** Window in days that was searched. */
  windowDays: number;
}

/** "Have I sent (nearly) this text to other people before?" */
export interface SendMemory {
  findSimilar(fingerprint: Fingerprint, opts: { excludeRecipientKey?: string; now: number }): ReuseMatch | null;
}
