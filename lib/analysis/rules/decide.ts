/**
 * Rules and the learned layer together. The model's probability decides whether a modelled rule
 * fires (it was trained with the rules' signals as inputs, so it has seen what they saw); the
 * rules still provide what a model cannot: hard gates from the context (no pitch-first-message
 * in a conversation), the deterministic cases (the site's prefill sent unchanged, emoji only),
 * and the wording and spans of the explanation where they found something.
 */
import { questionsFor, ref } from '../messages';
import type { Finding, Span } from '../types';
import type { Prepared } from './signals';
import type { ModelRule } from '../model/score';
import { mergeSpans, quote } from './shared';

/** The learned layer's verdict per rule: confidence 0 means "no". */
export type HeadScores = Partial<Record<ModelRule, { confidence: number; spans: Span[] }>>;

export interface ModelDecision {
  templated: Finding | undefined;
  pitch: Finding | undefined;
  pretext: Finding | undefined;
}

function whole(draft: string): Span {
  const s = Math.max(0, draft.search(/\S/));
  return [s, Math.max(s, draft.trimEnd().length)];
}

export function decideWithModel(prepared: Prepared, scores: HeadScores): ModelDecision {
  const { input, report } = prepared;
  const { draft, context: ctx } = input;
  const greeting = report.greeting;

  // templated-greeting: the deterministic cases stand; otherwise the model decides
  let templated: Finding | undefined;
  const ruleReason = report.templated?.data?.reason;
  const tg = scores['templated-greeting'];
  // The model alone never makes a wish out of a text that has no greeting in it and no occasion
  // around it ("hm", "lol", "aaa" — short replies look like short wishes to character n-grams).
  const wishLike = !!greeting || !!report.templated || ctx.occasion !== undefined;
  if (report.templated && (ruleReason === 'prefill' || ruleReason === 'emoji')) templated = report.templated;
  else if (tg && tg.confidence > 0 && wishLike) {
    const spans = report.templated?.spans ?? (greeting ? mergeSpans(greeting.matches.map((m) => [m.s, m.e] as Span)) : tg.spans.length ? tg.spans : [whole(draft)]);
    templated = {
      rule: 'templated-greeting',
      severity: 'warn',
      confidence: Math.max(tg.confidence, report.templated?.confidence ?? 0),
      spans,
      message: ref('analysis_greeting_generic'),
      questions: questionsFor('greeting', input.name, input.seed),
      data: { reason: 'generic', kind: greeting?.kind ?? 'none', model: 1 },
    };
  }

  // pitch-first-message: never in a conversation; on a wall or under a post only when known first
  let pitch: Finding | undefined;
  const pf = scores['pitch-first-message'];
  // "as discussed", "wie besprochen": when the context does not say, these two have talked before
  const acquainted = ctx.firstMessage === undefined && input.matches.some((m) => m.entry.cat === 'acquainted');
  // an ask in a warm, two-way conversation is never a cold pitch
  const gated = acquainted || ctx.twoWay === true || ctx.firstMessage === false || ((ctx.surface === 'comment' || ctx.surface === 'wall-post') && ctx.firstMessage !== true);
  if (!gated && pf && pf.confidence > 0) {
    const spans = report.pitch?.spans ?? (pf.spans.length ? pf.spans : [whole(draft)]);
    const first = spans[0] ?? whole(draft);
    // not knowing whether this is a first message caps how sure the finding can be
    const known = ctx.firstMessage === true || ctx.surface === 'connection-note';
    pitch = {
      rule: 'pitch-first-message',
      severity: 'warn',
      confidence: Math.min(known ? 0.97 : 0.9, Math.max(pf.confidence, report.pitch?.confidence ?? 0)),
      spans,
      message: report.pitch?.message ?? ref('analysis_pitch_generic', quote(draft, first)),
      questions: questionsFor('pitch', input.name, input.seed),
      data: { ...(report.pitch?.data ?? { cue: 'model', firstMessage: ctx.firstMessage === true || ctx.surface === 'connection-note' ? 'yes' : 'unknown' }), model: 1 },
    };
  }

  // greeting-pretext: needs a greeting to be a pretext of
  let pretext: Finding | undefined;
  const gp = scores['greeting-pretext'];
  // a pretext is a greeting *followed* by an ask: something that carried the decision must come after it
  const askSpans = gp ? gp.spans.filter(([s]) => !greeting || s >= greeting.end) : [];
  const askAfter = askSpans.length > 0 || report.cues.some((c) => !c.weak && (!greeting || c.s >= greeting.end));
  if (gp && gp.confidence > 0 && (greeting || ctx.occasion) && askAfter) {
    const ask = report.pretext ? undefined : (askSpans[0] ?? gp.spans[0]);
    const kind = greeting?.kind ?? (ctx.occasion === 'birthday' ? 'birthday' : ctx.occasion === 'holiday' ? 'holiday' : 'congrats');
    const key = kind === 'birthday' ? 'analysis_pretext_birthday' : kind === 'holiday' ? 'analysis_pretext_holiday' : 'analysis_pretext_congrats';
    pretext = {
      rule: 'greeting-pretext',
      severity: 'warn',
      confidence: Math.max(gp.confidence, report.pretext?.confidence ?? 0),
      spans: report.pretext?.spans ?? mergeSpans([...(greeting ? [[greeting.start, greeting.end] as Span] : []), ...askSpans]),
      message: report.pretext?.message ?? ref(key, quote(draft, ask ?? whole(draft))),
      questions: questionsFor('pretext', input.name, input.seed),
      data: { ...(report.pretext?.data ?? { occasion: kind, cue: 'model' }), model: 1 },
    };
  }
  return { templated, pitch, pretext };
}
