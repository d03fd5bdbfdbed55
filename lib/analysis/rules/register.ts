/** register-switch: the other "you" than before, or both in one draft. */
import { registerDe, registerOther } from '../lexicon/register';
import { questionsFor, ref } from '../messages';
import { stripMarks, type ParsedText } from '../text';
import type { Finding, Register, Span } from '../types';
import { mergeSpans, type RuleInput } from './shared';

const fold = (w: string): string => stripMarks(w);

/** The word tables, built on first use (not at import: the content script loads on every page). */
function buildTables() {
  const siePhrases = registerDe.siePhrases.map((p) => p.split(' ').map((w) => stripMarks(w).replace(/ß/g, 'ss')));
  return {
    du: new Set<string>(registerDe.du),
    duAmbiguous: new Set<string>(registerDe.duAmbiguous),
    sie: new Set<string>(registerDe.sie),
    duVerbs: new Set<string>(registerDe.duVerbs.map((w) => w.replace(/ß/g, 'ss'))),
    german: new Set<string>(registerDe.germanMarkers.map((w) => stripMarks(w).replace(/ß/g, 'ss'))),
    french: new Set<string>(registerDe.frenchMarkers),
    siePhrases,
    sieHeads: new Set(siePhrases.map((p) => p[0])),
    other: Object.fromEntries(
      Object.entries(registerOther).map(([l, o]) => [l, { informal: new Set(o.informal.map(fold)), formal: new Set(o.formal.map(fold)), markers: new Set(o.markers.map(fold)), capitalised: o.capitalised === true }]),
    ) as Record<keyof typeof registerOther, { informal: Set<string>; formal: Set<string>; markers: Set<string>; capitalised: boolean }>,
  };
}
let built: ReturnType<typeof buildTables> | undefined;
const tables = () => (built ??= buildTables());

export interface RegisterEvidence {
  du: Span[];
  sie: Span[];
}

export function registerEvidence(text: ParsedText): RegisterEvidence {
  const toks = text.tokens;
  const { du: DU, duAmbiguous: DU_AMBIGUOUS, sie: SIE, duVerbs: DU_VERBS, german: GERMAN, french: FRENCH, siePhrases: SIE_PHRASES, sieHeads: SIE_HEADS } = tables();
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

/** Formal and informal "you" in a French, Spanish, Italian or Dutch draft (the language with the most markers). */
export function registerEvidenceOther(text: ParsedText): RegisterEvidence {
  const toks = text.tokens.length > 2000 ? text.tokens.slice(0, 2000) : text.tokens;
  const OTHER = tables().other;
  let lang: keyof typeof OTHER | undefined;
  let best = 1;
  for (const [l, o] of Object.entries(OTHER) as [keyof typeof OTHER, (typeof OTHER)[keyof typeof OTHER]][]) {
    let v = 0;
    for (const t of toks) if (o.markers.has(t.n)) v++;
    if (v > best) [lang, best] = [l, v];
  }
  const du: Span[] = [];
  const sie: Span[] = [];
  if (!lang) return { du, sie };
  const o = OTHER[lang];
  for (const t of toks) {
    if (o.informal.has(t.n)) du.push([t.s, t.e]);
    else if (o.formal.has(t.n) && (!o.capitalised || (t.cap && !t.first))) sie.push([t.s, t.e]);
  }
  return { du, sie };
}

/**
 * register-switch, as the spec has it: the other "you" than the one used with this person before,
 * or both in one draft. German first; French, Spanish, Italian and Dutch by their pronouns. Info
 * only: it never holds a send.
 */
export function registerSwitch(input: RuleInput, ev: RegisterEvidence): Finding | undefined {
  const { context, name, seed } = input;
  const questions = questionsFor('register', name, seed);
  const before = context.recipient?.register;
  const finding = (spans: Span[], confidence: number, message: Finding['message'], reason: string): Finding => ({
    rule: 'register-switch',
    severity: 'info',
    confidence,
    spans: mergeSpans(spans),
    message,
    questions,
    data: { reason },
  });
  if (ev.du.length > 0 || ev.sie.length > 0) {
    if (ev.du.length > 0 && ev.sie.length > 0) return finding([...ev.du, ...ev.sie], 0.8, ref('analysis_register_mixed'), 'mixed');
    if (before === 'sie' && ev.du.length > 0) return finding(ev.du, 0.9, name ? ref('analysis_register_toSie', name) : ref('analysis_register_toSie_anon'), 'sie-before');
    if (before === 'du' && ev.sie.length > 0) return finding(ev.sie, 0.9, name ? ref('analysis_register_toDu', name) : ref('analysis_register_toDu_anon'), 'du-before');
    return undefined;
  }
  const other = registerEvidenceOther(input.text);
  if (other.du.length > 0 && other.sie.length > 0) return finding([...other.du, ...other.sie], 0.8, ref('analysis_register_otherMixed'), 'mixed');
  if (before === 'sie' && other.du.length > 0) return finding(other.du, 0.85, ref('analysis_register_otherFormal'), 'sie-before');
  if (before === 'du' && other.sie.length > 0) return finding(other.sie, 0.85, ref('analysis_register_otherInformal'), 'du-before');
  return undefined;
}
