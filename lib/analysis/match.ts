/** Matching the phrase index against a parsed draft: O(tokens × longest phrase). */
import { INDEX, type Category, type Entry } from './lexicon';
import type { Token } from './text';

export interface Match {
  entry: Entry;
  /** First token index. */
  i: number;
  /** One past the last token index. */
  j: number;
  /** Character span in the draft. */
  s: number;
  e: number;
}

function wordMatches(pat: string, n: string): boolean {
  if (pat.endsWith('*')) return n.length >= pat.length - 1 && n.startsWith(pat.slice(0, -1));
  return pat === n;
}

function tryEntry(entry: Entry, tokens: readonly Token[], i: number, out: Match[]): void {
  const ws = entry.words;
  if (i + ws.length > tokens.length) return;
  for (let k = 1; k < ws.length; k++) {
    const t = tokens[i + k];
    if (!t || !wordMatches(ws[k] ?? '', t.n)) return;
  }
  const first = tokens[i];
  const last = tokens[i + ws.length - 1];
  if (first && last) out.push({ entry, i, j: i + ws.length, s: first.s, e: last.e });
}

/** All lexicon phrases in the draft (overlaps included). */
export function findPhrases(tokens: readonly Token[]): Match[] {
  const out: Match[] = [];
  const { exact, prefix, prefixLens } = INDEX;
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]?.n;
    if (!n) continue;
    const list = exact.get(n);
    if (list) for (const entry of list) tryEntry(entry, tokens, i, out);
    for (const len of prefixLens) {
      if (len > n.length) break;
      const plist = prefix.get(n.slice(0, len));
      if (plist) for (const entry of plist) tryEntry(entry, tokens, i, out);
    }
  }
  return out;
}

export function byCategory(matches: readonly Match[], ...cats: Category[]): Match[] {
  return matches.filter((m) => cats.includes(m.entry.cat));
}
