/**
 * A draft as a sparse vector over hashed buckets: the text block is L2-normalised (so long and
 * short drafts weigh alike), the signal block is not (a rule's finding counts the same in a
 * long mail and in a one-liner). Shared by training and scoring.
 */
import type { ParsedText } from '../text';
import { signalHash, textFeatures } from './features';

export interface SparseVector {
  /** Bucket per entry. */
  idx: Int32Array;
  /** Signed value per entry. */
  val: Float32Array;
  /** The token an entry came from (-1: the whole draft), for explanations. */
  tok: Int32Array;
}

/**
 * Generation stamps per (bucket, sign): a feature is kept once per draft without a hash set.
 * Two different features that land in the same bucket with the same sign count once — the same
 * in training and in scoring, and rare with 2^16 buckets.
 */
let stamps = new Uint32Array(0);
let generation = 0;
let bufIdx = new Int32Array(2048);
let bufTok = new Int32Array(2048);
let bufSign = new Int8Array(2048);

/** `skip`: tokens the model must not see (words a personal "allow" rule covers). */
export function vectorize(text: ParsedText, names: ReadonlySet<number>, signals: readonly string[], bits: number, skip?: ReadonlySet<number>): SparseVector {
  const mask = (1 << bits) - 1;
  if (stamps.length !== 2 << bits) {
    stamps = new Uint32Array(2 << bits);
    generation = 0;
  }
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    stamps.fill(0);
    generation = 1;
  }
  const gen = generation;
  let size = 0;
  textFeatures(
    text,
    names,
    (hash, _v, t) => {
      const bucket = hash & mask;
      const sign = hash >>> 31;
      const key = (bucket << 1) | sign;
      if (stamps[key] === gen) return;
      stamps[key] = gen;
      if (size === bufIdx.length) {
        const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        bufIdx = grow(bufIdx);
        bufTok = grow(bufTok);
        const s8 = new Int8Array(bufSign.length * 2);
        s8.set(bufSign);
        bufSign = s8;
      }
      bufIdx[size] = bucket;
      bufTok[size] = t;
      bufSign[size] = sign ? -1 : 1;
      size++;
    },
    skip,
  );
  const textCount = size;
  const signalSet = new Set(signals);
  const n = textCount + signalSet.size;
  const idx = new Int32Array(n);
  const val = new Float32Array(n);
  const tok = new Int32Array(n);
  const norm = textCount > 0 ? 1 / Math.sqrt(textCount) : 0;
  idx.set(bufIdx.subarray(0, textCount));
  tok.set(bufTok.subarray(0, textCount));
  for (let j = 0; j < textCount; j++) val[j] = (bufSign[j] ?? 1) * norm;
  let i = textCount;
  for (const sig of signalSet) {
    const h = signalHash(sig);
    idx[i] = h & mask;
    val[i] = h >>> 31 ? -1 : 1;
    tok[i] = -1;
    i++;
  }
  return { idx, val, tok };
}
