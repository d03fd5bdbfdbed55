/**
 * Extension pages (popup, options) → background. The background answers these only when the
 * sender is one of the extension's own pages: a content script is refused all of them (reading
 * other tabs' health, listing trusted contacts, deleting or wiping data).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DayStats, Health, LedgerEntry, PersonRef, Relation, RelationEditDto, Suggestion, SuggestionAnswer, TrustedContact } from './schemas';
import type { ReuseMatch, RuleId } from '../analysis/types';
import type { TonedRule } from '../fatigue/policy';
import type { PageDiagnostic } from '../sites/kit/diagnostic';
import type { AnswerGroupItem, GroupDialogState, JudgeRequest, SendMemoryRow } from './types';

export interface PageToBackground {
  /** What the content scripts in a tab report (all frames). */
  getTabHealth(data: { tabId: number }): Health[];
  getStats(data: { days: number }): DayStats[];
  listLedger(data: { limit?: number }): LedgerEntry[];
  deleteLedgerEntry(data: { id: number }): void;
  listSendMemory(data: { limit?: number }): SendMemoryRow[];
  deleteSendMemory(data: { id: number }): void;
  /** The practice area's "have I sent nearly this before?": the same lookup the guard's drafts get. */
  findReuse(request: JudgeRequest): ReuseMatch | null;
  listTrusted(): TrustedContact[];
  setTrusted(data: { contacts: TrustedContact[] }): void;
  untrustPerson(person: PersonRef): void;
  wipeAllData(): void;
  /** "No occasion needed": this week's suggestions (at most three; [] when switched off). */
  getSuggestions(): Suggestion[];
  /** "Done", "Later" or "Not this person" on a suggestion; the list as it is now. */
  answerSuggestion(data: SuggestionAnswer): Suggestion[];
  /** The relationship memory, for the options page to show, edit and delete. */
  listRelations(): Relation[];
  editRelation(data: RelationEditDto): void;
  deleteRelation(data: { key: string }): void;
  /** Import: the file's relationship memory replaces the stored one. */
  setRelations(data: { relations: Relation[] }): void;
  /** Prompt fatigue: the rules toned down to the badge only, with how their cards were answered. */
  listTonedRules(): TonedRule[];
  /** "Ask again": a toned-down rule holds sends again (its history starts afresh). Extension pages only. */
  restoreRule(data: { rule: RuleId }): void;
  /** Apply retention now (it also runs at most daily when the background wakes). */
  applyRetention(): { deleted: number };
  /** The group dialogs open in a tab (relayed to its content scripts). */
  getTabGroupDialogs(data: { tabId: number }): GroupDialogState[];
  /** Tick an item in a tab's group checklist (relayed to its content scripts). */
  answerTabGroupItem(data: AnswerGroupItem & { tabId: number }): GroupDialogState[];
  /** "Not working here?": the tab's top frame describes the page (relayed; null when no site script answers). */
  getTabDiagnostic(data: { tabId: number }): PageDiagnostic | null;
}

const messenger = defineExtensionMessaging<PageToBackground>();

/** Used by the popup and the options page. */
export const sendFromPage = messenger.sendMessage;
/** Used by the background only (it checks every sender first). */
export const onPageMessage = messenger.onMessage;
export const removePageListeners = messenger.removeAllListeners;
