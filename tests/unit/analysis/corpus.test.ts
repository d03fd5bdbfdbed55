import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../lib/analysis';
import { loadCorpus, runCorpus } from '../../analysis/eval';

/** A regression floor on the labelled corpus; `npm run eval` prints the full tables. */
describe('labelled corpus', () => {
  const corpus = loadCorpus();
  const results = runCorpus(corpus);

  it('has several hundred labelled drafts in all six languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((l) => l.lang))).toEqual(new Set(['de', 'en', 'fr', 'es', 'it', 'nl']));
    expect(new Set(corpus.map((l) => l.id)).size).toBe(corpus.length);
    for (const l of corpus) for (const r of l.expect) expect(RULE_IDS).toContain(r);
  });

  it.each(['de', 'en'])('keeps precision ≥ 0.95 and recall ≥ 0.90 in %s', (lang) => {
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
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });
});
