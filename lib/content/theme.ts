/**
 * Light or dark, from the page's own colours behind an element (LinkedIn's and Facebook's dark
 * modes paint their own backgrounds whatever the OS says). The first ancestor — crossing shadow
 * roots and same-origin frames' hosts — with a mostly opaque background decides; a page that
 * paints nothing shows the canvas, which is dark only when the page asks for a dark scheme.
 */
import type { Theme } from '../../components/types';

/** r, g, b, a from a computed CSS colour ("rgb(…)", "rgba(…)", "color(srgb …)"); null when unreadable. */
export function parseColor(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (m) {
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
  }
  const c = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\s*\)$/.exec(value.trim());
  if (c) return [Number(c[1]) * 255, Number(c[2]) * 255, Number(c[3]) * 255, c[4] === undefined ? 1 : Number(c[4])];
  return null;
}

/** WCAG relative luminance of an sRGB colour (0 = black, 1 = white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function parentAcross(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  if (root instanceof ShadowRoot) return root.host;
  try {
    return el.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The theme that matches the page behind `el`. */
export function pageTheme(el: Element): Theme {
  try {
    for (let node: Element | null = el; node; node = parentAcross(node)) {
      const view = node.ownerDocument.defaultView;
      if (!view) break;
      const rgba = parseColor(view.getComputedStyle(node).backgroundColor);
      if (rgba && rgba[3] >= 0.5) return luminance(rgba) < 0.2 ? 'dark' : 'light';
    }
    const root = el.ownerDocument.documentElement;
    const scheme = el.ownerDocument.defaultView?.getComputedStyle(root).colorScheme ?? '';
    // A page that paints nothing shows the canvas: dark only when the page opts into a dark scheme alone.
    if (!/\bdark\b/.test(scheme)) return 'light';
    return /\blight\b/.test(scheme) ? 'auto' : 'dark';
  } catch {
    return 'auto';
  }
}
