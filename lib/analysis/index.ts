/**
 * The analyzer: a pure, synchronous judgement of a draft. No DOM, storage, clock or browser API.
 *
 *   analyzeDraft(draft, context?, memory?) → Finding[]
 *
 * Rules and the learned layer together (see ./model and ./rules/decide.ts). The same module powers
 * the background (which scores drafts for the content scripts), the options page's practice area,
 * the `analyze` CLI, the eval and the benchmark. Content scripts import `./core` instead: it has
 * no weights, and they receive the model's verdict from the background.
 */
import { judge, prepare, type HeadScores, type Prepared } from './core';
import { nameTokens } from './rules/greeting';
import { modelSignals } from './rules/signals';
import { confidenceOf, MODEL_RULES, score, unpack, type Model } from './model/score';
import { PACKED_MODEL } from './model/weights';
import type { DraftContext, Finding, SendMemory } from './types';

export * from './core';
export { MODEL_RULES, type ModelRule } from './model/score';

let model: Model | undefined;

/** The shipped model, unpacked on first use. */
export function shippedModel(): Model {
  model ??= unpack(PACKED_MODEL);
  return model;
}

/** The learned layer's verdict for a prepared draft. */
export function modelScores(prepared: Prepared, m: Model = shippedModel()): HeadScores {
  const { input, report, allowed } = prepared;
  const greeting = !!report.greeting || !!input.context.occasion;
  // words a personal "allow" rule covers are invisible to the model, as to every rule
  const skip = new Set<number>();
  if (allowed.length) input.text.tokens.forEach((t, k) => allowed.some(([a, b]) => t.s < b && a < t.e) && skip.add(k));
  // the signals too are read without those words
  const view = skip.size ? { ...input, text: { ...input.text, tokens: input.text.tokens.filter((_, k) => !skip.has(k)) }, cache: {} } : input;
  const { signals, ask } = modelSignals(view, report);
  const raw = score(m, { text: input.text, names: nameTokens(input), signals, ask, greeting, skip });
  const out: HeadScores = {};
  for (const rule of MODEL_RULES) {
    const r = raw[rule];
    out[rule] = { confidence: confidenceOf(r.p, m.rules[rule]), spans: r.spans };
  }
  return out;
}

/** The verdict for a draft, as the background sends it to a content script. */
export function scoreDraft(draft: string, context: DraftContext = {}): HeadScores {
  if (typeof draft !== 'string' || !/\S/.test(draft)) return {};
  return modelScores(prepare(draft, context ?? {}));
}

export function analyzeDraft(draft: string, context: DraftContext = {}, memory?: SendMemory): Finding[] {
  if (typeof draft !== 'string' || !/\S/.test(draft)) return [];
  const prepared = prepare(draft, context ?? {});
  return judge(prepared, memory, modelScores(prepared));
}
