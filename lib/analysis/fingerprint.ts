/**
 * Fingerprints of sent texts, split the way the judgement spec splits a message: the *frame*
 * (salutation and name, occasion formula, stock wishes, sign-off) and the *substance* (everything
 * else — the introduction, the offer, the ask, anything about the recipient). A message with
 * substance is fingerprinted by its substance alone, so the same substance under another frame
 * still matches and a new substance under the same frame does not; a frame-only message is
 * fingerprinted by its frame, with a different hash seed, so it can only match another frame-only
 * message. One-permutation MinHash (128 bins, rotation densification) over character 5-grams;
 * names dropped, digits folded. No raw text is kept — only the bin minima and the shingle count.
 */
import { GENERIC_WORDS, lexicon } from './lexicon';
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
/** Substance shorter than this is no substance: the message is judged by its frame. */
const MIN_SUBSTANCE_CHARS = 24;
const MIN_SUBSTANCE_WORDS = 4;
/** A frame-only message needs at least this much text to be compared at all. */
const MIN_FRAME_CHARS = 8;
/** Seeds: substance and frame sketches never agree by accident (nor with the older format). */
const SEED_SUBSTANCE = 0x2f6b1d3;
const SEED_FRAME = 0x5a17c0e9;

const FRAME_CATS = new Set(['birthday', 'occasion', 'congrats', 'salutation', 'closing']);

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface Normalised {
  /** Substance words (names dropped, digits folded), or "" when there is too little. */
  substance: string;
  /** Every word but names: what a frame-only message is compared by. */
  whole: string;
}

/** The text the fingerprint is computed over: substance, or the whole frame-only message. */
export function normaliseForFingerprint(text: string, names: readonly string[] = []): Normalised {
  const parsed = parse(text);
  const matches = findPhrases(parsed.tokens);
  const nameWords = new Set<string>();
  for (const n of names) for (const t of parse(n.slice(0, 200)).tokens) if (t.n.length > 1) nameWords.add(t.n);
  return normaliseParsed({ draft: text, text: parsed, matches, context: {}, name: undefined, nameWords, seed: 0, cache: {} });
}

/** The same, for a draft the analyzer has already parsed. */
export function normaliseParsed(input: RuleInput): Normalised {
  const { text: parsed, matches } = input;
  lexicon(); // GENERIC_WORDS
  const names = nameTokens(input);
  const frame = new Uint8Array(parsed.tokens.length);
  for (const m of matches) if (FRAME_CATS.has(m.entry.cat)) for (let k = m.i; k < m.j; k++) frame[k] = 1;
  const substance: string[] = [];
  const whole: string[] = [];
  // A short addition is still substance when it asks the recipient something ("How's the new
  // puppy?") — then the message is no longer frame-only. (Names of things are not enough: company
  // names, cities and numbers are the slots a template swaps.)
  let specific = false;
  parsed.tokens.forEach((t, k) => {
    if (names.has(k) || !t.n) return;
    const n = SHORTHAND[t.n] ?? t.n;
    const w = /\d/.test(n) ? n.replace(/\d/g, '0') : n;
    whole.push(w);
    if (!frame[k] && !GENERIC_WORDS.has(t.n)) {
      substance.push(w);
      if (parsed.questions.has(t.sent)) specific = true;
    }
  });
  const sub = substance.join(' ');
  const enough = sub.length >= MIN_SUBSTANCE_CHARS && substance.length >= MIN_SUBSTANCE_WORDS;
  return { substance: enough || (specific && sub.length >= 4) ? sub : '', whole: whole.join(' ') };
}

export function fingerprint(text: string, opts: { names?: readonly string[] } = {}): Fingerprint {
  return fingerprintOf(normaliseForFingerprint(text, opts.names));
}

export function fingerprintOf(norm: Normalised): Fingerprint {
  if (norm.substance) return { ...sketch(norm.substance, SEED_SUBSTANCE), whole: sketch(norm.whole, SEED_FRAME) };
  if (norm.whole.length >= MIN_FRAME_CHARS) return { ...sketch(norm.whole, SEED_FRAME), kind: 'frame' };
  return { minhash: new Array<number>(MINHASH_BINS).fill(0), size: 0 };
}

/** Everyday shorthand folded before sketching, so "HBD" and "happy bday" match "happy birthday". */
const SHORTHAND: Record<string, string> = { bday: 'birthday', 'b-day': 'birthday', hbd: 'happy birthday', thx: 'thanks', ty: 'thank you', geb: 'geburtstag', glückwunsch: 'glueckwunsch' };

function sketch(norm: string, seed: number): Fingerprint {
  const mins = new Array<number>(MINHASH_BINS).fill(EMPTY);
  let size = 0;
  // polynomial rolling hash over the 5-character window (mod 2^32), then a full avalanche
  let roll = 0;
  for (let k = 0; k < SHINGLE - 1; k++) roll = (Math.imul(roll, BASE) + norm.charCodeAt(k)) | 0;
  for (let i = 0; i + SHINGLE <= norm.length; i++) {
    roll = (Math.imul(roll, BASE) + norm.charCodeAt(i + SHINGLE - 1)) | 0;
    const h = fmix32(roll ^ seed);
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

/**
 * How much of two texts is shared, from their sketches: the estimated share of each text's
 * shingles that the other also has (containment, both ways). A copied substance with one added
 * sentence keeps a high share of the earlier text; a frame with new substance shares nothing.
 */
export function overlap(a: Fingerprint, b: Fingerprint): { ofA: number; ofB: number; jaccard: number } {
  const j = similarity(a, b);
  if (j === 0) return { ofA: 0, ofB: 0, jaccard: 0 };
  const inter = (j / (1 + j)) * (a.size + b.size);
  return { ofA: Math.min(1, inter / a.size), ofB: Math.min(1, inter / b.size), jaccard: j };
}

/**
 * Thresholds of "the same or nearly the same" (tuned on the tuning split's sequences). A frame-only
 * message may add one stock sentence ("…have the best day"), which is a larger share of a short text.
 */
export const REUSE = { ofEarlier: 0.5, ofDraft: 0.5, frameOfEarlier: 0.5, frameOfDraft: 0.3 };

/**
 * Is `draft` a reuse of `earlier`? Returns a similarity in 0–1 when it is (the smaller of the two
 * shares), or 0. Both shares must be high: most of the earlier text is in the draft (edits, a
 * dropped phrase) and most of the draft comes from it (one added sentence at most).
 */
export function reuseScore(draft: Fingerprint, earlier: Fingerprint): number {
  if (draft.size === 0 || earlier.size === 0) return 0;
  const frameD = draft.kind === 'frame';
  const frameE = earlier.kind === 'frame';
  // substance against substance; where either side is frame-only, whole message against whole message
  const mixed = frameD !== frameE;
  const a = mixed && !frameD ? draft.whole : draft;
  const b = mixed && !frameE ? earlier.whole : earlier;
  if (!a || !b) return 0;
  const o = overlap(a, b);
  const [e, d] = frameD ? [REUSE.frameOfEarlier, REUSE.frameOfDraft] : [REUSE.ofEarlier, REUSE.ofDraft];
  return o.ofB >= e && o.ofA >= d ? Math.max(o.jaccard, Math.min(o.ofA, o.ofB)) : 0;
}
