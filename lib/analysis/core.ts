/**
 * The analyzer's rules and the judgement that combines them with the learned layer. Pure and
 * synchronous: no DOM, storage, clock or browser API. This module carries no model weights, so
 * the content scripts can import it within their size budget; `./index.ts` adds the model.
 */
import { fingerprintOf, normaliseParsed } from './fingerprint';
import { lexiconsLoaded } from './lexicon';
import { findPhrases } from './match';
import { firstName, questionsFor, ref } from './messages';
import { compilePersonalRule, matchRule } from './personal';
import { decideWithModel, type HeadScores } from './rules/decide';
import { findGreeting, greetingEvidence, templatedGreeting } from './rules/greeting';
import { greetingPretext, pitchCues, pitchFirstMessage } from './rules/pitch';
import { registerEvidence, registerOf, registerSwitch } from './rules/register';
import { mergeSpans, quote, round2, type RuleInput } from './rules/shared';
import type { Prepared, RuleReport } from './rules/signals';
import { hashString, parse } from './text';
import type { DraftContext, Finding, PersonalRule, Register, SendMemory, Span } from './types';

export { fingerprint, similarity, MINHASH_BINS } from './fingerprint';
export { InMemorySendMemory, type MemoryOptions } from './memory';
export { validatePersonalRule, MAX_RULE_LENGTH, type RuleValidation } from './personal';
export { firstName } from './messages';
export { mergeSpans } from './rules/shared';
export { lexiconsLoaded, useLexicons, type Lexicon } from './lexicon';
export type { HeadScores } from './rules/decide';
export * from './types';

/** Does the draft address the person with "du" or "Sie"? Undefined when it does neither (or both equally). */
export function detectRegister(text: string): Register | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  return registerOf(registerEvidence(parse(text)));
}

function recipientNames(context: DraftContext): Set<string> {
  const out = new Set<string>();
  const name = context.recipient?.name;
  if (name) for (const t of parse(name.slice(0, 200)).tokens) if (t.n && t.n.length > 1) out.add(t.n);
  return out;
}

function templateReuse(input: RuleInput, memory: SendMemory): Finding | undefined {
  const { draft, context } = input;
  const fp = fingerprintOf(normaliseParsed(input));
  if (fp.size === 0) return undefined;
  const key = context.recipient?.key ?? (context.recipient?.name ? normaliseKey(context.recipient.name) : undefined);
  const match = memory.findSimilar(fp, { excludeRecipientKey: key, now: context.now ?? Number.NaN });
  if (!match || match.otherRecipients < 1) return undefined;
  const sim = match.similarity;
  let confidence = 0.78 + (0.15 * Math.max(0, sim - 0.6)) / 0.4;
  confidence += Math.min(0.04, 0.02 * (match.otherRecipients - 1));
  confidence = round2(Math.min(0.97, confidence));
  if (confidence < 0.75) return undefined;
  const s = Math.max(0, draft.search(/\S/));
  return {
    rule: 'template-reuse',
    severity: 'warn',
    confidence,
    spans: [[s, draft.trimEnd().length]],
    message: ref(match.otherRecipients === 1 ? 'analysis_reuse_one' : 'analysis_reuse_other', match.otherRecipients, match.windowDays),
    questions: questionsFor('reuse', input.name, input.seed),
    data: { otherRecipients: match.otherRecipients, similarity: round2(sim), windowDays: match.windowDays },
  };
}

/** A stable recipient key from a display name (lower case, single spaces). */
export function normaliseKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

function covered(span: Span, by: readonly Span[]): boolean {
  return by.some(([a, b]) => a <= span[0] && span[1] <= b);
}

/** A draft parsed and matched once, shared by the rules, the signals and the model. */
export type { Prepared } from './rules/signals';

/**
 * A draft is judged by its first 20,000 characters (no site takes longer messages: LinkedIn
 * stops at 8,000, Messenger at 20,000), so a hostile paste costs the same as a long letter.
 */
export const MAX_DRAFT = 20_000;

/**
 * Build the phrase index now (a few ms, once). The index is otherwise built by the first draft a
 * page analyses; a content script calls this when the user first focuses a composer, so that
 * neither page load nor the first keystroke pays for it.
 */
export function warmUp(): void {
  findPhrases([]);
}

export function prepare(draft: string, context: DraftContext = {}): Prepared {
  const ctx: DraftContext = context ?? {};
  const text = parse(draft.length > MAX_DRAFT ? draft.slice(0, MAX_DRAFT) : draft);
  // Personal rules: "allow" phrases take the words they match out of every rule's view.
  const allowSpans: Span[] = [];
  const flagRules: { rule: PersonalRule; spans: Span[] }[] = [];
  for (const rule of ctx.personalRules ?? []) {
    const compiled = compilePersonalRule(rule.phrase);
    if (!compiled) continue;
    const spans = matchRule(compiled, text);
    if (!spans.length) continue;
    if (rule.kind === 'allow') allowSpans.push(...spans);
    else flagRules.push({ rule, spans });
  }
  const allowed = mergeSpans(allowSpans);
  let matches = findPhrases(text.tokens);
  if (allowed.length) matches = matches.filter((m) => !overlaps(allowed, m.s, m.e));
  const input: RuleInput = {
    draft,
    text,
    matches,
    context: ctx,
    name: firstName(ctx.recipient?.name),
    nameWords: recipientNames(ctx),
    seed: hashString(draft.length > 4096 ? draft.slice(0, 4096) : draft),
    cache: {},
  };
  const cues = pitchCues(input);
  const evidence = greetingEvidence(input);
  const report: RuleReport = {
    greeting: findGreeting(input),
    cues,
    templated: templatedGreeting(input),
    pitch: pitchFirstMessage(input, cues),
    pretext: greetingPretext(input, cues),
    personal: evidence.personal,
    unexplained: evidence.unexplained,
  };
  return { input, allowed, flagRules, report };
}

function overlaps(spans: readonly Span[], s: number, e: number): boolean {
  return spans.some(([a, b]) => s < b && a < e);
}

/**
 * The judgement. `scores` are the learned layer's probabilities for this draft (see
 * `lib/analysis/index.ts`); without them the rules decide alone — the content scripts do that
 * for text the background has not scored yet.
 */
export function judge(prepared: Prepared, memory?: SendMemory, scores?: HeadScores): Finding[] {
  const { input, allowed, flagRules, report } = prepared;
  const ctx = input.context;
  const findings: Finding[] = [];
  const model = scores ? decideWithModel(prepared, scores) : undefined;
  const pretext = model ? model.pretext : report.pretext;
  const pitch = model ? model.pitch : report.pitch;
  const templated = model ? model.templated : report.templated;
  if (pretext) findings.push(ctx.lastExchangeDaysAgo !== undefined && ctx.lastExchangeDaysAgo >= 365 ? afterSilence(pretext, ctx.lastExchangeDaysAgo, input) : pretext);
  // A greeting that leads into an ask is one problem, not two — unless we know it is a first message.
  if (pitch && (!pretext || ctx.firstMessage === true)) findings.push(pitch);
  // A stock wish that leads into a stock ask is both: nothing in it is for this person.
  if (templated) findings.push(templated);
  if (memory) {
    const reuse = templateReuse(input, memory);
    if (reuse) findings.push(reuse);
  }
  const evidence = registerEvidence(input.text);
  if (allowed.length) {
    evidence.du = evidence.du.filter(([s, e]) => !overlaps(allowed, s, e));
    evidence.sie = evidence.sie.filter(([s, e]) => !overlaps(allowed, s, e));
  }
  const reg = registerSwitch(input, evidence);
  if (reg) findings.push(reg);

  for (const { rule, spans } of flagRules) {
    findings.push({
      rule: 'personal-rule',
      severity: rule.severity,
      confidence: 0.95,
      spans: mergeSpans(spans),
      message: rule.note ? ref('analysis_personal_flagNote', rule.phrase, rule.note) : ref('analysis_personal_flag', rule.phrase),
      questions: [...questionsFor('personal', input.name, input.seed).slice(0, 1), { key: 'analysis_q_ruleStill', params: [rule.phrase] }],
      data: { ruleId: rule.id },
    });
  }
  let result = findings;
  if (allowed.length) {
    result = [];
    for (const f of findings) {
      const spans = f.spans.filter((s) => !covered(s, allowed));
      if (f.spans.length > 0 && spans.length === 0) continue;
      result.push(spans.length === f.spans.length ? f : { ...f, spans });
    }
  }
  return result.sort((a, b) => (a.severity === b.severity ? b.confidence - a.confidence : a.severity === 'warn' ? -1 : 1));
}

/**
 * A greeting that leads into an ask after a year or more of silence: the story behind Taktvoll.
 * Named as such, and surer.
 */
function afterSilence(f: Finding, days: number, input: RuleInput): Finding {
  const years = Math.floor(days / 365);
  const ask = (f.message.params?.[0] as string | undefined) ?? quote(input.draft, f.spans[f.spans.length - 1] ?? [0, 0]);
  return {
    ...f,
    confidence: round2(Math.min(0.97, f.confidence + 0.05)),
    message: years >= 2 ? ref('analysis_pretext_silence_other', ask, years) : ref('analysis_pretext_silence_one', ask),
    // What the runtime needs to name it: "You and Anna last wrote to each other in March 2023".
    data: { ...f.data, silenceDays: Math.round(days), ask, ...(input.name ? { name: input.name } : {}) },
  };
}

/** The rules alone (what the content scripts run at send time for text the model has not seen). */
export function analyzeWithRules(draft: string, context: DraftContext = {}, memory?: SendMemory, scores?: HeadScores): Finding[] {
  // Without its word lists (a content script before the background answered) it judges nothing.
  if (typeof draft !== 'string' || !/\S/.test(draft) || !lexiconsLoaded()) return [];
  return judge(prepare(draft, context ?? {}), memory, scores);
}

/** For callers that want to know whether the draft greets (e.g. to label the cue). */
export function hasGreeting(draft: string, context: DraftContext = {}): boolean {
  const text = parse(draft);
  const matches = findPhrases(text.tokens);
  return !!findGreeting({ draft, text, matches, context, name: undefined, nameWords: new Set(), seed: 0, cache: {} });
}
