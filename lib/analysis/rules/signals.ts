/**
 * What the rules saw, as named signals for the learned layer: the context, the greeting, each
 * kind of ask or offer (and whether it came after the greeting), personal elements, questions,
 * length. The model weighs them together with the words; it learns how much each is worth.
 */
import type { ParsedText } from '../text';
import type { Finding, PersonalRule, Span } from '../types';
import type { Cue } from './pitch';
import type { Greeting, RuleInput } from './shared';
import { nameTokens } from './greeting';
import { structureOf, type Structure } from './structure';
import { draftLanguages, findActs, type Act } from './acts';
import { specificElements, type SpecificElement } from './specific';

export interface RuleReport {
  greeting: Greeting | undefined;
  cues: readonly Cue[];
  templated: Finding | undefined;
  pitch: Finding | undefined;
  pretext: Finding | undefined;
  /** Personal elements found (shared history, life facts, questions about them, plans). */
  personal: number;
  /** Words in a wish that are neither stock nor names. */
  unexplained: number;
}

/** A draft read once (core.ts `prepare`): what the rules and the model both judge from. */
export interface Prepared {
  input: RuleInput;
  allowed: Span[];
  flagRules: { rule: PersonalRule; spans: Span[] }[];
  report: RuleReport;
}

function bucket(x: number, edges: readonly number[]): string {
  let i = 0;
  while (i < edges.length && x >= (edges[i] ?? Infinity)) i++;
  return String(i);
}

function conf(f: Finding | undefined): string {
  if (!f) return 'no';
  return f.confidence >= 0.9 ? 'hi' : f.confidence >= 0.8 ? 'mid' : 'lo';
}

/** What the structure readers found, computed once per draft for both views. */
interface Reading {
  st: Structure;
  acts: Act[];
  specific: SpecificElement[];
  /** Sentence index of a character position. */
  sentAt: (pos: number) => number;
}

function read(input: RuleInput): Reading {
  const toks = input.text.tokens;
  const names = nameTokens(input);
  const st = structureOf(input.text, names);
  const langs = draftLanguages(st.votes);
  const sentAt = (pos: number): number => {
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = toks[mid];
      if (!t) break;
      if (pos < t.s) hi = mid - 1;
      else if (pos >= t.e) lo = mid + 1;
      else return t.sent;
    }
    return toks[Math.max(0, Math.min(toks.length - 1, lo))]?.sent ?? -1;
  };
  return { st, acts: findActs(input.text, langs), specific: specificElements(input.text, names, langs), sentAt };
}

/** The signals of a prepared draft, and the view the `ask` head reads (the model's input; the content scripts never compute these). */
export function modelSignals(input: RuleInput, report: RuleReport): { signals: string[]; ask: AskView; acts: Act[] } {
  const r = read(input);
  return { signals: signalsWith(input, report, r), ask: askViewWith(input, report, r), acts: r.acts };
}

/** The signals of a prepared draft. */
export function signalsOf(input: RuleInput, report: RuleReport): string[] {
  return signalsWith(input, report, read(input));
}

function signalsWith(input: RuleInput, report: RuleReport, r: Reading): string[] {
  const { st, acts, sentAt } = r;
  const { context: ctx, text } = input;
  const out: string[] = [];
  const first = ctx.firstMessage === true ? 'yes' : ctx.firstMessage === false ? 'no' : 'unknown';
  out.push(`first:${first}`, `surface:${ctx.surface ?? 'none'}`, `occasion:${ctx.occasion ?? 'none'}`);
  if (ctx.prefill && ctx.prefill.trim()) out.push('prefill');
  const n = text.tokens.length;
  out.push(`len:${bucket(n, [3, 8, 20, 45, 90])}`, `q:${bucket(text.questions.size, [1, 2])}`);
  if (n === 0 && text.emoji > 0) out.push('emoji-only');
  else if (text.emoji > 0) out.push('emoji');
  const g = report.greeting;
  out.push(`greet:${g?.kind ?? 'none'}`);
  if (g && g.start <= 40) out.push('greet:early');
  const kinds = new Set<string>();
  const after = new Set<string>();
  for (const c of report.cues) {
    if (c.weak) continue;
    kinds.add(c.kind);
    if (g && c.s >= g.end) after.add(c.kind);
  }
  for (const k of kinds) out.push(`cue:${k}`);
  for (const k of after) out.push(`after:${k}`);
  out.push(`cues:${bucket(kinds.size, [1, 2, 3])}`);
  if (report.cues.some((c) => c.weak)) out.push('cue:question-frame');
  out.push(`tg:${conf(report.templated)}`, `pitch:${conf(report.pitch)}`, `pre:${conf(report.pretext)}`);
  if (report.templated) out.push(`tg:${String(report.templated.data?.reason ?? '')}`);
  out.push(`personal:${bucket(report.personal, [1, 2, 4])}`, `unexplained:${bucket(report.unexplained, [1, 2, 4, 8])}`);
  out.push(`lang:${st.lang}`);
  for (const k of ['url', 'price', 'percent', 'code', 'phone', 'email', 'year'] as const) if (st[k]) out.push(k);
  out.push(`numbers:${bucket(st.numbers, [1, 3])}`, `propn:${bucket(st.properNouns, [1, 2, 4])}`, `propn:${st.lang}:${bucket(st.properNouns, [1, 3])}`);
  out.push(`q2:${bucket(st.questionsToThem, [1, 2])}`, `excl:${bucket(st.exclamations, [1, 3])}`, `lines:${bucket(st.lines, [2, 5])}`);
  if (g && st.questionsToThem) out.push('greet+q2');
  // specific elements count where they are about the person, not inside an ask or offer
  // ("your team" in "could your team use our tool" is the pitch talking)
  const askSents = new Set(acts.map((a) => a.sent));
  for (const c of report.cues) if (!c.weak) askSents.add(sentAt(c.s));
  const specific = r.specific.filter((e) => !askSents.has(sentAt(e.span[0])));
  const specKinds = new Set<string>(specific.map((e) => e.kind));
  for (const q of input.text.questions) if (!askSents.has(q)) specKinds.add('question');
  for (const k of specKinds) out.push(`spec:${k}`);
  out.push(`spec:${bucket(specKinds.size, [1, 2, 3])}`);
  if (specKinds.has('hope') || specKinds.has('shared') || specKinds.has('question')) out.push('spec:strong');
  if (g) {
    const before = specific.filter((e) => e.span[0] < g.end).length;
    out.push(`greet+spec:${bucket(specKinds.size, [1, 2])}`, `greet+specBefore:${bucket(before, [1])}`);
  }
  const gSent = g ? sentAt(g.start) : -1;
  const seen = new Set<string>();
  for (const a of acts) {
    seen.add(`act:${a.kind}`);
    if (g && a.span[0] >= g.end) seen.add(`act>greet:${a.kind}`);
    if (g && a.sent === gSent) seen.add(`act=greet:${a.kind}`);
  }
  const actKinds = new Set(acts.map((a) => a.kind));
  if (actKinds.has('request') && actKinds.has('favour')) seen.add('act:request+favour');
  if (actKinds.has('offer') && (actKinds.has('request') || actKinds.has('imperative') || actKinds.has('wish'))) seen.add('act:offer+ask');
  if (actKinds.has('plea') && (actKinds.has('favour') || actKinds.has('request') || actKinds.has('wish'))) seen.add('act:plea+ask');
  seen.add(`acts:${bucket(actKinds.size, [1, 2, 3])}`);
  for (const k of seen) out.push(k);
  if (actKinds.size) out.push(`acts+first:${first}`);
  // the few conjunctions a linear model cannot form on its own
  if (g && after.size) out.push(`greet+ask:${first}`);
  if (report.pitch) out.push(`pitch+first:${first}`);
  if (g && report.personal === 0) out.push(`greet+impersonal:${g.kind}`);
  return out;
}

/** What the `ask` head reads: the draft after its greeting (all of it when there is none). */
export interface AskView {
  text: ParsedText;
  names: Set<number>;
  signals: string[];
}

/**
 * The part of a draft that can be a pretext's ask: everything after the greeting. Judging it
 * without the greeting keeps the greeting's own words (which mostly open harmless wishes) from
 * arguing against the ask that follows them.
 */
export function askViewOf(input: RuleInput, report: RuleReport): AskView {
  return askViewWith(input, report, read(input));
}

function askViewWith(input: RuleInput, report: RuleReport, r: Reading): AskView {
  const { text, context: ctx } = input;
  const g = report.greeting;
  const allNames = nameTokens(input);
  const names = new Set<number>();
  let tokens = text.tokens;
  if (g) {
    tokens = [];
    text.tokens.forEach((t, k) => {
      if (t.s < g.end) return;
      if (allNames.has(k)) names.add(tokens.length);
      tokens.push(t);
    });
  } else for (const k of allNames) names.add(k);
  const view: ParsedText = { ...text, tokens };
  const from = g ? g.end : 0;
  const first = ctx.firstMessage === true ? 'yes' : ctx.firstMessage === false ? 'no' : 'unknown';
  const out = [`view:${g ? 'after-greeting' : 'whole'}`, `first:${first}`, `surface:${ctx.surface ?? 'none'}`, `len:${bucket(tokens.length, [3, 8, 20, 45, 90])}`];
  const st = r.st;
  for (const k of ['url', 'price', 'percent', 'code', 'phone', 'email', 'year'] as const) if (st[k]) out.push(k);
  const firstSentAfter = tokens[0]?.sent ?? Infinity;
  let questionsAfter = 0;
  for (const q of text.questions) if (q >= firstSentAfter) questionsAfter++;
  out.push(`numbers:${bucket(st.numbers, [1, 3])}`, `q2:${bucket(Math.min(st.questionsToThem, questionsAfter), [1, 2])}`, `excl:${bucket(st.exclamations, [1, 3])}`);
  const acts = r.acts.filter((a) => a.span[0] >= from);
  const kinds = new Set(acts.map((a) => a.kind));
  for (const k of kinds) out.push(`act:${k}`);
  if (kinds.has('request') && kinds.has('favour')) out.push('act:request+favour');
  if (kinds.has('offer') && (kinds.has('request') || kinds.has('imperative') || kinds.has('wish'))) out.push('act:offer+ask');
  if (kinds.has('plea') && (kinds.has('favour') || kinds.has('request') || kinds.has('wish'))) out.push('act:plea+ask');
  out.push(`acts:${bucket(kinds.size, [1, 2, 3])}`);
  for (const e of new Set(r.specific.filter((x) => x.span[0] >= from).map((x) => x.kind))) out.push(`spec:${e}`);
  const cueKinds = new Set(report.cues.filter((c) => !c.weak && c.s >= from).map((c) => c.kind));
  for (const k of cueKinds) out.push(`cue:${k}`);
  out.push(`cues:${bucket(cueKinds.size, [1, 2, 3])}`);
  if (report.cues.some((c) => c.weak && c.s >= from)) out.push('cue:question-frame');
  return { text: view, names, signals: out };
}
