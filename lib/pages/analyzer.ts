/**
 * The analyzer as the extension pages use it: the practice area and the rule editor call
 * exactly what the content scripts call.
 */
import type { Analyze } from '../../components/options/PracticeArea';
import type { PhraseCheck } from './rules';

// TODO(pages): switch to lib/analysis's analyzeDraft / validatePersonalRule when they land.
export const analyze: Analyze | null = null;

export const checkPhrase: PhraseCheck = (phrase) => {
  const p = phrase.trim();
  if (!p) return { ok: false, reason: 'empty' };
  if (p.length > 120) return { ok: false, reason: 'too-long' };
  if (!/[\p{L}\p{N}]{3}/u.test(p.replace(/[*?]/g, ' '))) return { ok: false, reason: 'too-broad' };
  return { ok: true };
};
