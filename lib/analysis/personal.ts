/**
 * Personal rules: plain phrases with `*` (letters within a word) and `?` (one letter).
 * A phrase compiles to a list of per-word glob patterns matched against consecutive words of the
 * draft. Words are at most MAX_WORD letters and phrases at most 120 characters, so matching is
 * linear in the draft with a small constant — no user regex, nothing that can backtrack.
 */
import { lexicon, STOPWORDS } from './lexicon';
import { MAX_WORD, normWord, type ParsedText } from './text';
import type { Span } from './types';

export const MAX_RULE_LENGTH = 120;

export type RuleValidation = { ok: true } | { ok: false; reason: 'empty' | 'too-broad' | 'too-long' | 'invalid' };

/** Regex and markup syntax: a sign the user typed a regex, which we do not run. */
/** Made on first use: V8 compiles Unicode-property patterns when they are created (content-script start-up). */
let patterns: { forbidden: RegExp; wordChars: RegExp; literal: RegExp } | undefined;
const P = () => (patterns ??= { forbidden: /[\\[\](){}|^$+<>~`=]|\p{Cc}/u, wordChars: /[\p{L}\p{N}\p{M}*?'’]+/gu, literal: /[\p{L}\p{N}]/gu });

export interface CompiledRule {
  /** Per-word glob patterns, normalised like draft words. */
  words: string[];
}

function splitPattern(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.matchAll(P().wordChars)) {
    // normalise literal parts; * and ? are ASCII and survive normWord unchanged
    const w = normWord(m[0].length > MAX_WORD * 2 ? m[0].slice(0, MAX_WORD * 2) : m[0]);
    if (w) out.push(w);
  }
  return out;
}

export function validatePersonalRule(phrase: string): RuleValidation {
  if (typeof phrase !== 'string') return { ok: false, reason: 'invalid' };
  const p = phrase.trim();
  if (!p) return { ok: false, reason: 'empty' };
  if (p.length > MAX_RULE_LENGTH) return { ok: false, reason: 'too-long' };
  if (P().forbidden.test(p)) return { ok: false, reason: 'invalid' };
  const words = splitPattern(p);
  if (!words.length) return { ok: false, reason: 'invalid' };
  const literal = (p.match(P().literal) ?? []).length;
  if (literal < 3) return { ok: false, reason: 'too-broad' };
  const hasWild = words.some((w) => w.includes('*') || w.includes('?'));
  lexicon(); // STOPWORDS
  if (!hasWild && words.every((w) => STOPWORDS.has(w))) return { ok: false, reason: 'too-broad' };
  // a single word that is mostly wildcard: "ab*", "*x*"
  if (words.length === 1 && hasWild && (words[0] ?? '').replace(/[*?]/g, '').length < 3) return { ok: false, reason: 'too-broad' };
  return { ok: true };
}

export function compilePersonalRule(phrase: string): CompiledRule | null {
  if (!validatePersonalRule(phrase).ok) return null;
  return { words: splitPattern(phrase.trim()) };
}

/** Glob match with the classic single-backtrack-point algorithm: O(|pattern| × |word|), both bounded. */
export function globMatch(pat: string, word: string): boolean {
  let p = 0;
  let w = 0;
  let star = -1;
  let mark = 0;
  while (w < word.length) {
    const pc = pat[p];
    if (pc !== undefined && (pc === '?' || pc === word[w]) && pc !== '*') {
      p++;
      w++;
    } else if (pc === '*') {
      star = p++;
      mark = w;
    } else if (star >= 0) {
      p = star + 1;
      w = ++mark;
    } else {
      return false;
    }
  }
  while (pat[p] === '*') p++;
  return p === pat.length;
}

export function matchRule(rule: CompiledRule, text: ParsedText): Span[] {
  const toks = text.tokens;
  const ws = rule.words;
  const spans: Span[] = [];
  if (!ws.length) return spans;
  for (let i = 0; i + ws.length <= toks.length; i++) {
    let ok = true;
    for (let k = 0; k < ws.length; k++) {
      const n = toks[i + k]?.n;
      if (!n || !globMatch(ws[k] ?? '', n)) {
        ok = false;
        break;
      }
    }
    const first = toks[i];
    const last = toks[i + ws.length - 1];
    if (ok && first && last) {
      spans.push([first.s, last.e]);
      if (spans.length >= 50) break;
    }
  }
  return spans;
}
