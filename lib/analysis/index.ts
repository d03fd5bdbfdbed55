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
import './lexicon/all';
import { judge, prepare, type HeadScores, type Prepared } from './core';
import { nameTokens } from './rules/greeting';
import { modelSignals } from './rules/signals';
import { confidenceOf, MODEL_RULES, score, unpack, type Model } from './model/score';
import { PACKED_MODEL } from './model/weights';
import type { Act } from './rules/acts';
import type { DraftContext, Finding, SendMemory, Span } from './types';

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
  const { signals, ask, acts } = modelSignals(view, report);
  const raw = score(m, { text: input.text, names: nameTokens(input), signals, ask, greeting, skip });
  const out: HeadScores = {};
  for (const rule of MODEL_RULES) {
    const r = raw[rule];
    const confidence = confidenceOf(r.p, m.rules[rule]);
    out[rule] = { confidence, spans: confidence > 0 ? reasons(rule, r.spans, acts, report.greeting?.end ?? 0) : [] };
  }
  return out;
}

/** The asks and offers a reader would point at (favour, request, offer, wish, plea, imperative). */
const PRIORITY: readonly string[] = ['favour', 'request', 'offer', 'wish', 'plea'];
const ASKING: ReadonlySet<string> = new Set(PRIORITY);

/**
 * The words a finding shows: for an ask or a pitch, the speech acts the structure reader found
 * (after the greeting, for a pretext) — "Falls du jemanden kennst" reads better than the single
 * words that weighed most in the model; the model's own words otherwise.
 */
function reasons(rule: string, modelSpans: Span[], acts: readonly Act[], greetingEnd: number): Span[] {
  if (rule === 'templated-greeting') return modelSpans;
  const from = rule === 'greeting-pretext' ? greetingEnd : 0;
  // the strongest kind first: it is the one the message quotes
  const picked = acts
    .filter((a) => ASKING.has(a.kind) && a.span[0] >= from)
    .sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.span[0] - b.span[0]);
  const spans: Span[] = [];
  for (const a of picked) if (spans.length < 4 && !spans.some(([s, e]) => a.span[0] < e && s < a.span[1])) spans.push(a.span);
  return spans.length ? spans : modelSpans;
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
