/** pitch-first-message and greeting-pretext: selling, asks and favours, and their disguises. */
import { ASK_OBJECT_WORDS, NOT_ASK_AFTER, NOT_PRODUCT_AFTER } from '../lexicon';
import { weWords } from '../lexicon/shared';
import type { Match } from '../match';
import { questionsFor, ref } from '../messages';
import type { Finding, Span } from '../types';
import { findGreeting } from './greeting';
import { clamp, mergeSpans, quote, round2, type RuleInput } from './shared';

export type CueKind = 'sell' | 'favour' | 'disguised' | 'ask' | 'seeking' | 'cta' | 'value' | 'calendar';

export interface Cue {
  kind: CueKind;
  weight: number;
  /** Supporting evidence only (a question with a request frame). */
  weak?: boolean;
  /** Overrides the family of the kind (a euphemism for a call is a request). */
  family?: string;
  s: number;
  e: number;
}

/** Beyond this many distinct cues nothing changes (the confidence is capped anyway). */
const MAX_CUES = 6;

/** "we/our" alone says nothing about a shared past: a company says "we" too. */
const WE_WORDS = new Set(weWords);

/** Weight of a question with a request frame, as a call to action. */
const QUESTION_CTA = 0.45;

/** How many words may sit between "would you" and "a quick call". */
const FRAME_REACH = 12;

export function pitchCues(input: RuleInput): Cue[] {
  const { matches, text } = input;
  const raw: Cue[] = [];
  const frames: Match[] = [];
  const objects: Match[] = [];
  const possessives: Match[] = [];
  const products = new Map<number, Match>();
  const intros: Match[] = [];
  const roles = new Map<number, Match>();
  for (const m of matches) {
    const c = m.entry.cat;
    if (c === 'disguised') {
      // "quick call", "15 Minuten" ask for time; "synergies", "win-win", "unverbindlich" dress up an offer
      const callish = m.entry.words.some((w) => ASK_OBJECT_WORDS.has(w.replace(/\*$/, '')));
      raw.push({ kind: c, weight: m.entry.weight, s: m.s, e: m.e, family: callish ? 'ask' : 'euphemism' });
    } else if (c === 'sell' || c === 'favour' || c === 'seeking' || c === 'cta' || c === 'value' || c === 'calendar') raw.push({ kind: c, weight: m.entry.weight, s: m.s, e: m.e });
    else if (c === 'askFrame') frames.push(m);
    else if (c === 'askObject') objects.push(m);
    else if (c === 'possessive') possessives.push(m);
    else if (c === 'productHead') products.set(m.i, m);
    else if (c === 'selfIntro') intros.push(m);
    else if (c === 'serviceRole') roles.set(m.i, m);
  }
  // "our platform", "unser neues Beratungsangebot", "my podcast"
  for (const p of possessives) {
    const sent = text.tokens[p.i]?.sent;
    for (let k = p.j; k <= p.j + 2; k++) {
      const head = products.get(k);
      if (head && text.tokens[k]?.sent === sent && !NOT_PRODUCT_AFTER.has(text.tokens[head.j]?.n ?? '')) {
        raw.push({ kind: 'sell', weight: p.entry.weight, s: p.s, e: head.e });
        break;
      }
    }
  }
  // "I'm a local realtor", "ich bin Finanzberaterin", "als zertifizierter Energieberater"
  for (const p of intros) {
    const sent = text.tokens[p.i]?.sent;
    for (let k = p.j; k <= p.j + 2; k++) {
      const role = roles.get(k);
      if (role && text.tokens[k]?.sent === sent) {
        raw.push({ kind: 'sell', weight: p.entry.weight, s: p.s, e: role.e });
        break;
      }
    }
  }
  // frames by the token index they end at, so each object looks back only FRAME_REACH words
  const byEnd = new Map<number, Match[]>();
  for (const f of frames) {
    const list = byEnd.get(f.j);
    if (list) list.push(f);
    else byEnd.set(f.j, [f]);
  }
  for (const o of objects) {
    // "on-call", "good call" — but "hop on Zoom" is an ask
    const prev = text.tokens[o.i - 1];
    if (prev && NOT_ASK_AFTER.has(prev.n) && (prev.n !== 'on' || text.raw[prev.e] === '-')) continue;
    const sent = text.tokens[o.i]?.sent;
    let best: Match | undefined;
    for (let j = o.i; j >= Math.max(0, o.i - FRAME_REACH); j--) {
      for (const f of byEnd.get(j) ?? []) {
        if (text.tokens[f.i]?.sent !== sent) continue;
        if (!best || f.s < best.s) best = f;
      }
    }
    if (best) raw.push({ kind: 'ask', weight: o.entry.weight, s: best.s, e: o.e });
  }
  // A question that asks something of the recipient ("would you…?", "hätten Sie…?") is a weak call to
  // action: on its own it is just a question, next to an offer it closes a pitch.
  for (const f of frames) {
    const sent = text.tokens[f.i]?.sent;
    if (sent !== undefined && text.questions.has(sent)) {
      raw.push({ kind: 'cta', weight: QUESTION_CTA, s: f.s, e: f.e, weak: true });
      break;
    }
  }
  // Already acquainted ("as discussed", "wir haben uns ... kennengelernt"): asks are follow-ups.
  if (matches.some((m) => m.entry.cat === 'acquainted')) {
    for (const c of raw) if (c.kind === 'ask' || c.kind === 'disguised') c.weight *= 0.8;
  }
  return raw;
}

/** Kinds of evidence that are independent of each other: an offer, a request, a promised number. */
const FAMILY: Record<CueKind, string> = { sell: 'offer', seeking: 'offer', disguised: 'ask', ask: 'ask', favour: 'ask', cta: 'cta', value: 'value', calendar: 'ask' };

/**
 * Combine cues: overlapping cues count once (the strongest). Within a family further cues add less
 * and less; different families (an offer, a request, a call to action, a promised number) are
 * independent evidence and combine fully.
 */
export function combine(cues: readonly Cue[]): { confidence: number; used: Cue[] } {
  const sorted = [...cues].sort((a, b) => b.weight - a.weight || a.s - b.s);
  const used: Cue[] = [];
  for (const c of sorted) {
    if (used.length >= MAX_CUES) break;
    if (used.some((u) => c.s < u.e && u.s < c.e)) continue;
    used.push(c);
  }
  const seen = new Map<string, number>();
  let miss = 1;
  for (const c of used) {
    const fam = c.family ?? FAMILY[c.kind];
    const k = seen.get(fam) ?? 0;
    seen.set(fam, k + 1);
    miss *= 1 - c.weight * Math.pow(0.6, k);
  }
  return { confidence: 1 - miss, used };
}

const PITCH_KEYS = {
  sell: 'analysis_pitch_sell',
  favour: 'analysis_pitch_favour',
  disguised: 'analysis_pitch_disguised',
  ask: 'analysis_pitch_ask',
  seeking: 'analysis_pitch_sell',
  calendar: 'analysis_pitch_ask',
  cta: 'analysis_pitch_sell',
  value: 'analysis_pitch_sell',
} as const;

const MIN_CONFIDENCE = 0.75;

export function pitchFirstMessage(input: RuleInput, cues: readonly Cue[]): Finding | undefined {
  const { context } = input;
  if (context.firstMessage === false || context.twoWay === true) return undefined;
  if (context.surface === 'comment' || context.surface === 'wall-post') {
    if (context.firstMessage !== true) return undefined;
  }
  // "as discussed", "wie besprochen": when the context does not say, these two have talked before
  if (context.firstMessage === undefined && input.matches.some((m) => m.entry.cat === 'acquainted')) return undefined;
  // looking for work or clients is an ask only after a greeting (greeting-pretext)
  const pitchy = cues.filter((c) => c.kind !== 'seeking' || c.weight >= 0.85);
  if (!pitchy.length) return undefined;
  const combined = combine(pitchy);
  const used = combined.used;
  let confidence = combined.confidence;
  const known = context.firstMessage === true || context.surface === 'connection-note';
  if (!known) {
    // Without knowing it is a first message, "our services" or one request ("are you free for a
    // call?") is ordinary talk between people who know each other; only a clear pitch counts: an
    // offer plus a request, several strong cues, or a booking link.
    const families = new Set(used.filter((c) => !c.weak).map((c) => c.family ?? FAMILY[c.kind]));
    const strong = combine(used.filter((c) => !c.weak)).confidence >= 0.93;
    if (families.size < 2 && !strong && !used.some((c) => c.kind === 'calendar')) return undefined;
    confidence -= 0.08;
  }
  confidence = round2(clamp(confidence, 0, 0.97));
  if (confidence < MIN_CONFIDENCE) return undefined;
  // the message names the strongest offer or request, not a supporting call to action or number
  const top = used.find((c) => c.kind !== 'cta' && c.kind !== 'value') ?? used[0];
  if (!top) return undefined;
  return {
    rule: 'pitch-first-message',
    severity: 'warn',
    confidence,
    spans: mergeSpans(used.map((c) => [c.s, c.e] as Span)),
    message: ref(PITCH_KEYS[top.kind], quote(input.draft, [top.s, top.e])),
    questions: questionsFor('pitch', input.name, input.seed),
    data: { cue: top.kind, firstMessage: known ? 'yes' : 'unknown' },
  };
}

export function greetingPretext(input: RuleInput, cues: readonly Cue[]): Finding | undefined {
  const greeting = findGreeting(input);
  if (!greeting) return undefined;
  let after = cues.filter((c) => c.s >= greeting.end);
  if (!after.length) return undefined;
  // "Let's finally go hiking again": plans between friends are not an ask hidden behind a wish
  if (input.matches.some((m) => m.entry.cat === 'personal' && m.s >= greeting.end && !WE_WORDS.has(m.entry.words.join(' ')))) {
    after = after.map((c) => (c.kind === 'ask' || c.kind === 'cta' ? { ...c, weight: c.weight * 0.75 } : c));
  }
  const combined = combine(after);
  const used = combined.used;
  let confidence = combined.confidence;
  const top = used[0];
  if (!top) return undefined;
  const transition = input.matches.some((m) => m.entry.cat === 'transition' && m.s >= greeting.end && m.s <= top.s);
  // a greeting followed by an offer or request is itself part of the pattern (a bare "melde dich
  // gern" after a wish is not); a turn ("übrigens") more so
  if (used.some((c) => c.kind !== 'cta')) confidence += 0.05;
  if (transition) confidence += 0.06;
  confidence = round2(clamp(confidence, 0, 0.97));
  if (confidence < MIN_CONFIDENCE) return undefined;
  const key = greeting.kind === 'birthday' ? 'analysis_pretext_birthday' : greeting.kind === 'holiday' ? 'analysis_pretext_holiday' : 'analysis_pretext_congrats';
  return {
    rule: 'greeting-pretext',
    severity: 'warn',
    confidence,
    spans: mergeSpans([[greeting.start, greeting.end], ...used.map((c) => [c.s, c.e] as Span)]),
    message: ref(key, quote(input.draft, [top.s, top.e])),
    questions: questionsFor('pretext', input.name, input.seed),
    data: { occasion: greeting.kind, cue: top.kind },
  };
}
