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

/** Feature settings (fixed for the shipped model; training experiments vary them). */
export const FEATURES = { minGram: 2, maxGram: 5, crossGrams: false, triples: false };
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
    const w = modelWord(t.n, names.has(k));
    emit(mix(fnv(w, SEED_WORD)), 1, k);
    // a pair never spans sentences: the start of a sentence is its own context
    const before = t.sent === prevSent ? prev : '\u2039s\u203a';
    emit(mix(fnv(`${before} ${w}`, SEED_PAIR)), 1, k);
    prev = w;
    prevSent = t.sent;
    if (names.has(k)) continue;
    if (FEATURES.triples && k >= 2) {
      const a = toks[k - 2];
      const b = toks[k - 1];
      if (a && b && a.sent === t.sent && b.sent === t.sent) emit(mix(fnv(`${modelWord(a.n, names.has(k - 2))} ${modelWord(b.n, names.has(k - 1))} ${w}`, SEED_PAIR ^ 0x5bd1e995)), 1, k);
    }
    if (FEATURES.crossGrams && k >= 1) {
      const b = toks[k - 1];
      if (b && b.sent === t.sent && !names.has(k - 1)) {
        const joined = `${modelWord(b.n, false)} ${w}`;
        const mid = modelWord(b.n, false).length;
        for (let n = 3; n <= 5; n++) for (let i = Math.max(0, mid - n + 1); i <= mid && i + n <= joined.length; i++) emit(mix(fnv(joined.slice(i, i + n), SEED_CHAR ^ 0x27d4eb2d)), 1, k);
      }
    }
    const padded = `<${w}>`;
    const len = padded.length;
    for (let n = FEATURES.minGram; n <= FEATURES.maxGram; n++) {
      for (let i = 0; i + n <= len; i++) {
        if (n === len && n > FEATURES.minGram) continue; // the whole word is already a word feature
        emit(mix(fnv(padded.slice(i, i + n), SEED_CHAR)), 1, k);
      }
    }
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

/** A named signal from the rules or the context ("greeting:birthday", "first:true"). */
export function signalHash(name: string): number {
  return mix(fnv(name, SEED_SIGNAL));
}
