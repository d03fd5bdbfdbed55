/**
 * What the content runtime needs from the background, as an interface so the runtime can be
 * tested in happy-dom with a fake. The real one goes through the typed message protocol and
 * turns every failure (e.g. "Extension context invalidated" after an update) into a
 * fail-open answer plus a reported error.
 */
import type { SentRecordDto } from '../messaging/protocol';
import { sendMessage } from '../messaging/protocol';
import type { Choice, ComposerInfo, Health, LedgerEntry, PersonRef, PromptEvent, SendEvent } from '../messaging/schemas';
import type { LedgerQuery } from '../messaging/protocol';

export interface GuardBackend {
  composerInfo(person: PersonRef): Promise<ComposerInfo | null>;
  sendMemory(days: number): Promise<SentRecordDto[]>;
  recordSend(event: SendEvent): void;
  recordPrompt(event: PromptEvent): void;
  recordChoice(choice: Choice): Promise<void>;
  reportHealth(health: Health): void;
  queryLedger(query: LedgerQuery): Promise<LedgerEntry[] | null>;
  recordLedger(entries: LedgerEntry[]): void;
}

export function messagingBackend(onError: (err: unknown) => void): GuardBackend {
  const quiet = <T>(p: Promise<T>, fallback: T): Promise<T> =>
    p.catch((err: unknown) => {
      onError(err);
      return fallback;
    });
  return {
    composerInfo: (person) => quiet(sendMessage('getComposerInfo', person), null),
    sendMemory: (days) => quiet(sendMessage('getSendMemory', { days }), []),
    recordSend: (event) => void quiet(sendMessage('recordSend', event), undefined),
    recordPrompt: (event) => void quiet(sendMessage('recordPrompt', event), undefined),
    recordChoice: (choice) => quiet(sendMessage('recordChoice', choice), undefined),
    reportHealth: (health) => void quiet(sendMessage('reportHealth', health), undefined),
    queryLedger: (query) => quiet(sendMessage('queryLedger', query), null),
    recordLedger: (entries) => void quiet(sendMessage('recordLedger', entries), undefined),
  };
}
