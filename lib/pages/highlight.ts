/** Split a draft into plain and marked segments from findings' spans (merged, clamped, sorted). */
import { mergeSpans } from '../analysis/rules/shared';
import type { Span } from '../analysis/types';

export interface Segment {
  text: string;
  marked: boolean;
}

/** Spans clamped to the text, empty ones dropped, then merged as the analyzer merges them. */
function clampedSpans(spans: readonly Span[], length: number): Span[] {
  const clamp = (x: number) => Math.max(0, Math.min(x, length));
  return mergeSpans(spans.map(([a, b]) => [clamp(a), clamp(b)] as Span).filter(([a, b]) => b > a));
}

export function segments(text: string, spans: readonly Span[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [a, b] of clampedSpans(spans, text.length)) {
    if (a > at) out.push({ text: text.slice(at, a), marked: false });
    out.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
