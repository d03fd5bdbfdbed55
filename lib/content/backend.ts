/**
 * What the content runtime needs from the background, as an interface so the runtime can be
 * tested in happy-dom with a fake. The real one goes through the content → background protocol
 * and turns every failure (e.g. "Extension context invalidated" after an update) into a
 * fail-open answer plus a reported error.
 */
import { sendToBackground } from '../messaging/content-to-background';
import type { ComposerInfo, ContentChoice, Health, LedgerEntry, PersonRef, PromptEvent, SendEvent, ThreadSeen } from '../messaging/schemas';
import type { JudgeRequest, JudgeVerdict, LedgerQuery } from '../messaging/types';
import type { Settings } from '../settings';
import { storedSettings } from './settings';
import type { RuleId } from '../analysis/types';

export interface GuardBackend {
  judgeDraft(request: JudgeRequest): Promise<JudgeVerdict | null>;
  composerInfo(person: PersonRef): Promise<ComposerInfo | null>;
  recordSend(event: SendEvent): void;
  recordPrompt(event: PromptEvent): void;
  /** Resolves false when it could not be applied (or undone). */
  recordChoice(choice: ContentChoice): Promise<boolean>;
  reportHealth(health: Health): void;
  queryLedger(query: LedgerQuery): Promise<LedgerEntry[] | null>;
  recordLedger(entries: LedgerEntry[]): void;
  recordThread(seen: ThreadSeen): void;
  settings(): Promise<Settings>;
  /** The rules prompt fatigue toned down to the badge only, or null when the background cannot be reached. */
  tonedRules(): Promise<RuleId[] | null>;
  /** The analyzer's word lists, or null when the background cannot be reached. */
  lexicons(): Promise<unknown>;
}

export function messagingBackend(onError: (err: unknown) => void): GuardBackend {
  const quiet = <T>(p: () => Promise<T>, fallback: T): Promise<T> => {
    let running: Promise<T>;
    try {
      running = p();
    } catch (err) {
      running = Promise.reject(err);
    }
    return running.catch((err: unknown) => {
      onError(err);
      return fallback;
    });
  };
  return {
    judgeDraft: (request) => quiet(() => sendToBackground('judgeDraft', request), null),
    composerInfo: (person) => quiet(() => sendToBackground('getComposerInfo', person), null),
    recordSend: (event) => void quiet(() => sendToBackground('recordSend', event), undefined),
    recordPrompt: (event) => void quiet(() => sendToBackground('recordPrompt', event), undefined),
    recordChoice: (choice) => quiet(() => sendToBackground('recordChoice', choice), false),
    reportHealth: (health) => void quiet(() => sendToBackground('reportHealth', health), undefined),
    queryLedger: (query) => quiet(() => sendToBackground('queryLedger', query), null),
    recordLedger: (entries) => void quiet(() => sendToBackground('recordLedger', entries), undefined),
    recordThread: (seen) => void quiet(() => sendToBackground('recordThread', seen), undefined),
    // Straight from storage when they are current (no message during a page's start-up), else the background migrates.
    settings: async () => (await storedSettings().catch(() => null)) ?? sendToBackground('getSettingsSnapshot', undefined),
    tonedRules: () => quiet(() => sendToBackground('getTonedRules', undefined), null),
    lexicons: () => quiet(() => sendToBackground('getLexicons', undefined), null),
  };
}
