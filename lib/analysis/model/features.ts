/**
 * Features of the learned layer: hashed character n-grams inside words (2–5, with word
 * boundaries), words and word pairs, emoji, and the rules' own signals. The same extractor
 * serves training (tests/analysis/train.ts) and scoring, so the two can never disagree.
 *
 * Every feature is a 32-bit hash; the model maps it to a bucket and a sign (the hashing trick),
 * so the vocabulary is unbounded and no word list ships with the weights. Each feature remembers
 * the token it came from, so a decision can be explained by the words that carried it.
 */
import type { ParsedText } from '../text';

/** One feature occurrence: hash, value, and the token it belongs to (-1: the whole draft). */
export interface FeatureSink {
  (hash: number, value: number, token: number): void;
}

const MIN_GRAM = 2;
const MAX_GRAM = 5;
/** Longer drafts are judged by their first part: the words that matter come early. */
export const MAX_TOKENS = 400;

/** FNV-1a over a string, continuing from a seed. */
function fnv(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Final avalanche so nearby hashes spread over buckets and signs. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEED_CHAR = fnv('c:');
const SEED_WORD = fnv('w:');
const SEED_PAIR = fnv('p:');
const SEED_EMOJI = fnv('e:');
const SEED_SIGNAL = fnv('s:');

/** The word as the model sees it: digits folded ("2024" → "0000"), the recipient's name replaced. */
export function modelWord(n: string, isName: boolean): string {
  if (isName) return '\u2039n\u203a';
  return /\d/.test(n) ? n.replace(/\d/g, '0') : n;
}

/**
 * Text features of a parsed draft. `names` marks tokens that are the recipient's name: they
 * become one placeholder, so the model learns nothing about particular people.
 */
export function textFeatures(text: ParsedText, names: ReadonlySet<number>, emit: FeatureSink, skip?: ReadonlySet<number>): void {
  const toks = text.tokens;
  const count = Math.min(toks.length, MAX_TOKENS);
  let prev = '\u2039s\u203a';
  let prevSent = -1;
  for (let k = 0; k < count; k++) {
    const t = toks[k];
    if (!t || !t.n || skip?.has(k)) continue;
    const isName = names.has(k);
    const w = modelWord(t.n, isName);
    // a pair never spans sentences: the start of a sentence is its own context
    const before = t.sent === prevSent ? prev : '\u2039s\u203a';
    emit(mix(fnv(`${before} ${w}`, SEED_PAIR)), 1, k);
    prev = w;
    prevSent = t.sent;
    if (isName) {
      emit(mix(fnv(w, SEED_WORD)), 1, k);
      continue;
    }
    const grams = wordFeatures(w);
    for (let i = 0; i < grams.length; i++) emit(grams[i] ?? 0, 1, k);
  }
  // emoji: each distinct pictograph, plus how many there were
  if (text.emoji > 0) {
    const seen = new Set<string>();
    for (const [s, e] of text.emojiSpans) {
      for (const ch of text.raw.slice(s, e)) {
        if (seen.has(ch) || seen.size > 12) continue;
        seen.add(ch);
        emit(mix(fnv(ch, SEED_EMOJI)), 1, -1);
      }
    }
  }
}

/**
 * Character 2–5-grams of "<word>", hashed without building substrings: from each start, FNV-1a is
 * extended one character at a time and emitted from the second character on.
 */
/**
 * The word's own feature and its character 2–5-grams of "<word>", hashed without building
 * substrings (FNV-1a extended one character at a time). Words recur across drafts, so the
 * hashes are kept per word (a bounded cache).
 */
const WORD_CACHE = new Map<string, Uint32Array>();

function wordFeatures(w: string): Uint32Array {
  const hit = WORD_CACHE.get(w);
  if (hit) return hit;
  const len = w.length + 2;
  const out: number[] = [mix(fnv(w, SEED_WORD))];
  for (let i = 0; i + MIN_GRAM <= len; i++) {
    let h = SEED_CHAR;
    for (let n = 1; n <= MAX_GRAM && i + n <= len; n++) {
      const p = i + n - 1;
      const c = p === 0 ? 60 : p === len - 1 ? 62 : w.charCodeAt(p - 1); // '<' word '>'
      h = Math.imul(h ^ c, 0x01000193) >>> 0;
      // the whole word is already a word feature
      if (n >= MIN_GRAM && !(n === len && n > MIN_GRAM)) out.push(mix(h));
    }
  }
  const arr = Uint32Array.from(out);
  if (WORD_CACHE.size > 30_000) WORD_CACHE.clear();
  WORD_CACHE.set(w, arr);
  return arr;
}

const SIGNAL_CACHE = new Map<string, number>();

/** A named signal from the rules or the context ("greeting:birthday", "first:true"). */
export function signalHash(name: string): number {
  let h = SIGNAL_CACHE.get(name);
  if (h === undefined) {
    h = mix(fnv(name, SEED_SIGNAL));
    if (SIGNAL_CACHE.size > 50_000) SIGNAL_CACHE.clear();
    SIGNAL_CACHE.set(name, h);
  }
  return h;
}
