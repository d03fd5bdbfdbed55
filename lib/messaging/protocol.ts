/**
 * The one message protocol between content scripts, background and extension pages.
 * Names are verbs, grouped by direction. Every payload is zod-validated by the receiver
 * (see entrypoints/background/handlers.ts and lib/content/ for tab messages).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { PageDiagnostic } from '../sites/kit/diagnostic';
import type { Settings } from '../storage/settings';
import type {
  Choice,
  ComposerInfo,
  DayStats,
  Health,
  LedgerEntry,
  PersonRef,
  PromptEvent,
  SendEvent,
  TrustedContact,
  ledgerQuerySchema,
  sentRecordSchema,
} from './schemas';

export type SentRecordDto = z.infer<typeof sentRecordSchema>;
export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

/** The state of a group dialog on a tab, as the popup shows it. */
export interface GroupDialogState {
  id: string;
  site: PersonRef['site'];
  groupName: string;
  people: { key: string; name: string; leftAt?: number; answers: string[] }[];
  held: boolean;
}

export interface ProtocolMap {
  // content script → background
  /** What the guard needs to know about a recipient before judging a draft. */
  getComposerInfo(person: PersonRef): ComposerInfo;
  /** Recent send fingerprints (no text) for template-reuse, newest first. */
  getSendMemory(data: { days: number }): SentRecordDto[];
  /** A message was sent through a guarded composer. */
  recordSend(event: SendEvent): void;
  /** A pause card was shown or cancelled. */
  recordPrompt(event: PromptEvent): void;
  /** "Not for this person" / "Never for this rule". */
  recordChoice(choice: Choice): void;
  /** The guard's health on this tab/frame (for the popup). */
  reportHealth(health: Health): void;
  /** Ledger entries for people in a group dialog. */
  queryLedger(query: LedgerQuery): LedgerEntry[];
  /** Record adds/invites/leaves. */
  recordLedger(entries: LedgerEntry[]): void;

  // popup / options → background
  getTabHealth(data: { tabId: number }): Health[];
  getStats(data: { days: number }): DayStats[];
  listLedger(data: { limit?: number }): LedgerEntry[];
  deleteLedgerEntry(data: { id: number }): void;
  listSendMemory(data: { limit?: number }): { id: number; recipientKey: string; site: string; at: number }[];
  deleteSendMemory(data: { id: number }): void;
  listTrusted(): TrustedContact[];
  setTrusted(data: { contacts: TrustedContact[] }): void;
  wipeAllData(): void;
  /** Apply retention now (also runs on startup and after writes). */
  applyRetention(): { deleted: number };

  // popup → content script (sent to a tab)
  getGroupDialogs(): GroupDialogState[];
  answerGroupItem(data: { dialogId: string; personKey: string; item: string; checked: boolean }): GroupDialogState[];
  /** "Not working here?": the page's structure around composers and dialogs (top frame answers; no text, no names). */
  getDiagnostic(): PageDiagnostic;

  // options → background
  getSettingsSnapshot(): Settings;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
