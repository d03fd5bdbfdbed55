/**
 * The analyzer as the extension pages use it: the practice area and the rule editor call
 * exactly what the content scripts call (lib/analysis).
 */
import type { Analyze } from '../../components/options/PracticeArea';
import { analyzeDraft, validatePersonalRule } from '../analysis';
import type { PhraseCheck } from './rules';

export const analyze: Analyze = (draft, context) => analyzeDraft(draft, context);

export const checkPhrase: PhraseCheck = (phrase) => validatePersonalRule(phrase);
