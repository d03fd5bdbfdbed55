/**
 * Matching the phrase index against a parsed draft. The index is a word trie, so each position
 * costs only as many steps as the longest phrase that actually continues there.
 */
import { lexicon, lexiconsLoaded, SUFFIXES, type Category, type Entry } from './lexicon';
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

interface Node {
  next: Map<string, Node>;
  /** Children reached by a prefix pattern ("shar*"). */
  prefixed: [string, Node][];
  entries: Entry[];
}

const node = (): Node => ({ next: new Map(), prefixed: [], entries: [] });

function buildTrie(): Node {
  const index = lexicon();
  const root = node();
  const all: Entry[] = [];
  for (const list of index.exact.values()) all.push(...list);
  for (const list of index.prefix.values()) all.push(...list);
  for (const entry of all) {
    let cur = root;
    for (const w of entry.words) {
      if (w.endsWith('*')) {
        const p = w.slice(0, -1);
        let hit = cur.prefixed.find(([q]) => q === p)?.[1];
        if (!hit) {
          hit = node();
          cur.prefixed.push([p, hit]);
        }
        cur = hit;
      } else {
        let hit = cur.next.get(w);
        if (!hit) {
          hit = node();
          cur.next.set(w, hit);
        }
        cur = hit;
      }
    }
    cur.entries.push(entry);
  }
  return root;
}

interface Trie {
  root: Node;
  /** Compound endings grouped by their last three letters, so a word checks only a handful. */
  suffixes: Map<string, { suffix: string; entry: Entry }[]>;
  /** The root's prefix patterns by their first three letters; shorter ones are checked for every word. */
  prefixed: Map<string, [string, Node][]>;
  short: [string, Node][];
}

let trie: Trie | undefined;

/** Built on the first draft, not at load (see lexicon()). */
function getTrie(): Trie {
  if (trie) return trie;
  if (!lexiconsLoaded()) return { root: node(), suffixes: new Map(), prefixed: new Map(), short: [] };
  const root = buildTrie();
  const suffixes = new Map<string, { suffix: string; entry: Entry }[]>();
  for (const x of SUFFIXES) {
    const key = x.suffix.slice(-3);
    const list = suffixes.get(key);
    if (list) list.push(x);
    else suffixes.set(key, [x]);
  }
  const prefixed = new Map<string, [string, Node][]>();
  const short: [string, Node][] = [];
  for (const [p, pn] of root.prefixed) {
    if (p.length < 3) {
      short.push([p, pn]);
      continue;
    }
    const key = p.slice(0, 3);
    const list = prefixed.get(key);
    if (list) list.push([p, pn]);
    else prefixed.set(key, [[p, pn]]);
  }
  return (trie = { root, suffixes, prefixed, short });
}

function walk(T: Trie, cur: Node, tokens: readonly Token[], i: number, k: number, out: Match[]): void {
  if (k > i && cur.entries.length) {
    const first = tokens[i];
    const last = tokens[k - 1];
    if (first && last) {
      for (const entry of cur.entries) if (!entry.question || last.after === '?') out.push({ entry, i, j: k, s: first.s, e: last.e });
    }
  }
  const t = tokens[k];
  if (!t || !t.n) return;
  const child = cur.next.get(t.n);
  if (child) walk(T, child, tokens, i, k + 1, out);
  if (cur === T.root) {
    walkPrefixed(T, T.prefixed.get(t.n.slice(0, 3)), t.n, tokens, i, k, out);
    walkPrefixed(T, T.short, t.n, tokens, i, k, out);
  } else {
    walkPrefixed(T, cur.prefixed, t.n, tokens, i, k, out);
  }
}

function walkPrefixed(T: Trie, list: [string, Node][] | undefined, n: string, tokens: readonly Token[], i: number, k: number, out: Match[]): void {
  if (!list) return;
  for (const [p, pn] of list) if (n.length >= p.length && n.startsWith(p)) walk(T, pn, tokens, i, k + 1, out);
}

/** All lexicon phrases in the draft (overlaps included). */
export function findPhrases(tokens: readonly Token[]): Match[] {
  const T = getTrie();
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !first.n) continue;
    walk(T, T.root, tokens, i, i, out);
    // compounds: "Beratungsgespräch" ends with "gespräch"
    const n = first.n;
    if (n.length >= 7) {
      const candidates = T.suffixes.get(n.slice(-3));
      if (candidates) {
        for (const { suffix, entry } of candidates) {
          if (n.length >= suffix.length + 3 && n.endsWith(suffix)) out.push({ entry, i, j: i + 1, s: first.s, e: first.e });
        }
      }
    }
  }
  return out;
}

export function byCategory(matches: readonly Match[], ...cats: Category[]): Match[] {
  return matches.filter((m) => cats.includes(m.entry.cat));
}
