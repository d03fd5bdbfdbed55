/**
 * Matching the phrase index against a parsed draft. The index is a word trie, so each position
 * costs only as many steps as the longest phrase that actually continues there.
 */
import { INDEX, SUFFIXES, type Category, type Entry } from './lexicon';
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
  const root = node();
  const all: Entry[] = [];
  for (const list of INDEX.exact.values()) all.push(...list);
  for (const list of INDEX.prefix.values()) all.push(...list);
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

const ROOT = buildTrie();

/** All lexicon phrases in the draft (overlaps included). */
export function findPhrases(tokens: readonly Token[]): Match[] {
  const out: Match[] = [];
  const stack: [Node, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !first.n) continue;
    stack.length = 0;
    stack.push([ROOT, i]);
    while (stack.length) {
      const top = stack.pop();
      if (!top) break;
      const [cur, k] = top;
      if (k > i) {
        const last = tokens[k - 1];
        if (last) for (const entry of cur.entries) out.push({ entry, i, j: k, s: first.s, e: last.e });
      }
      const t = tokens[k];
      if (!t || !t.n) continue;
      const child = cur.next.get(t.n);
      if (child) stack.push([child, k + 1]);
      for (const [p, pn] of cur.prefixed) if (t.n.length >= p.length && t.n.startsWith(p)) stack.push([pn, k + 1]);
    }
    // compounds: "Beratungsgespräch" ends with "gespräch"
    const n = first.n;
    if (n.length >= 7) {
      for (const { suffix, entry } of SUFFIXES) {
        if (n.length >= suffix.length + 3 && n.endsWith(suffix)) out.push({ entry, i, j: i + 1, s: first.s, e: first.e });
      }
    }
  }
  return out;
}

export function byCategory(matches: readonly Match[], ...cats: Category[]): Match[] {
  return matches.filter((m) => cats.includes(m.entry.cat));
}
