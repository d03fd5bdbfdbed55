/**
 * Speech acts per sentence, by structure: a request (the recipient as subject of a modal, in a
 * question, not a verb of telling), a favour (sharing, voting, introducing …), an offer (the
 * sender offering, showing, selling), an imperative that asks for an action, a statement of wish
 * ("würde mich freuen") and a plea (slow business, looking for work). The word lists are
 * grammatical and per language (lexicon/acts.ts); only the languages the draft is written in are
 * consulted. One pass over the tokens.
 */
import { ACTS, type Acts } from '../lexicon/acts';
import type { Lang } from '../lexicon/types';
import { normWord, type ParsedText } from '../text';
import type { Span } from '../types';

export type ActKind = 'request' | 'favour' | 'offer' | 'imperative' | 'wish' | 'plea';
export const ACT_KINDS: readonly ActKind[] = ['request', 'favour', 'offer', 'imperative', 'wish', 'plea'];

export interface Act {
  kind: ActKind;
  /** Sentence index. */
  sent: number;
  span: Span;
}

interface Pattern {
  words: string[];
  /** The last word matches as a prefix. */
  prefix: boolean;
}

interface Index {
  /** Patterns by their first word (exact). */
  exact: Map<string, Pattern[]>;
  /** Patterns whose only word is a prefix, by their first three letters. */
  prefix: Map<string, Pattern[]>;
}

type Field = Exclude<keyof Acts, never>;
const FIELDS: Field[] = ['you', 'me', 'modals', 'telling', 'offer', 'favour', 'plea', 'wish', 'imperative'];

function compile(list: readonly string[]): Index {
  const exact = new Map<string, Pattern[]>();
  const prefix = new Map<string, Pattern[]>();
  for (const raw of list) {
    const words = raw.split(/\s+/).map((w) => normWord(w.replace(/\*$/, '')) + (w.endsWith('*') ? '*' : ''));
    const last = words[words.length - 1] ?? '';
    const p: Pattern = { words: words.map((w) => w.replace(/\*$/, '')), prefix: last.endsWith('*') };
    const head = p.words[0] ?? '';
    if (!head) continue;
    if (p.prefix && words.length === 1) {
      const key = head.slice(0, 3);
      const l = prefix.get(key) ?? [];
      l.push(p);
      prefix.set(key, l);
    } else {
      const l = exact.get(head) ?? [];
      l.push(p);
      exact.set(head, l);
    }
  }
  return { exact, prefix };
}

const ELISION = /^(?:l|d|j|t|m|s|n|c|qu|dell|all|nell|sull|dall|un)'/;

/** One index per language over all fields: a token is looked up once, not once per field. */
interface Tagged extends Pattern {
  field: Field;
}
interface Table {
  exact: Map<string, Tagged[]>;
  prefix: Map<string, Tagged[]>;
}

const COMPILED = new Map<Lang, Table>();
for (const [lang, acts] of Object.entries(ACTS) as [Lang, Acts][]) {
  const table: Table = { exact: new Map(), prefix: new Map() };
  for (const f of FIELDS) {
    const idx = compile(acts[f]);
    for (const [k, list] of idx.exact) table.exact.set(k, [...(table.exact.get(k) ?? []), ...list.map((p) => ({ ...p, field: f }))]);
    for (const [k, list] of idx.prefix) table.prefix.set(k, [...(table.prefix.get(k) ?? []), ...list.map((p) => ({ ...p, field: f }))]);
  }
  COMPILED.set(lang, table);
}

/** Does pattern `p` (looked up by its first word) match at token k? Returns one past the match, or -1. */
function matchesAt(p: Pattern, words: readonly string[], k: number): number {
  for (let d = 1; d < p.words.length; d++) {
    const have = words[k + d];
    const want = p.words[d] ?? '';
    if (have === undefined || (d === p.words.length - 1 && p.prefix ? !have.startsWith(want) : have !== want)) return -1;
  }
  return k + p.words.length;
}

/** Every field that has a pattern starting at token k, with where it ends. */
function fieldsAt(table: Table, words: readonly string[], k: number, out: (f: Field, end: number) => void): void {
  const w = words[k];
  if (!w) return;
  for (const p of table.exact.get(w) ?? []) {
    const j = matchesAt(p, words, k);
    if (j > k) out(p.field, j);
  }
  if (w.length >= 3) for (const p of table.prefix.get(w.slice(0, 3)) ?? []) if (w.startsWith(p.words[0] ?? '\u0000')) out(p.field, k + 1);
}

/** Punctuation after which a new clause starts ("Wenn du etwas hörst, gib mir Bescheid"). */
const CLAUSE = new Set([',', ':', ';', '–', '—', '-']);

/** Languages worth consulting: those whose function words the draft uses (all, when unsure). */
export function draftLanguages(votes: ReadonlyMap<string, number>): Lang[] {
  let max = 0;
  for (const v of votes.values()) max = Math.max(max, v);
  if (max < 2) return [...COMPILED.keys()];
  return [...COMPILED.keys()].filter((l) => (votes.get(l) ?? 0) >= Math.max(1, max * 0.34));
}

/** Acts are read in the first part of a draft only (as the model reads it). */
const MAX_TOKENS = 400;

export function findActs(text: ParsedText, langs: readonly Lang[]): Act[] {
  const toks = text.tokens.length > MAX_TOKENS ? text.tokens.slice(0, MAX_TOKENS) : text.tokens;
  // French and Italian elisions: "t'envoie" is "envoie", "l'occasione" is "occasione"
  const words = toks.map((t) => {
    const m = ELISION.exec(t.n);
    return m ? t.n.slice(m[0].length) : t.n;
  });
  const out: Act[] = [];
  const tables = langs.map((l) => COMPILED.get(l)).filter((x): x is Table => !!x);
  let start = 0;
  while (start < toks.length) {
    const sent = toks[start]?.sent ?? 0;
    let end = start;
    while (end < toks.length && toks[end]?.sent === sent) end++;
    const has: Partial<Record<Field, Span>> = {};
    let imperative = false;
    for (let k = start; k < end; k++) {
      const t = toks[k];
      if (t && /^(j|m)'/.test(t.n) && !has.me) has.me = [t.s, t.e];
      // an imperative opens its sentence or a clause (after at most one interjection or name)
      const clauseStart = k === start || k === start + 1 || CLAUSE.has(toks[k - 1]?.after ?? '');
      for (const table of tables) {
        fieldsAt(table, words, k, (f, j) => {
          if (j > end) return;
          if (f === 'imperative') {
            if (clauseStart) imperative = true;
          } else if (!has[f]) has[f] = [toks[k]?.s ?? 0, toks[j - 1]?.e ?? 0];
        });
      }
    }
    const sentSpan: Span = [toks[start]?.s ?? 0, toks[end - 1]?.e ?? 0];
    const question = text.questions.has(sent);
    if (has.you && has.modals && question && !has.telling) out.push({ kind: 'request', sent, span: has.modals });
    if (has.favour) out.push({ kind: 'favour', sent, span: has.favour });
    if (has.offer && has.me) out.push({ kind: 'offer', sent, span: has.offer });
    if (has.wish) out.push({ kind: 'wish', sent, span: has.wish });
    if (has.plea) out.push({ kind: 'plea', sent, span: has.plea });
    if (imperative) out.push({ kind: 'imperative', sent, span: sentSpan });
    start = end;
  }
  return out;
}
