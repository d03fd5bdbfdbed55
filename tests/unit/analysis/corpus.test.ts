import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../lib/analysis';
import { loadCorpus, runCorpus, splitOf } from '../../analysis/eval';

/**
 * A regression floor on the tuning split (in-sample: the analyzer and the model were built on it,
 * so this catches breakage, not generalisation). The blind split is never asserted on here — it is
 * scored only at milestones (`npm run eval`).
 */
describe('labelled corpus', () => {
  const everything = loadCorpus();
  const corpus = everything.filter((l) => splitOf(l) === 'tuning');
  const results = runCorpus(corpus);

  it('has thousands of labelled drafts in all six languages from at least eight independent authors, and a blind split of 800+', () => {
    expect(everything.length).toBeGreaterThanOrEqual(4000);
    expect(new Set(everything.map((l) => l.lang))).toEqual(new Set(['de', 'en', 'fr', 'es', 'it', 'nl']));
    expect(new Set(everything.map((l) => l.id)).size).toBe(everything.length);
    for (const l of everything) for (const r of l.expect) expect(RULE_IDS).toContain(r);
    expect(new Set(everything.filter((l) => l.author).map((l) => l.author)).size).toBeGreaterThanOrEqual(8);
    const blind = everything.filter((l) => splitOf(l) === 'blind');
    expect(blind.length).toBeGreaterThanOrEqual(800);
    // no blind author's text is in the tuning split
    const blindAuthors = new Set(blind.map((l) => l.author));
    expect(corpus.some((l) => blindAuthors.has(l.author))).toBe(false);
    for (const lang of ['de', 'en']) expect(everything.filter((l) => l.lang === lang).length / everything.length).toBeGreaterThanOrEqual(0.35);
  });

  it.each(['de', 'en'])('keeps in-sample precision ≥ 0.95 and recall ≥ 0.85 in %s', (lang) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const l of corpus.filter((x) => x.lang === lang)) {
      const got = new Set((results.get(l.id) ?? []).map((f) => f.rule));
      for (const rule of RULE_IDS) {
        const g = got.has(rule);
        const w = l.expect.includes(rule);
        if (g && w) tp++;
        else if (g) fp++;
        else if (w) fn++;
      }
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.85);
  });
});
