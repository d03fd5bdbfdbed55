/**
 * Tokenising and normalising drafts. Linear in the length of the text: one pass of a regex
 * without nested quantifiers over the same characters, plus a scan of the gaps between words.
 */
import type { Span } from './types';

export interface Token {
  /** Normalised: lower case, accents folded, ß → ss. Empty for absurdly long "words". */
  n: string;
  s: number;
  e: number;
  /** Starts with an upper-case letter in the draft. */
  cap: boolean;
  /** Sentence index (sentences end at . ! ? … and line breaks). */
  sent: number;
  /** First token of its sentence. */
  first: boolean;
  /** The punctuation right after the word ("," "!" "?" "." or "" for none / whitespace). */
  after: string;
}

export interface ParsedText {
  raw: string;
  tokens: Token[];
  /** Sentences that end with a question mark. */
  questions: Set<number>;
  /** Pictographic emoji in the text. */
  emoji: number;
  /** Spans of the emoji runs (at most a few are kept). */
  emojiSpans: Span[];
  sentences: number;
}

/** Longer "words" are not words: they are skipped by every lexicon look-up. */
export const MAX_WORD = 48;

/**
 * Unicode-property patterns: V8 compiles each when it is created, so they are made on first use —
 * content scripts import this module on every page load, most of which never analyse a draft.
 */
interface Patterns {
  word: RegExp;
  picto: RegExp;
  nonAscii: RegExp;
  marks: RegExp;
  wordChar: RegExp;
}
let patterns: Patterns | undefined;
const P = (): Patterns =>
  (patterns ??= {
    word: /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu,
    picto: /\p{Extended_Pictographic}/u,
    nonAscii: /[^\p{ASCII}]/u,
    marks: /\p{M}+/gu,
    wordChar: /^[\p{L}\p{N}\p{M}]$/u,
  });

/** Accents off ("Glückwunsch" → "Gluckwunsch"), with one compiled pattern for every call. */
export function stripMarks(w: string): string {
  return w.normalize('NFD').replace(P().marks, '');
}

export function normWord(w: string): string {
  if (w.length > MAX_WORD) return '';
  let s = w.toLowerCase();
  if (P().nonAscii.test(s)) {
    s = s
      .replace(/ß/g, 'ss')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/’/g, "'")
      .normalize('NFD')
      .replace(P().marks, '');
  }
  return s;
}

/** Split a lexicon phrase into normalised words (same rules as drafts). */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  // a `*` right after a word makes it a prefix pattern ("shar*" = share, sharing, shared)
  for (const m of phrase.matchAll(P().word)) out.push(normWord(m[0]) + (phrase[m.index + m[0].length] === '*' ? '*' : ''));
  return out;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// Character classes, cached per BMP code unit: 1 = word character, 2 = other, 4 = pictographic.
// Built on first use, not at import (the content script loads on every page).
let CLASS: Uint8Array | null = null;
function classes(): Uint8Array {
  if (CLASS) return CLASS;
  const table = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) table[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 2;
  return (CLASS = table);
}

function classOf(c: number): number {
  const CLASS = classes();
  let k = CLASS[c] ?? 0;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = (P().wordChar.test(ch) ? 1 : 2) | (P().picto.test(ch) ? 4 : 0);
    CLASS[c] = k;
  }
  return k;
}

/** Length (1 or 2 code units) of the word character at i, or 0. */
function wordCharAt(raw: string, i: number): number {
  const c = raw.charCodeAt(i);
  if (c < 128) return classes()[c] === 1 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length) return P().wordChar.test(raw.slice(i, i + 2)) ? 2 : 0;
  return classOf(c) & 1 ? 1 : 0;
}

const NORM_CACHE = new Map<string, string>();

function normCached(w: string): string {
  let n = NORM_CACHE.get(w);
  if (n === undefined) {
    n = normWord(w);
    if (NORM_CACHE.size > 20_000) NORM_CACHE.clear();
    NORM_CACHE.set(w, n);
  }
  return n;
}

export function parse(raw: string): ParsedText {
  const tokens: Token[] = [];
  const questions = new Set<number>();
  const emojiSpans: Span[] = [];
  let emoji = 0;
  let sent = 0;
  let sentHasWord = false;
  let prev: Token | undefined;
  let firstPunct = '';
  let runStart = -1;
  const n = raw.length;
  const endRun = (i: number): void => {
    if (runStart >= 0) {
      if (emojiSpans.length < 8) emojiSpans.push([runStart, i]);
      runStart = -1;
    }
  };
  const endSentence = (): void => {
    if (sentHasWord) {
      sent++;
      sentHasWord = false;
    }
  };
  let i = 0;
  while (i < n) {
    const len = wordCharAt(raw, i);
    if (len > 0) {
      endRun(i);
      if (prev) prev.after = firstPunct;
      firstPunct = '';
      const s = i;
      i += len;
      for (;;) {
        const l = wordCharAt(raw, i);
        if (l > 0) {
          i += l;
          continue;
        }
        const c = raw.charCodeAt(i);
        if ((c === 39 || c === 0x2019) && wordCharAt(raw, i + 1) > 0) {
          i++;
          continue;
        }
        break;
      }
      const word = raw.slice(s, i);
      const tok: Token = { n: normCached(word), s, e: i, cap: isUpper(word.charAt(0)), sent, first: !sentHasWord, after: '' };
      sentHasWord = true;
      tokens.push(tok);
      prev = tok;
      continue;
    }
    // a gap character
    const c = raw.charCodeAt(i);
    if (c < 128) {
      endRun(i);
      if (c !== 32 && c !== 9 && !firstPunct) firstPunct = raw.charAt(i);
      if (c === 46 || c === 33 || c === 10) endSentence();
      else if (c === 63) {
        if (sentHasWord) questions.add(sent);
        endSentence();
      }
      i++;
      continue;
    }
    if (c === 0x2026 || c === 0xff1f || c === 0xff01 || c === 0x3002) {
      if (!firstPunct) firstPunct = raw.charAt(i);
      if (c === 0xff1f && sentHasWord) questions.add(sent);
      endSentence();
      i++;
      continue;
    }
    let picto: boolean;
    let step = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      picto = P().picto.test(raw.slice(i, i + 2));
      step = 2;
    } else {
      picto = (classOf(c) & 4) !== 0;
    }
    if (picto) {
      emoji++;
      if (runStart < 0) runStart = i;
    }
    i += step;
  }
  endRun(n);
  if (prev) prev.after = firstPunct;
  return { raw, tokens, questions, emoji, emojiSpans, sentences: sentHasWord ? sent + 1 : sent };
}

/** FNV-1a over a string (for choosing among questions deterministically). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
