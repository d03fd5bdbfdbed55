/**
 * All lexicons merged into one phrase index. Every language runs on every draft: there is no
 * language detection step that short texts or names could fool.
 *
 * The word lists themselves are data, handed in with `useLexicons` — by `./all` (imported by
 * `lib/analysis/index.ts`, hence by the background, the pages, the CLI and the tests), and in a
 * content script from the background when the user first meets a composer. So the ~20 KB
 * (gzipped) of phrases are not in every content script, and a page nobody writes on never parses
 * them. Until they are in, the index is empty: the rules find nothing and the site works as if
 * Taktvoll were not there.
 */
import type { Lang, Lexicon } from './types';
import { timeUnits } from './shared';
import { phraseWords } from '../text';

export type { Lang, Lexicon } from './types';

let LEXICONS: readonly Lexicon[] = [];

const LANGS = new Set(['de', 'en', 'fr', 'es', 'it', 'nl']);
const LISTS = ['birthday', 'occasion', 'congrats', 'wishFiller', 'salutations', 'closings', 'personal', 'acquainted', 'stopwords'] as const;
const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The shape of a lexicon, checked by hand (the content scripts keep zod out of their bundle). */
function isLexicon(v: unknown): v is Lexicon {
  if (!v || typeof v !== 'object') return false;
  const lx = v as Record<string, unknown>;
  const pitch = lx.pitch as Record<string, unknown> | undefined;
  return typeof lx.lang === 'string' && LANGS.has(lx.lang) && LISTS.every((k) => strings(lx[k])) && !!pitch && typeof pitch === 'object' && strings(pitch.askFrames) && strings(pitch.transitions) && strings(pitch.productHeads);
}

/**
 * Hand the analyzer its word lists. Once: later calls change nothing. Returns whether the
 * analyzer now has them (false for anything that is not a list of lexicons).
 */
export function useLexicons(list: unknown): boolean {
  if (LEXICONS.length === 0 && Array.isArray(list) && list.length > 0 && list.every(isLexicon)) LEXICONS = list;
  return LEXICONS.length > 0;
}

/** True once the word lists are in (before that every draft is judged empty). */
export function lexiconsLoaded(): boolean {
  return LEXICONS.length > 0;
}

export type Category =
  | 'birthday'
  | 'occasion'
  | 'congrats'
  | 'salutation'
  | 'closing'
  | 'personal'
  | 'sell'
  | 'favour'
  | 'disguised'
  | 'askObject'
  | 'askFrame'
  | 'seeking'
  | 'transition'
  | 'acquainted'
  | 'possessive'
  | 'selfIntro'
  | 'serviceRole'
  | 'calendar'
  | 'cta'
  | 'value'
  | 'productHead';

export interface Entry {
  /** Normalised words; a word ending in `*` matches by prefix. */
  words: string[];
  /** Matches only when its last word ends a question. */
  question?: boolean;
  cat: Category;
  weight: number;
  lang: Lang;
}

export interface PhraseIndex {
  exact: Map<string, Entry[]>;
  prefix: Map<string, Entry[]>;
  prefixLens: number[];
}

/** Words that fill a generic wish (filler, stopwords, greeting and sign-off words). */
export const GENERIC_WORDS = new Set<string>();
/** Every word any lexicon knows: an unknown capitalised word next to a greeting is a name. */
export const KNOWN_WORDS = new Set<string>();
/** Function words of all languages (for personal-rule validation). */
export const STOPWORDS = new Set<string>();
/** Each lexicon's function words (which language a draft uses most: a hint, never a gate). */
export const STOP_BY_LANG = new Map<string, Set<string>>();
/** "product manager": a product word followed by one of these is not an offer. */
export const NOT_PRODUCT_AFTER = new Set<string>();
/** Single words that are things one asks for ("call", "Telefonat"): a euphemism containing one is a request. */
export const ASK_OBJECT_WORDS = new Set<string>();
/** "on-call", "good call": an ask object after one of these is not an ask. */
export const NOT_ASK_AFTER = new Set<string>();

function buildIndex(): PhraseIndex {
  const exact = new Map<string, Entry[]>();
  const prefix = new Map<string, Entry[]>();
  const lens = new Set<number>();
  const seen = new Set<string>();
  const add = (phrase: string, cat: Category, weight: number, lang: Lang): void => {
    const words = phraseWords(phrase);
    if (!words.length || words.some((w) => w === '' || w === '*')) return;
    const key = `${cat}|${words.join(' ')}${phrase.trimEnd().endsWith('?') ? '?' : ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    for (const w of words) KNOWN_WORDS.add(w.replace(/\*$/, ''));
    const entry: Entry = { words, cat, weight, lang };
    if (phrase.trimEnd().endsWith('?')) entry.question = true;
    const head = words[0] ?? '';
    if (head.endsWith('*')) {
      const p = head.slice(0, -1);
      lens.add(p.length);
      const list = prefix.get(p) ?? [];
      list.push(entry);
      prefix.set(p, list);
    } else {
      const list = exact.get(head) ?? [];
      list.push(entry);
      exact.set(head, list);
    }
  };
  for (const lx of LEXICONS) {
    for (const p of lx.birthday) add(p, 'birthday', 1, lx.lang);
    for (const p of lx.occasion) add(p, 'occasion', 1, lx.lang);
    for (const p of lx.congrats) add(p, 'congrats', 1, lx.lang);
    for (const p of lx.salutations) add(p, 'salutation', 1, lx.lang);
    for (const p of lx.closings) add(p, 'closing', 1, lx.lang);
    for (const p of lx.personal) add(p, 'personal', 1, lx.lang);
    for (const [p, w] of Object.entries(lx.pitch.sell)) add(p, 'sell', w, lx.lang);
    for (const [p, w] of Object.entries(lx.pitch.favour)) add(p, 'favour', w, lx.lang);
    for (const [p, w] of Object.entries(lx.pitch.disguised)) add(p, 'disguised', w, lx.lang);
    for (const [p, w] of Object.entries(lx.pitch.cta)) add(p, 'cta', w, lx.lang);
    for (const [p, w] of Object.entries(lx.pitch.value)) add(p, 'value', w, lx.lang);
    for (const [p, w] of Object.entries(lx.pitch.askObjects)) {
      add(p, 'askObject', w, lx.lang);
      for (const word of phraseWords(p)) ASK_OBJECT_WORDS.add(word);
    }
    for (const w of timeUnits) ASK_OBJECT_WORDS.add(w);
    for (const p of lx.pitch.askFrames) add(p, 'askFrame', 1, lx.lang);
    for (const [p, w] of Object.entries(lx.pitch.seeking)) add(p, 'seeking', w, lx.lang);
    for (const p of lx.acquainted) add(p, 'acquainted', 1, lx.lang);
    for (const p of lx.calendarLinks ?? []) add(p, 'calendar', 0.95, lx.lang);
    for (const [p, w] of Object.entries(lx.pitch.possessives)) add(p, 'possessive', w, lx.lang);
    for (const p of lx.pitch.productHeads) add(p, 'productHead', 1, lx.lang);
    for (const [p, w] of Object.entries(lx.pitch.selfIntro ?? {})) add(p, 'selfIntro', w, lx.lang);
    for (const p of lx.pitch.serviceRoles ?? []) add(p, 'serviceRole', 1, lx.lang);
    for (const w of lx.pitch.notProductAfter ?? []) NOT_PRODUCT_AFTER.add(phraseWords(w)[0] ?? w);
    for (const w of lx.pitch.notAskAfter ?? []) NOT_ASK_AFTER.add(phraseWords(w)[0] ?? w);
    for (const p of lx.pitch.transitions) add(p, 'transition', 1, lx.lang);
    const generic = [...lx.wishFiller, ...lx.stopwords, ...lx.birthday, ...lx.occasion, ...lx.congrats, ...lx.salutations, ...lx.closings];
    for (const p of generic) for (const w of phraseWords(p)) if (w) GENERIC_WORDS.add(w.replace(/\*$/, ''));
    for (const p of lx.wishFiller) for (const w of phraseWords(p)) KNOWN_WORDS.add(w);
    for (const p of lx.stopwords) for (const w of phraseWords(p)) {
      KNOWN_WORDS.add(w);
      STOPWORDS.add(w);
    }
  }
  return { exact, prefix, prefixLens: [...lens].sort((a, b) => a - b) };
}

/** Single-word ask objects and product words of compounding languages, matched as word endings too. */
export const SUFFIXES: { suffix: string; entry: Entry }[] = [];

let built: PhraseIndex | undefined;

/**
 * The phrase index, built on first use — not when a content script loads, since most pages are
 * never written on. Also fills the word sets above (GENERIC_WORDS …): every entry point that reads
 * them calls this first (matching does, so everything after `prepare` may rely on it).
 */
export function lexicon(): PhraseIndex {
  if (built) return built;
  if (!lexiconsLoaded()) return { exact: new Map(), prefix: new Map(), prefixLens: [] };
  const index = buildIndex();
  for (const lx of LEXICONS) STOP_BY_LANG.set(lx.lang, new Set(lx.stopwords.flatMap((p) => phraseWords(p))));
  for (const lx of LEXICONS) {
    if (!lx.compounds) continue;
    for (const list of index.exact.values()) {
      for (const entry of list) {
        const w = entry.words[0] ?? '';
        if (entry.lang === lx.lang && entry.words.length === 1 && w.length >= 4 && !w.endsWith('*') && (entry.cat === 'askObject' || entry.cat === 'productHead' || entry.cat === 'serviceRole')) {
          SUFFIXES.push({ suffix: w, entry });
        }
      }
    }
  }
  return (built = index);
}
