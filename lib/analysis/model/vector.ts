/**
 * A draft as a sparse vector over hashed buckets: the text block is L2-normalised (so long and
 * short drafts weigh alike), the signal block is not (a rule's finding counts the same in a
 * long mail and in a one-liner). Shared by training and scoring.
 */
import type { ParsedText } from '../text';
import { signalHash, textFeatures } from './features';

/** For training experiments: leave the rules' signals out. */
export const SIGNALS = { use: true };

export interface SparseVector {
  /** Bucket per entry. */
  idx: Int32Array;
  /** Signed value per entry. */
  val: Float32Array;
  /** The token an entry came from (-1: the whole draft), for explanations. */
  tok: Int32Array;
}

/** `skip`: tokens the model must not see (words a personal "allow" rule covers). */
export function vectorize(text: ParsedText, names: ReadonlySet<number>, signals: readonly string[], bits: number, skip?: ReadonlySet<number>): SparseVector {
  const mask = (1 << bits) - 1;
  // distinct features only: a word said twice is not twice the evidence
  const firstToken = new Map<number, number>();
  textFeatures(
    text,
    names,
    (h, _v, t) => {
      if (!firstToken.has(h)) firstToken.set(h, t);
    },
    skip,
  );
  const textCount = firstToken.size;
  const signalSet = new Set(SIGNALS.use ? signals : []);
  const n = textCount + signalSet.size;
  const idx = new Int32Array(n);
  const val = new Float32Array(n);
  const tok = new Int32Array(n);
  const norm = textCount > 0 ? 1 / Math.sqrt(textCount) : 0;
  let i = 0;
  for (const [h, t] of firstToken) {
    idx[i] = h & mask;
    val[i] = h >>> 31 ? -norm : norm;
    tok[i] = t;
    i++;
  }
  for (const s of signalSet) {
    const h = signalHash(s);
    idx[i] = h & mask;
    val[i] = h >>> 31 ? -1 : 1;
    tok[i] = -1;
    i++;
  }
  return { idx, val, tok };
}
