/**
 * Fingerprints of sent texts: one-permutation MinHash (128 bins, rotation densification) over
 * character 5-grams of a normalised text. Names and greeting words are dropped first, so
 * "names swapped" still matches. No raw text is kept — only the bin minima.
 */
import { findPhrases } from './match';
import { parse } from './text';
import type { Fingerprint } from './types';
import { nameTokens } from './rules/greeting';
import type { RuleInput } from './rules/shared';

export const MINHASH_BINS = 128;
const SHINGLE = 5;
const BIN_SHIFT = 25; // top 7 bits choose the bin
const VALUE_MASK = (1 << BIN_SHIFT) - 1;
const EMPTY = -1;
const BASE = 0x01000193;
/** BASE^(SHINGLE-1) mod 2^32: the weight of the character leaving the window. */
const BASE_POW = Math.imul(Math.imul(BASE, BASE), Math.imul(BASE, BASE));
/** Shorter normalised texts get no fingerprint (size 0): too little to tell reuse from chance. */
const MIN_CHARS = 24;
const MIN_WORDS = 4;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The text the fingerprint is computed over: words without names and greeting openers. */
export function normaliseForFingerprint(text: string, names: readonly string[] = []): string {
  const parsed = parse(text);
  const matches = findPhrases(parsed.tokens);
  const nameWords = new Set<string>();
  for (const n of names) for (const t of parse(n.slice(0, 200)).tokens) if (t.n.length > 1) nameWords.add(t.n);
  return normaliseParsed({ draft: text, text: parsed, matches, context: {}, name: undefined, nameWords, seed: 0, cache: {} });
}

/** The same, for a draft the analyzer has already parsed. */
export function normaliseParsed(input: RuleInput): string {
  const { text: parsed, matches } = input;
  const skip = nameTokens(input);
  for (const m of matches) {
    if (m.entry.cat === 'salutation') for (let k = m.i; k < m.j; k++) skip.add(k);
  }
  const words: string[] = [];
  parsed.tokens.forEach((t, k) => {
    if (!skip.has(k) && t.n) words.push(t.n);
  });
  return words.join(' ');
}

export function fingerprint(text: string, opts: { names?: readonly string[] } = {}): Fingerprint {
  return fingerprintOf(normaliseForFingerprint(text, opts.names));
}

export function fingerprintOf(norm: string): Fingerprint {
  const mins = new Array<number>(MINHASH_BINS).fill(EMPTY);
  const words = norm ? norm.split(' ').length : 0;
  if (norm.length < MIN_CHARS || words < MIN_WORDS) return { minhash: new Array<number>(MINHASH_BINS).fill(0), size: 0 };
  let size = 0;
  // polynomial rolling hash over the 5-character window (mod 2^32), then a full avalanche
  let roll = 0;
  for (let k = 0; k < SHINGLE - 1; k++) roll = (Math.imul(roll, BASE) + norm.charCodeAt(k)) | 0;
  for (let i = 0; i + SHINGLE <= norm.length; i++) {
    roll = (Math.imul(roll, BASE) + norm.charCodeAt(i + SHINGLE - 1)) | 0;
    const h = fmix32(roll);
    roll = (roll - Math.imul(norm.charCodeAt(i), BASE_POW)) | 0;
    const bin = h >>> BIN_SHIFT;
    const val = h & VALUE_MASK;
    const cur = mins[bin] ?? EMPTY;
    if (cur === EMPTY || val < cur) mins[bin] = val;
    size++;
  }
  // Densify: an empty bin borrows from the next non-empty bin, offset by the distance.
  const out = new Array<number>(MINHASH_BINS);
  for (let b = 0; b < MINHASH_BINS; b++) {
    if (mins[b] !== EMPTY) {
      out[b] = mins[b] ?? 0;
      continue;
    }
    for (let d = 1; d < MINHASH_BINS; d++) {
      const v = mins[(b + d) % MINHASH_BINS] ?? EMPTY;
      if (v !== EMPTY) {
        out[b] = v + d * (VALUE_MASK + 1);
        break;
      }
    }
  }
  return { minhash: out, size };
}

/** Estimated Jaccard similarity of the two texts' shingle sets (0 when either is too short). */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  if (a.size === 0 || b.size === 0 || a.minhash.length !== b.minhash.length) return 0;
  let same = 0;
  for (let i = 0; i < a.minhash.length; i++) if (a.minhash[i] === b.minhash[i]) same++;
  return same / a.minhash.length;
}
