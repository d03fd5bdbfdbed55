/**
 * Elements that make a message specific to its recipient, found positively (the spec: "judge by
 * the presence of something specific, not by whether every word is on a list"): their things,
 * a hope about something in their life, shared history, a named place or organisation, a plan
 * with a day or a time. Unknown words alone are never evidence. One pass over the tokens.
 */
import { GENERIC_WORDS, KNOWN_WORDS } from '../lexicon';
import { SPECIFIC, type Specific } from '../lexicon/specific';
import type { Lang } from '../lexicon/types';
import { normWord, type ParsedText } from '../text';
import type { Span } from '../types';

export type SpecificKind = 'theirs' | 'hope' | 'shared' | 'place' | 'time';
export const SPECIFIC_KINDS: readonly SpecificKind[] = ['theirs', 'hope', 'shared', 'place', 'time'];

export interface SpecificElement {
  kind: SpecificKind;
  span: Span;
}

type Phrases = Map<string, string[][]>;

function phrases(list: readonly string[]): Phrases {
  const out: Phrases = new Map();
  for (const p of list) {
    const words = p.split(/\s+/).map(normWord).filter(Boolean);
    const head = words[0];
    if (!head) continue;
    const l = out.get(head) ?? [];
    l.push(words);
    out.set(head, l);
  }
  return out;
}

interface Compiled {
  yours: Set<string>;
  hope: Phrases;
  stockNext: Set<string>;
  shared: Phrases;
  prepositions: Set<string>;
  time: Phrases;
}

const COMPILED = new Map<Lang, Compiled>();
for (const [lang, s] of Object.entries(SPECIFIC) as [Lang, Specific][]) {
  COMPILED.set(lang, {
    yours: new Set(s.yourPossessive.map(normWord)),
    hope: phrases(s.hope),
    stockNext: new Set(s.stockHopeNext.map(normWord)),
    shared: phrases(s.shared),
    prepositions: new Set(s.placePrepositions.map(normWord)),
    time: phrases(s.time),
  });
}

/** Elements are looked for in the first part of a draft only (as the model reads it). */
const MAX_TOKENS = 400;

/** Determiners and adjectives skipped to reach the thing a hope is about. */
const SKIP = new Set(['the', 'a', 'an', 'new', 'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einen', 'le', 'la', 'les', "l'", 'el', 'los', 'las', 'il', 'lo', 'gli', 'de', 'het', 'een']);

function phraseEnd(p: Phrases, words: readonly string[], k: number): number {
  for (const ph of p.get(words[k] ?? '') ?? []) if (ph.every((w, d) => words[k + d] === w)) return k + ph.length;
  return -1;
}

/** A content word: not stock wish vocabulary, not a function word, not a name. */
function content(n: string | undefined, isName: boolean): boolean {
  return !!n && n.length > 2 && !isName && !GENERIC_WORDS.has(n) && !/^\d+$/.test(n);
}

export function specificElements(text: ParsedText, names: ReadonlySet<number>, langs: readonly Lang[]): SpecificElement[] {
  const toks = text.tokens.length > MAX_TOKENS ? text.tokens.slice(0, MAX_TOKENS) : text.tokens;
  const words = toks.map((t) => t.n);
  const tables = langs.map((l) => COMPILED.get(l)).filter((x): x is Compiled => !!x);
  const out: SpecificElement[] = [];
  const span = (a: number, b: number): Span => [toks[a]?.s ?? 0, toks[b]?.e ?? 0];
  for (let k = 0; k < toks.length && out.length < 24; k++) {
    const t = toks[k];
    if (!t || !t.n) continue;
    for (const c of tables) {
      // their things: "your knee", "deine Zwillinge"
      if (c.yours.has(t.n)) {
        for (let j = k + 1; j <= k + 2 && j < toks.length; j++) {
          if (toks[j]?.sent !== t.sent) break;
          if (content(words[j], names.has(j))) {
            out.push({ kind: 'theirs', span: span(k, j) });
            break;
          }
        }
      }
      // a hope about something in their life, not a stock hope
      const h = phraseEnd(c.hope, words, k);
      if (h > 0) {
        let j = h;
        while (j < toks.length && SKIP.has(words[j] ?? '') && toks[j]?.sent === t.sent) j++;
        const next = words[j];
        if (next && toks[j]?.sent === t.sent && !c.stockNext.has(next) && content(next, names.has(j))) out.push({ kind: 'hope', span: span(k, j) });
      }
      const s = phraseEnd(c.shared, words, k);
      if (s > 0) out.push({ kind: 'shared', span: span(k, s - 1) });
      // a place or organisation: a preposition, then a capitalised word no lexicon knows
      if (c.prepositions.has(t.n)) {
        const n = toks[k + 1];
        if (n && n.sent === t.sent && n.cap && !KNOWN_WORDS.has(n.n) && !names.has(k + 1) && n.n.length > 2) out.push({ kind: 'place', span: span(k, k + 1) });
      }
      const tm = phraseEnd(c.time, words, k);
      // "Guten Morgen" is a salutation, not tomorrow
      if (tm > 0 && !(t.n === 'morgen' && words[k - 1] === 'guten')) out.push({ kind: 'time', span: span(k, tm - 1) });
    }
  }
  return out;
}
