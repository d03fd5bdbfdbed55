/**
 * Every lexicon, handed to the analyzer on import. Imported by `lib/analysis/index.ts` (the
 * background, the extension pages, the CLI, the tests) and by the background's answer to a
 * content script's `getLexicons`; never by a content script itself (see ./index.ts).
 */
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import it from './it';
import nl from './nl';
import { useLexicons } from './index';
import type { Lexicon } from './types';

export const ALL_LEXICONS: readonly Lexicon[] = [de, en, fr, es, it, nl];

useLexicons(ALL_LEXICONS);
