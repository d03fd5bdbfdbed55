/**
 * The analyzer as the extension pages use it: the practice area and the rule editor call the
 * full analyzer (rules and the learned layer), over the same send memory the guard searches —
 * the same index, the same SEND_MEMORY_DAYS window (the background decides which records).
 */
import { analyzeDraft, validatePersonalRule } from '../analysis';
import { SendMemoryIndex } from '../memory';
import type { SentRecordDto } from '../messaging/types';
import type { PhraseCheck } from './rules';
import type { Analyze } from './types';

/** An analyzer over the user's send memory (as getSendMemory returns it). */
export function makeAnalyze(records: readonly SentRecordDto[] = []): Analyze {
  if (records.length === 0) return (draft, context) => analyzeDraft(draft, context);
  const memory = new SendMemoryIndex();
  for (const r of records) memory.add(r);
  return (draft, context) => analyzeDraft(draft, context, memory);
}

export const analyze: Analyze = makeAnalyze();

export const checkPhrase: PhraseCheck = (phrase) => validatePersonalRule(phrase);
