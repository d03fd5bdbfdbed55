/**
 * The analyzer as the extension pages use it: the practice area and the rule editor call
 * exactly what the content scripts call (lib/analysis), with the same send memory.
 */
import { InMemorySendMemory, analyzeDraft, validatePersonalRule } from '../analysis';
import type { SentRecordDto } from '../messaging/protocol';
import type { PhraseCheck } from './rules';
import type { Analyze } from './types';

/** The window the content scripts load their send memory for (lib/content/guard.ts). */
export const MEMORY_DAYS = 30;

/** An analyzer over the user's send memory (newest first, as getSendMemory returns it). */
export function makeAnalyze(records: readonly SentRecordDto[] = []): Analyze {
  if (records.length === 0) return (draft, context) => analyzeDraft(draft, context);
  const memory = new InMemorySendMemory();
  for (const r of [...records].reverse()) memory.record({ recipientKey: r.recipientKey, at: r.at, fingerprint: r.fingerprint });
  return (draft, context) => analyzeDraft(draft, context, memory);
}

export const analyze: Analyze = makeAnalyze();

export const checkPhrase: PhraseCheck = (phrase) => validatePersonalRule(phrase);
