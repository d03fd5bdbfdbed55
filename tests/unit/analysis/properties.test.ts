import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft, detectRegister, fingerprint, InMemorySendMemory, validatePersonalRule, type DraftContext } from '../../../lib/analysis';

const memory = new InMemorySendMemory();
memory.record({ fingerprint: fingerprint('Hi Anna, thanks for connecting! Would love to have you in our community of product people.'), recipientKey: 'x', at: 0 });

const context: DraftContext = {
  firstMessage: true,
  occasion: 'birthday',
  recipient: { name: 'Anna Example', key: 'anna', register: 'sie' },
  prefill: 'Happy birthday, Anna!',
  now: 1,
  personalRules: [
    { id: 'a', kind: 'flag', phrase: 'a*a*a*b', severity: 'warn' },
    { id: 'b', kind: 'allow', phrase: 'win*', severity: 'info' },
    { id: 'c', kind: 'flag', phrase: 'circling back', severity: 'info' },
  ],
};

/** Pieces that stress the tokenizer and the lexicon: marks, joiners, RTL, emoji, apostrophes, lexicon words. */
const nasty = fc.constantFrom(
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\ufeff', '\u0301', '\u0308',
  '🎉', '🎂', '👨‍👩‍👧', '🏳️‍🌈', '\ud83d', '\ude00', "'", '’', '-', '.', '!', '?', '\n', ' ', 'ß', 'İ', 'ﬁ', 'Σ', 'ا', 'שלום', '中文',
  'happy birthday', 'Alles Gute', 'win-win', 'would you be open to a quick call', 'calendly.com/x', 'Sie', 'du', 'Ihnen', 'Übrigens',
  'aaaa', 'a'.repeat(60), '*', '?', '$1', '\\', '(', '[',
);
const draft = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(nasty, { maxLength: 200 }).map((xs) => xs.join('')),
  fc.tuple(fc.array(nasty, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 25_000 })).map(([xs, n]) => xs.join('').repeat(n).slice(0, 100_000)),
);

describe('analyzer properties', { timeout: 120_000 }, () => {
  it('never throws, and returns well-formed findings, for any string up to 100,000 characters', () => {
    fc.assert(
      fc.property(draft, fc.boolean(), (text, withContext) => {
        const fs = analyzeDraft(text, withContext ? context : {}, withContext ? memory : undefined);
        for (const f of fs) {
          expect(f.confidence).toBeGreaterThanOrEqual(0);
          expect(f.confidence).toBeLessThanOrEqual(1);
          expect(f.questions.length).toBeGreaterThanOrEqual(2);
          for (const [s, e] of f.spans) {
            expect(0 <= s && s < e && e <= text.length).toBe(true);
          }
        }
        detectRegister(text);
        fingerprint(text);
        validatePersonalRule(text.slice(0, 200));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same things when unrelated text is appended far away (no state between calls)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (noise) => {
        const a = analyzeDraft('Happy birthday! All the best!', {});
        analyzeDraft(noise, context, memory);
        expect(analyzeDraft('Happy birthday! All the best!', {})).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});

// Speed (100,000-character hostile inputs, linear growth, p99 per draft) is measured by
// `npm run bench` with PASS/FAIL budget lines, not by timed tests on a shared machine.
