/**
 * Ordered alternatives: how every site adapter finds things, and how it tells the health check
 * (and the "Not working here?" diagnostic) which alternative matched and why a lookup failed.
 *
 * - A SelectorChain is a list of CSS selectors, semantic hooks first (role, aria-*, data-*),
 *   class names last. The first selector that matches wins.
 * - A LabelChain is a list of label patterns that *confirm* a control found by structure (role
 *   and position): EN, DE, then any-locale patterns such as a sentence about the Enter key.
 *
 * Every alternative says in a comment where it is declared what evidence it rests on. Which one
 * matched is recorded as `<chain>#<index>`; a lookup that found nothing, or an adapter call that
 * threw, is counted by the Recorder as a failure with its reason.
 */

export interface SelectorChain {
  /** Health-check name, e.g. "linkedin.messageEditor". */
  name: string;
  /** Tried in order. */
  selectors: readonly string[];
}

export interface LabelChain {
  /** Health-check name, e.g. "facebook.sendLabel". */
  name: string;
  /** Tried in order against an element's accessible label (aria-label, else its text). */
  labels: readonly RegExp[];
}

export interface Failure {
  /** The adapter method or lookup, e.g. "sendControls" or "linkedin.messageList". */
  where: string;
  /** Why: "threw TypeError", "no-send-control", "not-found" … (never page text). */
  why: string;
  count: number;
}

const MAX_FAILURE_KINDS = 40;

/** What an adapter matched and what it missed, since the page loaded. */
export class Recorder {
  private readonly hits = new Set<string>();
  private readonly fails = new Map<string, Failure>();
  private readonly listeners = new Set<() => void>();

  record(chain: { name: string }, index: number): void {
    if (index < 0) return;
    const key = `${chain.name}#${index}`;
    if (this.hits.has(key)) return;
    this.hits.add(key);
    this.changed();
  }

  /** Count a failure; `where` and `why` are short codes of the adapter's own, never text from the page. */
  fail(where: string, why: string): void {
    const key = `${where}\u0000${why}`;
    const known = this.fails.get(key);
    if (known) {
      known.count++;
      return;
    }
    if (this.fails.size >= MAX_FAILURE_KINDS) return;
    this.fails.set(key, { where, why, count: 1 });
    this.changed();
  }

  /** Names of the alternatives that matched, sorted: "linkedin.messageEditor#0". */
  matched(): string[] {
    return [...this.hits].sort();
  }

  failures(): Failure[] {
    return [...this.fails.values()].map((f) => ({ ...f }));
  }

  /** Be told when a new alternative matched or a new kind of failure appeared. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const l of this.listeners) {
      try {
        l();
      } catch {
        /* a listener's problem is not the adapter's */
      }
    }
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** All elements matched by the first selector of the chain that matches anything. */
export function queryChainAll<T extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain, rec?: Recorder): T[] {
  for (const [i, selector] of chain.selectors.entries()) {
    const found = safeQueryAll(root, selector);
    if (found.length > 0) {
      rec?.record(chain, i);
      return found as T[];
    }
  }
  return [];
}

/**
 * Elements matched by *any* alternative, in the chain's order, each once (every alternative that
 * matched is recorded). For things a page can hold several kinds of at once, such as composers.
 */
export function queryEveryAlternative<T extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain, rec?: Recorder): T[] {
  const out: T[] = [];
  const seen = new Set<Element>();
  for (const [i, selector] of chain.selectors.entries()) {
    const found = safeQueryAll(root, selector).filter((el) => !seen.has(el));
    if (found.length === 0) continue;
    rec?.record(chain, i);
    for (const el of found) {
      seen.add(el);
      out.push(el as T);
    }
  }
  return out;
}

export function queryChain<T extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain, rec?: Recorder): T | null {
  return queryChainAll<T>(root, chain, rec)[0] ?? null;
}

/** The closest ancestor (or the element itself, crossing no shadow boundary) matching an alternative, tried in order. */
export function closestChain(el: Element, chain: SelectorChain, rec?: Recorder): Element | null {
  for (const [i, selector] of chain.selectors.entries()) {
    try {
      const hit = el.closest(selector);
      if (hit) {
        rec?.record(chain, i);
        return hit;
      }
    } catch {
      /* selector not supported by this engine: try the next */
    }
  }
  return null;
}

/** Index of the first selector of the chain that `el` itself matches (recorded), or -1. */
export function matchIndex(el: Element, chain: SelectorChain, rec?: Recorder): number {
  for (const [i, selector] of chain.selectors.entries()) {
    if (safeMatches(el, selector)) {
      rec?.record(chain, i);
      return i;
    }
  }
  return -1;
}

/** Normalised visible text of an element. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An element's accessible label as sites set it: aria-label, else title, else its text. */
export function labelOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? '').trim() || (el.getAttribute('title') ?? '').trim() || textOf(el);
}

/** Index of the first label pattern that the element's label matches (recorded), or -1. */
export function labelIndex(el: Element, chain: LabelChain, rec?: Recorder): number {
  const label = labelOf(el);
  if (!label) return -1;
  for (const [i, re] of chain.labels.entries()) {
    if (re.test(label)) {
      rec?.record(chain, i);
      return i;
    }
  }
  return -1;
}

export { nameKey } from '../../people';
