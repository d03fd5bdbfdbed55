/**
 * The word lists are handed to the analyzer (lib/analysis/lexicon/index.ts): a content script gets
 * them from the background. This file imports only the rules' entry point, never lexicon/all.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWithRules, fingerprint, lexiconsLoaded, useLexicons, validatePersonalRule } from '../../../lib/analysis/core';
import de from '../../../lib/analysis/lexicon/de';
import en from '../../../lib/analysis/lexicon/en';
import es from '../../../lib/analysis/lexicon/es';
import fr from '../../../lib/analysis/lexicon/fr';
import itLx from '../../../lib/analysis/lexicon/it';
import nl from '../../../lib/analysis/lexicon/nl';

const wish = 'Happy birthday, Anna! All the best 🎉';
const ctx = { site: 'linkedin' as const, surface: 'birthday' as const, occasion: 'birthday' as const, recipient: { name: 'Anna Example' } };

describe('the analyzer without and with its word lists', () => {
  it('judges nothing until it has them, refuses anything that is not a list of lexicons, and then judges as usual', () => {
    expect(lexiconsLoaded()).toBe(false);
    expect(analyzeWithRules(wish, ctx)).toEqual([]);
    // Reading the index before the lists arrive must not freeze an empty one.
    expect(fingerprint('Happy birthday, dear Anna, all the best for the new year of your life').size).toBeGreaterThan(0);

    for (const bad of [null, 'de', {}, [], [{ lang: 'xx' }], [{ ...de, birthday: 'alles gute' }], [{ ...en, pitch: null }]]) {
      expect(useLexicons(bad)).toBe(false);
      expect(lexiconsLoaded()).toBe(false);
    }
    expect(useLexicons(JSON.parse(JSON.stringify([de, en, fr, es, itLx, nl])))).toBe(true);
    expect(lexiconsLoaded()).toBe(true);
    expect(analyzeWithRules(wish, ctx).map((f) => f.rule)).toEqual(['templated-greeting']);
    expect(validatePersonalRule('und die')).toEqual({ ok: false, reason: 'too-broad' });
    // Once in, they stay: a second hand-over changes nothing.
    expect(useLexicons([en])).toBe(true);
    expect(analyzeWithRules('Alles Gute zum Geburtstag, Anna!', ctx).map((f) => f.rule)).toEqual(['templated-greeting']);
  });
});
