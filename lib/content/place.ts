/**
 * Where Taktvoll's on-page UI goes, as pure geometry (viewport coordinates), so it can be tested
 * without a browser: the pause card near the composer without covering the draft where there is
 * room, always fully inside the viewport; the cue's badge at a corner of the composer where it
 * covers neither the draft's text nor anything of the page but the composer itself.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MARGIN = 8;
const GAP = 8;

export const intersects = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

const inside = (r: Rect, view: Size, margin: number) => r.left >= margin - 0.5 && r.top >= margin - 0.5 && r.right <= view.width - margin + 0.5 && r.bottom <= view.height - margin + 0.5;

/**
 * The card's top-left corner: above the composer (right-aligned with it), else below, else to
 * its left or right, else — no room anywhere — centred on the viewport. Always inside the
 * viewport (the card scrolls itself when it is taller than the window).
 */
export function placeCard(anchor: Rect, card: Size, view: Size): { left: number; top: number; covers: boolean } {
  const w = Math.min(card.width, view.width - 2 * MARGIN);
  const h = Math.min(card.height, view.height - 2 * MARGIN);
  const x = clamp(anchor.right - w, MARGIN, view.width - MARGIN - w);
  const y = clamp(anchor.top, MARGIN, view.height - MARGIN - h);
  const candidates = [
    { left: x, top: anchor.top - GAP - h },
    { left: x, top: anchor.bottom + GAP },
    { left: anchor.left - GAP - w, top: y },
    { left: anchor.right + GAP, top: y },
  ];
  for (const c of candidates) {
    const r = { left: c.left, top: c.top, right: c.left + w, bottom: c.top + h };
    if (inside(r, view, MARGIN) && !intersects(r, anchor)) return { ...c, covers: false };
  }
  return { left: Math.round((view.width - w) / 2), top: Math.round((view.height - h) / 2), covers: true };
}

export const BADGE = 24;
const INSET = 4;

/**
 * Candidate spots for the badge, best first: inside the composer's bottom-right corner, its
 * top-right corner, just right of it, just above its top-right corner, just left of it.
 */
export function badgeCandidates(editor: Rect): { left: number; top: number }[] {
  const mid = editor.top + (editor.bottom - editor.top - BADGE) / 2;
  return [
    { left: editor.right - BADGE - INSET, top: editor.bottom - BADGE - INSET },
    { left: editor.right - BADGE - INSET, top: editor.top + INSET },
    { left: editor.right + INSET, top: mid },
    { left: editor.right - BADGE, top: editor.top - BADGE - INSET },
    { left: editor.left - BADGE - INSET, top: mid },
  ];
}

/**
 * The first candidate that is inside the viewport, clear of the draft's text, and where `clear`
 * (the page's own hit test: nothing but the composer under it) agrees; null when none is.
 */
export function placeBadge(editor: Rect, text: readonly Rect[], view: Size, clear: (r: Rect) => boolean): { left: number; top: number } | null {
  for (const c of badgeCandidates(editor)) {
    const r = { left: c.left, top: c.top, right: c.left + BADGE, bottom: c.top + BADGE };
    // 2 px of air around the text, so the badge never touches a letter.
    if (!inside(r, view, 2) || text.some((t) => intersects(r, { left: t.left - 2, top: t.top - 2, right: t.right + 2, bottom: t.bottom + 2 }))) continue;
    if (clear(r)) return c;
  }
  return null;
}

/**
 * The cue's popover: inside the viewport, and never over the composer's send controls (`avoid`)
 * — a click on Send with the popover open must reach Send, as it would with it closed — nor, where
 * the window has room, over the draft's text (`text`, where the words are marked). Below the
 * badge, else above it; right-aligned with it, else moved left of what it must not cover.
 */
export function placePopover(badge: Rect, pop: Size, view: Size, avoid: readonly Rect[] = [], text: readonly Rect[] = []): { left: number; top: number; maxHeight: number } {
  const w = Math.min(pop.width, view.width - 2 * MARGIN);
  const fit = (left: number) => clamp(left, MARGIN, view.width - MARGIN - w);
  const lefts = [fit(badge.right - w), ...avoid.map((a) => fit(a.left - GAP - w))];
  const belowTop = badge.bottom + 4;
  const below = view.height - MARGIN - belowTop;
  const above = badge.top - 4 - MARGIN;
  const spots: { left: number; top: number; maxHeight: number }[] = [];
  for (const left of lefts) spots.push({ left, top: belowTop, maxHeight: Math.max(0, below) });
  for (const left of lefts) spots.push({ left, top: badge.top - 4 - Math.min(pop.height, above), maxHeight: Math.max(0, above) });
  const box = (s: (typeof spots)[number]): Rect => ({ left: s.left, top: s.top, right: s.left + w, bottom: s.top + Math.min(pop.height, s.maxHeight) });
  const clear = (s: (typeof spots)[number], rects: readonly Rect[]) => !rects.some((r) => intersects(box(s), r));
  const fits = (s: (typeof spots)[number]) => pop.height <= s.maxHeight;
  const best =
    spots.find((s) => fits(s) && clear(s, avoid) && clear(s, text)) ??
    spots.find((s) => fits(s) && clear(s, avoid)) ??
    // Shorter (it scrolls) rather than over Send.
    spots.find((s) => s.maxHeight >= 80 && clear(s, avoid));
  if (best) return best;
  const left = lefts[0] ?? MARGIN;
  if (pop.height <= below || below >= above) return { left, top: belowTop, maxHeight: Math.max(80, below) };
  const h = Math.min(pop.height, above);
  return { left, top: badge.top - 4 - h, maxHeight: above };
}
