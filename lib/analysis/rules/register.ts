/** register-switch (German): "du" to someone addressed as "Sie", or to a stranger. */
import { registerDe } from '../lexicon/register';
import { questionsFor, ref } from '../messages';
import type { ParsedText } from '../text';
import type { Finding, Register, Span } from '../types';
import { mergeSpans, type RuleInput } from './shared';

const DU = new Set<string>(registerDe.du);
const DU_AMBIGUOUS = new Set<string>(registerDe.duAmbiguous);
const SIE = new Set<string>(registerDe.sie);
const DU_VERBS = new Set<string>(registerDe.duVerbs.map((w) => w.replace(/ß/g, 'ss')));
const GERMAN = new Set<string>(registerDe.germanMarkers.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss')));
const FRENCH = new Set<string>(registerDe.frenchMarkers);
const SIE_PHRASES = registerDe.siePhrases.map((p) => p.split(' ').map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss')));

const SIE_HEADS = new Set(SIE_PHRASES.map((p) => p[0]));

export interface RegisterEvidence {
  du: Span[];
  sie: Span[];
}

export function registerEvidence(text: ParsedText): RegisterEvidence {
  const toks = text.tokens;
  const du: Span[] = [];
  const sie: Span[] = [];
  let german = 0;
  let french = 0;
  for (const t of toks) {
    if (GERMAN.has(t.n)) german++;
    if (FRENCH.has(t.n)) french++;
  }
  toks.forEach((t, k) => {
    if (DU.has(t.n)) {
      du.push([t.s, t.e]);
    } else if (DU_AMBIGUOUS.has(t.n)) {
      const near = DU_VERBS.has(toks[k - 1]?.n ?? '') || DU_VERBS.has(toks[k + 1]?.n ?? '');
      if (near || (german > 0 && german > french)) du.push([t.s, t.e]);
    } else if (SIE.has(t.n) && t.cap) {
      // Mid-sentence capitals are formal; "Ihnen" is formal anywhere.
      if (!t.first || t.n === 'ihnen') sie.push([t.s, t.e]);
    }
    if (SIE_HEADS.has(t.n)) {
      for (const p of SIE_PHRASES) {
        const last = toks[k + p.length - 1];
        if (last && p[0] === t.n && p.every((w, d) => toks[k + d]?.n === w)) sie.push([t.s, last.e]);
      }
    }
  });
  return { du, sie };
}

export function registerOf(ev: RegisterEvidence): Register | undefined {
  const d = ev.du.length;
  const s = ev.sie.length;
  if (d > 0 && s === 0) return 'du';
  if (s > 0 && d === 0) return 'sie';
  if (d >= 2 * s && d > 0) return 'du';
  if (s >= 2 * d && s > 0) return 'sie';
  return undefined;
}

export function registerSwitch(input: RuleInput, ev: RegisterEvidence): Finding | undefined {
  const { context, name, seed } = input;
  if (ev.du.length === 0) return undefined;
  const questions = questionsFor('register', name, seed);
  const spans = mergeSpans(ev.du);
  if (ev.sie.length > 0) {
    return {
      rule: 'register-switch',
      severity: 'info',
      confidence: 0.8,
      spans: mergeSpans([...ev.du, ...ev.sie]),
      message: ref('analysis_register_mixed'),
      questions,
      data: { reason: 'mixed' },
    };
  }
  const before = context.recipient?.register;
  if (before === 'sie') {
    return {
      rule: 'register-switch',
      severity: 'info',
      confidence: 0.9,
      spans,
      message: name ? ref('analysis_register_toSie', name) : ref('analysis_register_toSie_anon'),
      questions,
      data: { reason: 'sie-before' },
    };
  }
  const first = context.firstMessage === true || (context.firstMessage === undefined && context.surface === 'connection-note');
  if (before === undefined && first) {
    return {
      rule: 'register-switch',
      severity: 'info',
      confidence: 0.75,
      spans,
      message: ref('analysis_register_firstDu'),
      questions,
      data: { reason: 'first-message' },
    };
  }
  return undefined;
}
