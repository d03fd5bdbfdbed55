/**
 * Content script → background. Everything a content script may ask the background, and nothing
 * else: the background answers these only for a sender that is a tab on a guarded site, and
 * anything about a tab is taken from the sender, never from the payload (lib/background/senders.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Lexicon } from '../analysis/lexicon/types';
import type { RuleId } from '../analysis/types';
import type { Settings } from '../settings';
import type { ComposerInfo, ContentChoice, Health, LedgerEntry, PersonRef, PromptEvent, SendEvent, ThreadSeen } from './schemas';
import type { JudgeRequest, JudgeVerdict, LedgerQuery } from './types';

export interface ContentToBackground {
  /** The learned layer's scores for a draft plus the reuse match from the send memory; the text is never stored. */
  judgeDraft(request: JudgeRequest): JudgeVerdict;
  /** What the guard needs to know about a recipient before judging a draft. */
  getComposerInfo(person: PersonRef): ComposerInfo;
  /** A message was sent through a guarded composer (a fingerprint, never the text). */
  recordSend(event: SendEvent): void;
  /** A pause card or checklist was shown, answered with "Keep editing", cancelled or continued (only for the sender's own site). */
  recordPrompt(event: PromptEvent): void;
  /** The rules prompt fatigue toned down to the badge only (their sends are not held). */
  getTonedRules(): RuleId[];
  /** "Don't ask again for Anna" / "… about this on LinkedIn" on the pause card, or its undo; false: nothing to undo. */
  recordChoice(choice: ContentChoice): boolean;
  /** The guard's health in the sending tab and frame (for the popup). */
  reportHealth(health: Health): void;
  /** Ledger entries for people in a group dialog. */
  queryLedger(query: LedgerQuery): LedgerEntry[];
  /** Record adds, invites and leaves. */
  recordLedger(entries: LedgerEntry[]): void;
  /** The analyzer's word lists (data the content scripts do not carry; asked once a composer appears). */
  getLexicons(): Lexicon[];
  /**
   * A thread the user opened: what it shows of the exchange (directions and days, never text),
   * for the relationship memory. The link to the conversation is taken from the sender's URL.
   */
  recordThread(seen: ThreadSeen): void;
  /** The validated settings (the content scripts keep zod out of their bundle). */
  getSettingsSnapshot(): Settings;
}

const messenger = defineExtensionMessaging<ContentToBackground>();

/** Used by the content scripts. */
export const sendToBackground = messenger.sendMessage;
/** Used by the background only (it checks every sender first). */
export const onContentMessage = messenger.onMessage;
export const removeContentListeners = messenger.removeAllListeners;
