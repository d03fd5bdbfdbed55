/**
 * Scoring a prepared draft with the learned layer: one logistic head per modelled rule over the
 * same hashed vector. Each head also names the words that carried its decision (the tokens
 * whose features added the most to the score), so a finding always shows its reasons.
 */
import type { ParsedText } from '../text';
import type { Span } from '../types';
import { vectorize, type SparseVector } from './vector';

/**
 * The heads: one per rule the model judges directly, and `ask` — "this message asks for something
 * or offers something" — learned from first-message pitches and greeting pretexts together. A
 * pretext is a greeting followed by exactly such an ask, so it is judged by the `ask` head where
 * the rules found a greeting: both rules share what they know about asks.
 */
export const MODEL_HEADS = ['templated-greeting', 'pitch-first-message', 'ask'] as const;
export type ModelHead = (typeof MODEL_HEADS)[number];

/** The rules the model decides. */
export const MODEL_RULES = ['templated-greeting', 'pitch-first-message', 'greeting-pretext'] as const;
export type ModelRule = (typeof MODEL_RULES)[number];

export interface HeadWeights {
  bias: number;
  /** Dequantised weights, one per bucket. */
  w: Float32Array;
}

export interface Threshold {
  /** Probability at which a finding is emitted (its confidence is then 0.8). */
  emit: number;
  /** Probability at which the confidence reaches 0.9. */
  high: number;
}

export interface Model {
  bits: number;
  heads: Record<ModelHead, HeadWeights>;
  rules: Record<ModelRule, Threshold>;
}

/** Weights as shipped: int8 per bucket and a scale, base64 (see tests/analysis/train.ts). */
export interface PackedModel {
  bits: number;
  /** Which corpus and settings produced it. */
  trainedOn: string;
  heads: Record<ModelHead, { bias: number; scale: number; q: string }>;
  rules: Record<ModelRule, Threshold>;
}

function decode(b64: string, n: number): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(n);
  for (let i = 0; i < n && i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function unpack(packed: PackedModel): Model {
  const n = 1 << packed.bits;
  const heads = {} as Record<ModelHead, HeadWeights>;
  for (const head of MODEL_HEADS) {
    const h = packed.heads[head];
    const q = decode(h.q, n);
    const w = new Float32Array(n);
    for (let i = 0; i < n; i++) w[i] = (q[i] ?? 0) * h.scale;
    heads[head] = { bias: h.bias, w };
  }
  return { bits: packed.bits, heads, rules: packed.rules };
}

export interface HeadScore {
  p: number;
  /** The words that carried the decision, merged into phrases. */
  spans: Span[];
}

const MAX_REASONS = 4;

function explain(x: SparseVector, w: Float32Array, text: ParsedText): Span[] {
  const byToken = new Map<number, number>();
  for (let i = 0; i < x.idx.length; i++) {
    const t = x.tok[i] ?? -1;
    if (t < 0) continue;
    byToken.set(t, (byToken.get(t) ?? 0) + (w[x.idx[i] ?? 0] ?? 0) * (x.val[i] ?? 0));
  }
  const ranked = [...byToken].filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const top = ranked[0]?.[1] ?? 0;
  const chosen = ranked.filter(([, c]) => c >= top * 0.3).slice(0, MAX_REASONS).map(([t]) => t).sort((a, b) => a - b);
  const spans: Span[] = [];
  let last = -2;
  for (const k of chosen) {
    const t = text.tokens[k];
    if (!t) continue;
    const prev = spans[spans.length - 1];
    if (prev && k === last + 1 && text.tokens[last]?.sent === t.sent) prev[1] = t.e;
    else spans.push([t.s, t.e]);
    last = k;
  }
  return spans;
}

/** Probability of each head for a vector. */
export function headProbabilities(model: Pick<Model, 'heads'>, x: SparseVector): Record<ModelHead, number> {
  const out = {} as Record<ModelHead, number>;
  for (const head of MODEL_HEADS) {
    const h = model.heads[head];
    let z = h.bias;
    for (let i = 0; i < x.idx.length; i++) z += (h.w[x.idx[i] ?? 0] ?? 0) * (x.val[i] ?? 0);
    out[head] = 1 / (1 + Math.exp(-z));
  }
  return out;
}

/** The model's probability for each rule: a pretext needs a greeting, then it is an ask. */
export function ruleProbabilities(heads: Record<ModelHead, number>, greeting: boolean): Record<ModelRule, number> {
  return { 'templated-greeting': heads['templated-greeting'], 'pitch-first-message': heads['pitch-first-message'], 'greeting-pretext': greeting ? heads.ask : 0 };
}

const HEAD_OF: Record<ModelRule, ModelHead> = { 'templated-greeting': 'templated-greeting', 'pitch-first-message': 'pitch-first-message', 'greeting-pretext': 'ask' };

/** A draft as the heads read it: the whole draft, and the part after its greeting for `ask`. */
export interface ModelInput {
  text: ParsedText;
  names: ReadonlySet<number>;
  signals: readonly string[];
  /** The part after the greeting, for the `ask` head. */
  ask: { text: ParsedText; names: ReadonlySet<number>; signals: readonly string[] };
  greeting: boolean;
  /** Tokens of `text` the model must not see (covered by a personal "allow" rule). */
  skip?: ReadonlySet<number>;
}

export function score(model: Model, input: ModelInput): Record<ModelRule, HeadScore> {
  const x = vectorize(input.text, input.names, input.signals, model.bits, input.skip);
  // the ask view shares token objects with the draft: skip the same ones there
  const skipAsk = new Set<number>();
  if (input.skip?.size) input.ask.text.tokens.forEach((t, k) => input.text.tokens.some((u, j) => u === t && input.skip?.has(j)) && skipAsk.add(k));
  const xa = vectorize(input.ask.text, input.ask.names, input.ask.signals, model.bits, skipAsk);
  const heads = headProbabilities(model, x);
  heads.ask = headProbabilities(model, xa).ask;
  const probs = ruleProbabilities(heads, input.greeting);
  const out = {} as Record<ModelRule, HeadScore>;
  for (const rule of MODEL_RULES) {
    const p = probs[rule];
    const [vec, text] = rule === 'greeting-pretext' ? [xa, input.ask.text] : [x, input.text];
    out[rule] = { p, spans: p >= model.rules[rule].emit ? explain(vec, model.heads[HEAD_OF[rule]].w, text) : [] };
  }
  return out;
}

/** Confidence of a finding from its probability: 0.8 at the emission point, 0.9 at `high`, at most 0.97. */
export function confidenceOf(p: number, h: Threshold): number {
  if (p < h.emit) return 0;
  const logit = (x: number): number => Math.log(x / (1 - x));
  const a = logit(Math.min(0.999999, h.emit));
  const b = logit(Math.min(0.999999, Math.max(h.high, h.emit + 1e-6)));
  const t = (logit(Math.min(0.999999, p)) - a) / Math.max(1e-6, b - a);
  return Math.round(Math.min(0.97, 0.8 + 0.1 * t) * 100) / 100;
}
