/**
 * Ordered selector chains: semantic hooks first (role, aria-*, data-*), class names last.
 * The first selector that matches wins; which one matched is recorded for the health check.
 */
export interface SelectorChain {
  /** Health-check name, e.g. "linkedin.composer". */
  name: string;
  /** Tried in order. Each entry says why it exists in a comment where it is declared. */
  selectors: readonly string[];
}

export class ChainRecorder {
  private hits = new Map<string, number>();

  record(chain: SelectorChain, index: number): void {
    this.hits.set(`${chain.name}#${index}`, Date.now());
  }

  names(): string[] {
    return [...this.hits.keys()].sort();
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** All elements matched by the first selector of the chain that matches anything. */
export function queryChainAll<T extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain, rec?: ChainRecorder): T[] {
  for (const [i, selector] of chain.selectors.entries()) {
    const found = safeQueryAll(root, selector);
    if (found.length > 0) {
      rec?.record(chain, i);
      return found as T[];
    }
  }
  return [];
}

export function queryChain<T extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain, rec?: ChainRecorder): T | null {
  return queryChainAll<T>(root, chain, rec)[0] ?? null;
}

/** The closest ancestor (crossing no shadow boundary) matching any selector of the chain. */
export function closestChain(el: Element, chain: SelectorChain): Element | null {
  for (const selector of chain.selectors) {
    try {
      const hit = el.closest(selector);
      if (hit) return hit;
    } catch {
      /* invalid selector in this engine: try the next */
    }
  }
  return null;
}

/** Normalised visible text of an element. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { nameKey } from '../people';
