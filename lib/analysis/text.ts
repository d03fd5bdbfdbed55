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

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const PICTO = /\p{Extended_Pictographic}/u;
const NON_ASCII = /[^\p{ASCII}]/u;
const MARKS = /\p{M}+/gu;

export function normWord(w: string): string {
  if (w.length > MAX_WORD) return '';
  let s = w.toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s
      .replace(/ß/g, 'ss')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/’/g, "'")
      .normalize('NFD')
      .replace(MARKS, '');
  }
  return s;
}

/** Split a lexicon phrase into normalised words (same rules as drafts). */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  // a `*` right after a word makes it a prefix pattern ("shar*" = share, sharing, shared)
  for (const m of phrase.matchAll(WORD)) out.push(normWord(m[0]) + (phrase[m.index + m[0].length] === '*' ? '*' : ''));
  return out;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function parse(raw: string): ParsedText {
  const tokens: Token[] = [];
  const questions = new Set<number>();
  const emojiSpans: Span[] = [];
  let emoji = 0;
  let sent = 0;
  let sentHasWord = false;
  let prevEnd = 0;

  const scanGap = (from: number, to: number, prev: Token | undefined): void => {
    let firstPunct = '';
    let runStart = -1;
    for (let i = from; i < to; i++) {
      const c = raw.charCodeAt(i);
      // ASCII fast path
      if (c < 128) {
        if (runStart >= 0) {
          if (emojiSpans.length < 8) emojiSpans.push([runStart, i]);
          runStart = -1;
        }
        const ch = raw.charAt(i);
        if (!firstPunct && ch !== ' ' && ch !== '\t') firstPunct = ch;
        if (ch === '.' || ch === '!' || ch === '?' || ch === '\n') {
          if (ch === '?' && sentHasWord) questions.add(sent);
          if (sentHasWord) {
            sent++;
            sentHasWord = false;
          }
        }
        continue;
      }
      const ch = raw.charAt(i);
      if (ch === '…' || ch === '¿' || ch === '¡' || ch === '？' || ch === '！' || ch === '。') {
        if (!firstPunct) firstPunct = ch;
        if (ch === '？' && sentHasWord) questions.add(sent);
        if (ch !== '¿' && ch !== '¡' && sentHasWord) {
          sent++;
          sentHasWord = false;
        }
        continue;
      }
      // surrogate pairs: test the code point
      let cp = ch;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) cp = raw.slice(i, i + 2);
      if (PICTO.test(cp)) {
        emoji++;
        if (runStart < 0) runStart = i;
      }
      if (cp.length === 2) i++;
    }
    if (runStart >= 0 && emojiSpans.length < 8) emojiSpans.push([runStart, to]);
    if (prev) prev.after = firstPunct;
  };

  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prev: Token | undefined;
  while ((m = WORD.exec(raw)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    scanGap(prevEnd, s, prev);
    const tok: Token = {
      n: normWord(m[0]),
      s,
      e,
      cap: isUpper(m[0].charAt(0)),
      sent,
      first: !sentHasWord,
      after: '',
    };
    sentHasWord = true;
    tokens.push(tok);
    prev = tok;
    prevEnd = e;
  }
  scanGap(prevEnd, raw.length, prev);
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
