/** templated-greeting: generic wishes, emoji-only wishes, the site's prefill sent unchanged. */
import { GENERIC_WORDS, KNOWN_WORDS } from '../lexicon';
import { feastEndings, festiveOpeners, holidayWords, thanksWords } from '../lexicon/shared';
import type { Match } from '../match';
import { questionsFor, ref } from '../messages';
import type { Finding, Span } from '../types';
import { clamp, mergeSpans, round2, type Greeting, type GreetingKind, type RuleInput } from './shared';
import { parse, stripMarks } from '../text';

export type { Greeting, GreetingKind } from './shared';

const HOLIDAY_WORDS = new Set(holidayWords);
/** Built on first use (not at import: content scripts load this on every page). */
let festive: { openers: Set<string>; endings: string[] } | undefined;
const FESTIVE = () => (festive ??= { openers: new Set(festiveOpeners.map((w) => stripMarks(w))), endings: feastEndings.map((w) => stripMarks(w)) });
const THANKS = new Set(thanksWords);

const BIRTHDAY_EMOJI = /[\u{1F382}\u{1F9C1}]/u;

const ORDINAL = /^\d{1,3}(st|nd|rd|th|er|e|te|ten|ter|sten|o|a|eme|ste|de)?$/;

function isOrdinal(n: string): boolean {
  const c = n.charCodeAt(0);
  return c >= 48 && c <= 57 && ORDINAL.test(n);
}

/** Find the greeting in a draft, if any. Bare congratulations count only with an occasion. */
export function findGreeting(input: RuleInput): Greeting | undefined {
  if ('greeting' in input.cache) return input.cache.greeting;
  const greeting = findGreetingUncached(input);
  input.cache.greeting = greeting;
  return greeting;
}

function findGreetingUncached(input: RuleInput): Greeting | undefined {
  const { matches, context, text } = input;
  const toks = text.tokens;
  const birthday = matches.filter((m) => m.entry.cat === 'birthday');
  const occasion = matches.filter((m) => m.entry.cat === 'occasion');
  const occasionInContext = !!context.occasion || context.surface === 'birthday';
  // A bare "Glückwunsch!" / "Congrats" is a congratulation where it stands like one: the context
  // names an occasion, it opens the message, it is exclaimed, or it sits under a post — not after
  // "thanks for the …".
  const congrats = matches.filter((m) => {
    if (m.entry.cat !== 'congrats') return false;
    const first = toks[m.i];
    const before = [toks[m.i - 1]?.n, toks[m.i - 2]?.n, toks[m.i - 3]?.n];
    if (before.some((w) => w !== undefined && THANKS.has(w))) return false;
    if (occasionInContext || context.surface === 'comment' || context.surface === 'wall-post') return true;
    const last = toks[m.j - 1];
    return (first !== undefined && first.sent <= 1) || last?.after === '!' || (text.questions.size === 0 && toks.length <= 12);
  });
  const festive = festiveGreetings(input);
  const all = [...birthday, ...occasion, ...congrats, ...festive].sort((a, b) => a.s - b.s);
  if (!all.length) return undefined;
  let kind: GreetingKind;
  if (birthday.length || context.occasion === 'birthday') kind = 'birthday';
  else if (context.occasion === 'holiday' || festive.length || occasion.some((m) => m.entry.words.some((w) => HOLIDAY_WORDS.has(w)))) kind = 'holiday';
  else kind = 'congrats';
  const first = all[0];
  if (!first) return undefined;
  return { kind, matches: all, start: first.s, end: first.e };
}

/** "Happy Father's Day", "Fijne Koningsdag", "Frohe Ostern!": a festive opener and a feast. */
function festiveGreetings(input: RuleInput): Match[] {
  const toks = input.text.tokens;
  const out: Match[] = [];
  for (let k = 0; k < toks.length && out.length < 2; k++) {
    const t = toks[k];
    if (!t || !t.first || !FESTIVE().openers.has(t.n)) continue;
    for (let j = k + 1; j <= k + 4 && j < toks.length; j++) {
      const w = toks[j];
      if (!w || w.sent !== t.sent) break;
      if (FESTIVE().endings.some((e) => w.n.length >= e.length && w.n.endsWith(e)) || (j === k + 1 && w.after === '!')) {
        out.push({ entry: { words: [t.n, w.n], cat: 'occasion', weight: 1, lang: 'en' }, i: k, j: j + 1, s: t.s, e: w.e });
        break;
      }
    }
  }
  return out;
}

/** Token indexes that are names: the recipient's, or unknown capitalised words next to a greeting. */
export function nameTokens(input: RuleInput): Set<number> {
  if (input.cache.names) return new Set(input.cache.names);
  const { text, matches, nameWords } = input;
  const toks = text.tokens;
  const anchors = new Set<number>();
  const closingEnds = new Set<number>();
  for (const m of matches) {
    const c = m.entry.cat;
    if (c === 'salutation' || c === 'birthday' || c === 'occasion' || c === 'congrats' || c === 'closing') anchors.add(m.j - 1);
    if (c === 'closing') closingEnds.add(m.j - 1);
  }
  const names = new Set<number>();
  toks.forEach((t, k) => {
    if (nameWords.has(t.n)) {
      names.add(k);
      return;
    }
    if (!t.cap || KNOWN_WORDS.has(t.n)) return;
    if (k === 0 || anchors.has(k - 1) || names.has(k - 1)) names.add(k);
    else if (k >= toks.length - 2 && (t.first || closingEnds.has(k - 1))) names.add(k);
  });
  input.cache.names = names;
  return new Set(names);
}

function tokenKey(n: string): string {
  return n;
}

/**
 * How personal a draft is: personal elements found (lexicon cues of shared history and plans,
 * questions) and words that are neither stock wish words nor names.
 */
export function greetingEvidence(input: RuleInput): { personal: number; unexplained: number } {
  const { text, matches } = input;
  const toks = text.tokens;
  let personal = text.questions.size;
  for (const m of matches) if (m.entry.cat === 'personal' || m.entry.cat === 'acquainted') personal++;
  const covered = new Uint8Array(toks.length);
  for (const m of matches) {
    const c = m.entry.cat;
    if (c === 'birthday' || c === 'occasion' || c === 'congrats' || c === 'salutation' || c === 'closing') {
      for (let k = m.i; k < m.j; k++) covered[k] = 1;
    }
  }
  for (const k of nameTokens(input)) covered[k] = 1;
  let unexplained = 0;
  toks.forEach((t, k) => {
    if (!covered[k] && !GENERIC_WORDS.has(t.n) && !isOrdinal(t.n)) unexplained++;
  });
  return { personal, unexplained };
}

export function templatedGreeting(input: RuleInput): Finding | undefined {
  const { draft, text, context, name, seed } = input;
  const toks = text.tokens;
  const questions = questionsFor('greeting', name, seed);

  // 1. The site's pre-filled greeting, sent unchanged or nearly so.
  if (context.prefill && context.prefill.trim()) {
    const pre = parse(context.prefill);
    const names = nameTokens(input);
    const preWords = new Set(pre.tokens.map((t) => tokenKey(t.n)));
    const draftWords = toks.filter((_, k) => !names.has(k)).map((t) => tokenKey(t.n));
    const draftSet = new Set(draftWords);
    const added = draftWords.filter((w) => !preWords.has(w) && !input.nameWords.has(w));
    const kept = pre.tokens.filter((t) => draftSet.has(t.n) || input.nameWords.has(t.n)).length;
    if (pre.tokens.length > 0 && added.length <= 1 && kept >= Math.ceil(pre.tokens.length * 0.7)) {
      const exact = added.length === 0 && kept === pre.tokens.length;
      const s = draft.search(/\S/);
      const span: Span = [Math.max(0, s), draft.trimEnd().length];
      return {
        rule: 'templated-greeting',
        severity: 'warn',
        confidence: exact ? 0.96 : 0.9,
        spans: [span],
        message: ref('analysis_greeting_prefill'),
        questions,
        data: { reason: 'prefill', added: added.length },
      };
    }
  }

  // 2. Emoji only.
  if (toks.length === 0) {
    if (text.emoji === 0) return undefined;
    // Emoji alone answer many things ("🎉" to good news); only a birthday cake or an occasion makes them a wish.
    const occasional = !!context.occasion || context.surface === 'birthday' || !!context.prefill;
    if (!occasional && !BIRTHDAY_EMOJI.test(draft)) return undefined;
    return {
      rule: 'templated-greeting',
      severity: 'warn',
      confidence: occasional ? 0.9 : 0.86,
      spans: mergeSpans(text.emojiSpans),
      message: ref('analysis_greeting_emoji'),
      questions,
      data: { reason: 'emoji' },
    };
  }

  // 3. A generic wish: a greeting phrase and nothing else that says anything about the person.
  const greeting = findGreeting(input);
  if (!greeting) return undefined;
  if (text.questions.size > 0) return undefined;
  if (input.matches.some((m) => m.entry.cat === 'personal' || m.entry.cat === 'acquainted')) return undefined;
  const covered = new Uint8Array(toks.length);
  for (const m of input.matches) {
    const c = m.entry.cat;
    if (c === 'birthday' || c === 'occasion' || c === 'congrats' || c === 'salutation' || c === 'closing') {
      for (let k = m.i; k < m.j; k++) covered[k] = 1;
    }
  }
  for (const k of nameTokens(input)) covered[k] = 1;
  let uncovered = 0;
  toks.forEach((t, k) => {
    if (!covered[k] && !GENERIC_WORDS.has(t.n) && !isOrdinal(t.n)) uncovered++;
  });
  const total = toks.length;
  let confidence: number;
  if (uncovered === 0) confidence = 0.93;
  else if (uncovered === 1) confidence = total >= 4 ? 0.86 : 0.8;
  else return undefined;
  // Holiday wishes and congratulations without an occasion in context: only the plainest count.
  if (greeting.kind !== 'birthday' && !context.occasion) {
    if (uncovered > 0) return undefined;
    confidence -= 0.03;
  }
  if (context.firstMessage === true && greeting.kind === 'birthday') confidence += 0.02;
  if (context.firstMessage === false) confidence -= 0.02;
  return {
    rule: 'templated-greeting',
    severity: 'warn',
    confidence: round2(clamp(confidence)),
    spans: mergeSpans(greeting.matches.map((m) => [m.s, m.e] as Span)),
    message: ref('analysis_greeting_generic'),
    questions,
    data: { reason: 'generic', kind: greeting.kind, unexplained: uncovered },
  };
}
