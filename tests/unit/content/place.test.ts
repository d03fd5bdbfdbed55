/** Where the on-page UI goes (lib/content/place.ts) and which theme a page gets (lib/content/theme.ts). */
import { describe, expect, it } from 'vitest';
import { BADGE, intersects, placeBadge, placeCard, placePopover, type Rect } from '../../../lib/content/place';
import { contrast, pageTheme, parseColor } from '../../../lib/content/theme';
import { baseCss } from '../../../components/styles';

const view = { width: 800, height: 600 };
const inside = (r: Rect, v = view) => r.left >= 0 && r.top >= 0 && r.right <= v.width && r.bottom <= v.height;

describe('placeCard', () => {
  it('goes above the composer when there is room, right-aligned with it, not over it', () => {
    const anchor = { left: 300, top: 450, right: 780, bottom: 540 };
    const p = placeCard(anchor, { width: 440, height: 300 }, view);
    const r = { left: p.left, top: p.top, right: p.left + 440, bottom: p.top + 300 };
    expect(p.covers).toBe(false);
    expect(r.bottom).toBeLessThanOrEqual(anchor.top);
    expect(r.right).toBe(anchor.right);
    expect(inside(r)).toBe(true);
  });

  it('goes below, then beside, and only when nothing fits over the middle of the viewport — always inside it', () => {
    const top = { left: 100, top: 20, right: 700, bottom: 120 };
    const below = placeCard(top, { width: 440, height: 300 }, view);
    expect(below.top).toBeGreaterThanOrEqual(120);
    const right = { left: 400, top: 100, right: 780, bottom: 500 };
    const beside = placeCard(right, { width: 360, height: 400 }, view);
    expect(beside.covers).toBe(false);
    expect(beside.left + 360).toBeLessThanOrEqual(400);
    const full = { left: 0, top: 0, right: 800, bottom: 600 };
    const over = placeCard(full, { width: 460, height: 900 }, view);
    expect(over.covers).toBe(true);
    expect(inside({ left: over.left, top: over.top, right: over.left + 460, bottom: over.top + 584 })).toBe(true);
  });

  it('is inside any viewport from 320×240 up, whatever the composer', () => {
    for (const [w, h] of [
      [320, 240],
      [800, 600],
      [1366, 768],
    ] as const) {
      for (const anchor of [
        { left: 0, top: 0, right: w, bottom: 40 },
        { left: w - 200, top: h - 60, right: w, bottom: h },
        { left: -50, top: -50, right: 20, bottom: 20 },
      ]) {
        const p = placeCard(anchor, { width: 460, height: 520 }, { width: w, height: h });
        const cw = Math.min(460, w - 16);
        const ch = Math.min(520, h - 16);
        expect(inside({ left: p.left, top: p.top, right: p.left + cw, bottom: p.top + ch }, { width: w, height: h })).toBe(true);
      }
    }
  });
});

describe('placeBadge', () => {
  const editor = { left: 440, top: 500, right: 780, bottom: 560 };
  it('takes the composer’s bottom-right corner when the text leaves it free', () => {
    const text = [{ left: 448, top: 506, right: 640, bottom: 524 }];
    const spot = placeBadge(editor, text, view, () => true);
    expect(spot).toEqual({ left: 780 - BADGE - 4, top: 560 - BADGE - 4 });
  });

  it('never covers the text, nor a spot where the page shows something else', () => {
    const text = [
      { left: 448, top: 506, right: 776, bottom: 524 },
      { left: 448, top: 526, right: 776, bottom: 556 },
    ];
    const spot = placeBadge(editor, text, view, (r) => r.left < 780 || r.top > 600); // right of the composer: the Send button
    expect(spot).not.toBeNull();
    const r = { left: spot!.left, top: spot!.top, right: spot!.left + BADGE, bottom: spot!.top + BADGE };
    for (const t of text) expect(intersects(r, t)).toBe(false);
    expect(r.left < 780).toBe(true);
  });

  it('gives up (no badge) rather than cover the draft', () => {
    const text = [{ left: 0, top: 0, right: 800, bottom: 600 }];
    expect(placeBadge(editor, text, view, () => true)).toBeNull();
  });
});

describe('placePopover', () => {
  it('opens below the badge when it fits, else above, inside the viewport', () => {
    expect(placePopover({ left: 700, top: 100, right: 724, bottom: 124 }, { width: 300, height: 200 }, view)).toEqual({ left: 424, top: 128, maxHeight: 464 });
    const up = placePopover({ left: 700, top: 540, right: 724, bottom: 564 }, { width: 300, height: 200 }, view);
    expect(up.top + 200).toBeLessThanOrEqual(540);
  });

  // As on LinkedIn's thread at 800×600: the badge in the composer's bottom-right corner, Send right under it.
  const badge = { left: 755, top: 276, right: 779, bottom: 300 };
  const send = { left: 692, top: 311, right: 753, bottom: 334 };
  const size = { width: 320, height: 185 };
  const boxOf = (p: { left: number; top: number; maxHeight: number }, h = size.height) => ({ left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + Math.min(h, p.maxHeight) });

  it('never covers the send controls: moved left of Send, still below the badge', () => {
    expect(intersects(boxOf(placePopover(badge, size, view)), send)).toBe(true); // without knowing Send, it would cover it
    const p = placePopover(badge, size, view, [send]);
    expect(intersects(boxOf(p), send)).toBe(false);
    expect(p.top).toBe(badge.bottom + 4);
    expect(inside(boxOf(p))).toBe(true);
  });

  it('goes above rather than over Send, and keeps off the draft’s text where it can', () => {
    const wide = { left: 8, top: 311, right: 792, bottom: 334 }; // a send bar as wide as the window
    const p = placePopover(badge, size, view, [wide]);
    expect(intersects(boxOf(p), wide)).toBe(false);
    expect(p.top + size.height).toBeLessThanOrEqual(badge.top);
    const text = [{ left: 400, top: 200, right: 750, bottom: 270 }];
    const clearOfText = placePopover(badge, size, view, [send], text);
    for (const r of [send, ...text]) expect(intersects(boxOf(clearOfText), r)).toBe(false);
  });

  it('shrinks (it scrolls) rather than cover Send when neither side has its full height', () => {
    const short = { width: 800, height: 400 };
    const b = { left: 755, top: 180, right: 779, bottom: 204 };
    const bar = { left: 8, top: 210, right: 792, bottom: 240 };
    const p = placePopover(b, { width: 320, height: 300 }, short, [bar]);
    expect(p.maxHeight).toBeLessThan(300);
    expect(p.maxHeight).toBeGreaterThanOrEqual(80);
    expect(intersects(boxOf(p, 300), bar)).toBe(false);
  });
});

describe('theme from the page', () => {
  it('reads computed colours', () => {
    expect(parseColor('rgb(27, 31, 35)')).toEqual([27, 31, 35, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('transparent')).toBeNull();
  });

  it('is dark on a dark page and light on a light one, from the nearest painted ancestor', () => {
    document.body.innerHTML = '<div id="d" style="background-color: rgb(27, 31, 35)"><p><span id="a">x</span></p></div><div id="l" style="background-color: rgb(255, 255, 255)"><span id="b">y</span></div>';
    expect(pageTheme(document.getElementById('a')!)).toBe('dark');
    expect(pageTheme(document.getElementById('b')!)).toBe('light');
  });

  it('keeps our colours at WCAG AA contrast in both themes (read from the shipped stylesheet)', () => {
    const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    const vars = (block: string) => Object.fromEntries(Array.from(block.matchAll(/--tv-([\w-]+):\s*(#[0-9a-f]{6})/gi), (m) => [m[1]!, hex(m[2]!)]));
    const light = vars(baseCss.slice(baseCss.indexOf('.tv {'), baseCss.indexOf('}', baseCss.indexOf('.tv {'))));
    const dark = vars(baseCss.slice(baseCss.indexOf('.tv.dark {'), baseCss.indexOf('}', baseCss.indexOf('.tv.dark {'))));
    for (const t of [light, dark]) {
      expect(Object.keys(t).length).toBeGreaterThanOrEqual(10);
      expect(contrast(t.fg!, t.bg!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.muted!, t.bg!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.accent!, t['accent-bg']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.fg!, t['btn-bg']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t['btn-primary-fg']!, t['btn-primary-bg']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(t.fg!, t.mark!)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
