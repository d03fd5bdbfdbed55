/**
 * `npm run train`: fit the learned layer on the labelled corpus and write
 * lib/analysis/model/weights.ts. Deterministic: same corpus, same weights.
 *
 *   npm run train                 fit on every non-blind item, pick thresholds, write the weights
 *   npm run train -- --cv         leave-one-author-out cross-validation only (nothing written)
 *   npm run train -- --bits 16 --lambda 1e-4
 *
 * Blind items (split "blind") are never read here. The emission threshold of each head is chosen
 * from out-of-fold predictions (each author's items scored by a model that never saw that
 * author), so the precision it promises is measured on unseen writers, not on training text.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../../lib/analysis/lexicon/all';
import { prepare } from '../../lib/analysis/core';
import { nameTokens } from '../../lib/analysis/rules/greeting';
import { modelSignals } from '../../lib/analysis/rules/signals';
import { MODEL_HEADS, MODEL_RULES, ruleProbabilities, type ModelHead, type ModelRule, type PackedModel } from '../../lib/analysis/model/score';
import type { RuleId } from '../../lib/analysis/types';
import { vectorize, type SparseVector } from '../../lib/analysis/model/vector';
import { loadCorpus, type CorpusLine } from './corpus';
import { fit, predict, type Example, type LinearModel } from './lr';

export interface TrainConfig {
  bits: number;
  lambda: Record<ModelHead, number>;
  iterations: number;
  /** Precision the emission threshold must reach on out-of-fold predictions. */
  emitPrecision: number;
  /** Precision at which the confidence reaches 0.9. */
  highPrecision: number;
}

export const DEFAULT_CONFIG: TrainConfig = {
  bits: 16,
  lambda: { 'templated-greeting': 1e-4, 'pitch-first-message': 1e-4, ask: 1e-4 },
  iterations: 200,
  emitPrecision: 0.96,
  highPrecision: 0.985,
};

export interface Item {
  line: CorpusLine;
  x: SparseVector;
  /** The part after the greeting, as the `ask` head reads it. */
  xAsk: SparseVector;
  author: string;
  /** The rules found a greeting (or the context names an occasion): a pretext is possible. */
  greeting: boolean;
}

const has = (line: CorpusLine, rule: RuleId): boolean => line.expect.includes(rule);

/** The context gates of pitch-first-message: the rules' job, not the model's. */
function pitchGated(line: CorpusLine): boolean {
  const ctx = line.context ?? {};
  return ctx.firstMessage === false || ((ctx.surface === 'comment' || ctx.surface === 'wall-post') && ctx.firstMessage !== true);
}

/**
 * Which items teach a head, and what they say. The `ask` head learns from every item whose label
 * tells whether it asks or offers: a pitch or a pretext says yes; a first message without a pitch
 * label, or a greeting without a pretext label, says no. Other items (an unlabelled reply in a
 * conversation may well ask for something) teach it nothing.
 */
export function labelFor(head: ModelHead, item: Pick<Item, 'line' | 'greeting'>): 0 | 1 | undefined {
  const line = item.line;
  if (head === 'templated-greeting') return has(line, 'templated-greeting') ? 1 : 0;
  if (head === 'pitch-first-message') return pitchGated(line) ? undefined : has(line, 'pitch-first-message') ? 1 : 0;
  if (has(line, 'pitch-first-message') || has(line, 'greeting-pretext')) return 1;
  if (line.context?.firstMessage === true && !pitchGated(line)) return 0;
  if (item.greeting) return 0;
  return undefined;
}

/** What a rule's finding should be, for choosing its threshold. */
export function ruleLabel(rule: ModelRule, item: Pick<Item, 'line'>): 0 | 1 | undefined {
  if (rule === 'pitch-first-message' && pitchGated(item.line)) return undefined;
  return has(item.line, rule) ? 1 : 0;
}

/** The team's own batches (before independent authors) count as one author. */
export function authorOf(line: CorpusLine): string {
  return line.author ?? 'team';
}

export function vectorizeLines(lines: readonly CorpusLine[], bits: number): Item[] {
  return lines.map((line) => {
    const p = prepare(line.text, line.context ?? {});
    const { signals, ask } = modelSignals(p.input, p.report);
    return {
      line,
      x: vectorize(p.input.text, nameTokens(p.input), signals, bits),
      xAsk: vectorize(ask.text, ask.names, ask.signals, bits),
      author: authorOf(line),
      greeting: !!p.report.greeting || !!line.context?.occasion,
    };
  });
}

function examples(items: readonly Item[], head: ModelHead): Example[] {
  const out: Example[] = [];
  for (const it of items) {
    const y = labelFor(head, it);
    if (y !== undefined) out.push({ x: head === 'ask' ? it.xAsk : it.x, y });
  }
  return out;
}

export type Heads = Record<ModelHead, LinearModel>;

export function fitHeads(items: readonly Item[], cfg: TrainConfig): Heads {
  const out = {} as Heads;
  for (const head of MODEL_HEADS) out[head] = fit(examples(items, head), { dim: 1 << cfg.bits, lambda: cfg.lambda[head], iterations: cfg.iterations });
  return out;
}

export function ruleScores(heads: Heads, it: Item): Record<ModelRule, number> {
  const probs = {} as Record<ModelHead, number>;
  for (const head of MODEL_HEADS) probs[head] = predict(heads[head], head === 'ask' ? it.xAsk : it.x);
  return ruleProbabilities(probs, it.greeting);
}

/** Out-of-fold rule probabilities: each author's items scored by models trained without that author. */
export function crossValidate(items: readonly Item[], cfg: TrainConfig, log = false): Map<ModelRule, Map<Item, number>> {
  const authors = [...new Set(items.map((i) => i.author))].sort();
  const out = new Map<ModelRule, Map<Item, number>>(MODEL_RULES.map((r) => [r, new Map()]));
  for (const a of authors) {
    const heads = fitHeads(items.filter((i) => i.author !== a), cfg);
    for (const it of items) {
      if (it.author !== a) continue;
      const scores = ruleScores(heads, it);
      for (const rule of MODEL_RULES) if (ruleLabel(rule, it) !== undefined) out.get(rule)!.set(it, scores[rule]);
    }
    if (log) process.stderr.write(`  fold ${a}: held out\n`);
  }
  return out;
}

/** The lowest threshold whose predictions at or above it reach the precision (cumulatively). */
export function thresholdFor(preds: Map<Item, number>, rule: ModelRule, precision: number): number {
  const scored = [...preds].map(([it, p]) => ({ p, y: ruleLabel(rule, it) ?? 0 })).sort((a, b) => b.p - a.p);
  let tp = 0;
  let fp = 0;
  let best = 0.99;
  for (let i = 0; i < scored.length; i++) {
    const s = scored[i]!;
    if (s.y === 1) tp++;
    else fp++;
    const next = scored[i + 1];
    if (next && next.p === s.p) continue;
    // need a few true positives before a precision means anything
    if (tp >= 10 && tp / (tp + fp) >= precision) best = s.p;
  }
  return Math.max(0.5, best);
}

export function prAt(preds: Map<Item, number>, rule: ModelRule, t: number, filter: (it: Item) => boolean = () => true): { p: number; r: number; n: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [it, p] of preds) {
    if (!filter(it)) continue;
    const y = ruleLabel(rule, it);
    if (p >= t) {
      if (y === 1) tp++;
      else fp++;
    } else if (y === 1) fn++;
  }
  return { p: tp + fp ? tp / (tp + fp) : NaN, r: tp + fn ? tp / (tp + fn) : NaN, n: tp + fn };
}

function quantize(w: Float64Array): { q: string; scale: number } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = Buffer.alloc(w.length);
  for (let i = 0; i < w.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round((w[i] ?? 0) / scale))) & 0xff;
  return { q: bytes.toString('base64'), scale };
}

function corpusDigest(lines: readonly CorpusLine[]): string {
  const h = createHash('sha256');
  for (const l of lines) h.update(`${l.id}\u0000${l.text}\u0000${JSON.stringify(l.context ?? {})}\u0000${l.expect.join(',')}\n`);
  return h.digest('hex').slice(0, 12);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const cfg: TrainConfig = { ...DEFAULT_CONFIG, lambda: { ...DEFAULT_CONFIG.lambda } };
  const bits = arg('--bits');
  if (bits) cfg.bits = Number(bits);
  const lambda = arg('--lambda');
  if (lambda) for (const h of MODEL_HEADS) cfg.lambda[h] = Number(lambda);
  const lines = loadCorpus().filter((l) => l.split !== 'blind');
  const started = Date.now();
  const items = vectorizeLines(lines, cfg.bits);
  const authors = [...new Set(items.map((i) => i.author))].sort();
  console.log(`${items.length} items from ${authors.length} authors (${authors.join(', ')}); 2^${cfg.bits} buckets`);
  const cv = crossValidate(items, cfg, true);
  const rules = {} as Record<ModelRule, { emit: number; high: number }>;
  console.log('\nleave-one-author-out (out-of-fold) at the chosen emission threshold:');
  for (const rule of MODEL_RULES) {
    const preds = cv.get(rule)!;
    const emit = thresholdFor(preds, rule, cfg.emitPrecision);
    const high = Math.max(emit, thresholdFor(preds, rule, cfg.highPrecision));
    rules[rule] = { emit: Number(emit.toFixed(4)), high: Number(high.toFixed(4)) };
    const all = prAt(preds, rule, emit);
    const langs = ['de', 'en', 'fr', 'es', 'it', 'nl'].map((lang) => {
      const r = prAt(preds, rule, emit, (it) => it.line.lang === lang);
      return `${lang} ${r.p.toFixed(2)}/${r.r.toFixed(2)}/${r.n}`;
    });
    console.log(`  ${rule.padEnd(20)} emit ${emit.toFixed(3)} high ${high.toFixed(3)}  P ${all.p.toFixed(3)} R ${all.r.toFixed(3)} (${all.n})   ${langs.join('  ')}`);
  }
  if (process.argv.includes('--cv')) return;
  const heads = fitHeads(items, cfg);
  const packed: PackedModel = { bits: cfg.bits, trainedOn: `${corpusDigest(lines)}:${items.length} items:${authors.length} authors`, heads: {} as PackedModel['heads'], rules };
  for (const head of MODEL_HEADS) {
    const m = heads[head];
    const { q, scale } = quantize(m.w);
    packed.heads[head] = { bias: Number(m.bias.toFixed(6)), scale: Number(scale.toPrecision(8)), q };
  }
  const out = join(dirname(fileURLToPath(import.meta.url)), '../../lib/analysis/model/weights.ts');
  writeFileSync(
    out,
    `/**\n * The learned layer's weights. Generated by \`npm run train\` (tests/analysis/train.ts) from\n * tests/analysis/corpus — do not edit by hand. Hashed features, int8 per bucket, base64.\n */\nimport type { PackedModel } from './score';\n\nexport const PACKED_MODEL: PackedModel = ${JSON.stringify(packed, null, 2)};\n`,
  );
  console.log(`\nwrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
