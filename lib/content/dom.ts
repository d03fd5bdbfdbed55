/** Small DOM helpers for the content-script runtime (no site knowledge here). */

/** The innermost target of an event, across open shadow roots. */
export function deepTarget(e: Event): EventTarget | null {
  const path = e.composedPath();
  return path[0] ?? e.target;
}

/** Whether `node` is `ancestor` or inside it, crossing open shadow roots upwards. */
export function deepContains(ancestor: Node, node: Node | null): boolean {
  let cur: Node | null = node;
  while (cur) {
    if (cur === ancestor) return true;
    cur = cur.parentNode ?? (cur instanceof ShadowRoot ? cur.host : null);
  }
  return false;
}

/** The first element of an event's composed path that is one of `candidates`. */
export function pathHit<T extends Element>(e: Event, candidates: readonly T[]): T | null {
  if (candidates.length === 0) return null;
  for (const n of e.composedPath()) {
    if ((candidates as readonly EventTarget[]).includes(n)) return n as T;
  }
  return null;
}

export const isTextarea = (el: Element): el is HTMLTextAreaElement => el instanceof HTMLTextAreaElement || el.tagName === 'TEXTAREA';

/** Controls whose keyboard activation already produces a (trusted) click event. */
export function keyMakesClick(el: HTMLElement, key: string): boolean {
  if (el instanceof HTMLButtonElement) return true;
  if (el instanceof HTMLInputElement) return ['submit', 'button', 'reset', 'image'].includes(el.type);
  if (el instanceof HTMLAnchorElement) return key === 'Enter' && el.hasAttribute('href');
  return false;
}
