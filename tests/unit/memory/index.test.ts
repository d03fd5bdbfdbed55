/**
 * The send memory's index against the full comparison it replaces (the analyzer's
 * InMemorySendMemory, which asks reuseScore about every record): the same answers on real
 * drafts — templates with their slots swapped, frame-only wishes, new substance under an old
 * frame — the same window and "someone else" rules, and never a match the analyzer would not make.
 */
import { describe, expect, it } from 'vitest';
import { InMemorySendMemory, MINHASH_BINS, fingerprint } from '../../../lib/analysis/core';
import type { SentRecord } from '../../../lib/analysis/types';
import { SEND_MEMORY_DAYS, SendMemoryIndex } from '../../../lib/memory';
import { loadCorpus } from '../../analysis/corpus';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20);

/** A deterministic generator, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const NAMES = ['Anna Example', 'Bernd Beispiel', 'Chloé Müller', 'Dieter Kraus', 'Emma Stone', 'Farid Haddad', 'Greta Lind', 'Hugo Marx'];

describe('SendMemoryIndex', () => {
  it('finds real reuse: the same invitation with the names swapped, to someone else, within the window', () => {
    const index = new SendMemoryIndex();
    const invite = (name: string) => `Hi ${name}, I am putting together a small round table on platform engineering in Berlin on 12 March. Would you like to join us?`;
    index.add({ recipientKey: 'linkedin:anna', at: NOW - 3 * DAY, fingerprint: fingerprint(invite('Anna'), { names: ['Anna Example'] }) });
    index.add({ recipientKey: 'xing:ben', at: NOW - 10 * DAY, fingerprint: fingerprint(invite('Ben'), { names: ['Ben Beispiel'] }) });
    const fp = fingerprint(invite('Cem'), { names: ['Cem Yılmaz'] });
    expect(index.distinct).toBe(1); // names are left out: one fingerprint, two sends
    expect(index.findSimilar(fp, { excludeRecipientKey: 'linkedin:cem', now: NOW })).toMatchObject({ otherRecipients: 2, windowDays: SEND_MEMORY_DAYS });
    expect(index.findSimilar(fp, { excludeRecipientKey: 'linkedin:anna', now: NOW })).toMatchObject({ otherRecipients: 1 });
    // Outside the window the sends no longer count.
    expect(index.findSimilar(fp, { now: NOW + 70 * DAY })).toBeNull();
    // A different message is not reuse.
    expect(index.findSimilar(fingerprint('Thanks for the slides yesterday, the part about onboarding was really helpful.'), { now: NOW })).toBeNull();
  });

  it('compares frame-only wishes with frame-only wishes, and not with the opening of a longer message', () => {
    const index = new SendMemoryIndex();
    index.add({ recipientKey: 'a', at: NOW, fingerprint: fingerprint('Happy birthday, Ana! Have a great one 🎉', { names: ['Ana Lopez'] }) });
    index.add({ recipientKey: 'b', at: NOW, fingerprint: fingerprint('Happy birthday, Ben! How did the half marathon in Porto go in the end?', { names: ['Ben Berg'] }) });
    const wish = fingerprint('Happy birthday, Tom! Have a great one 🎉', { names: ['Tom Lee'] });
    expect(wish.kind).toBe('frame');
    expect(index.findSimilar(wish, { now: NOW })).toMatchObject({ otherRecipients: 1 });
  });

  it('skips fingerprints it cannot compare (an older format, or a text too short to tell)', () => {
    const index = new SendMemoryIndex();
    expect(index.add({ recipientKey: 'a', at: NOW, fingerprint: { minhash: [1, 2, 3], size: 9 } })).toBe(false);
    expect(index.add({ recipientKey: 'a', at: NOW, fingerprint: { minhash: new Array(MINHASH_BINS).fill(7), size: 40 } })).toBe(false); // no kind, no whole: before frame/substance
    expect(index.add({ recipientKey: 'a', at: NOW, fingerprint: fingerprint('Danke!') })).toBe(false);
    expect(index.size).toBe(0);
  });

  it('gives exactly the analyzer’s answers on a history of real drafts (4,000 sends, 600 queries)', () => {
    const next = rng(7);
    const texts = [...new Set(loadCorpus().map((l) => l.text))];
    const pick = () => texts[Math.floor(next() * texts.length)]!;
    const index = new SendMemoryIndex();
    const full = new InMemorySendMemory({ windowDays: SEND_MEMORY_DAYS, maxRecords: 1_000_000 });
    for (let i = 0; i < 4000; i++) {
      const name = NAMES[i % NAMES.length]!;
      // Templates: a few texts sent again and again with the name swapped; the rest once each.
      const text = next() < 0.4 ? texts[i % 60]! : pick();
      const rec: SentRecord = { recipientKey: `r${i % 500}`, at: NOW - Math.floor(next() * 90) * DAY, fingerprint: fingerprint(text.replace(/\b(Anna|Anne)\b/g, name.split(' ')[0]!), { names: [name] }) };
      index.add(rec);
      full.record(rec);
    }
    let matches = 0;
    for (let q = 0; q < 600; q++) {
      const name = NAMES[(q * 3) % NAMES.length]!;
      const base = q % 3 === 0 ? texts[q % 60]! : pick();
      const draft = q % 5 === 0 ? `${base} PS: see you in Leipzig!` : base;
      const fp = fingerprint(draft, { names: [name] });
      const opts = { excludeRecipientKey: `r${q % 500}`, now: NOW };
      const want = full.findSimilar(fp, opts);
      const got = index.findSimilar(fp, opts);
      if (want) matches++;
      expect(got, draft).toEqual(want);
    }
    expect(matches).toBeGreaterThan(100); // the comparison is about real reuse, not only misses
  });

  it('grows past its first allocation without losing a send', () => {
    const texts = [...new Set(loadCorpus().map((l) => l.text))].slice(0, 1500);
    const index = new SendMemoryIndex();
    let added = 0;
    texts.forEach((t, i) => {
      if (index.add({ recipientKey: `k${i}`, at: NOW, fingerprint: fingerprint(t) })) added++;
    });
    expect(added).toBeGreaterThan(1000);
    expect(index.size).toBe(added);
    for (const i of [0, 300, 700, 1100]) {
      const fp = fingerprint(texts[i]!);
      if (fp.size === 0) continue;
      expect(index.findSimilar(fp, { now: NOW })).not.toBeNull();
    }
  });
});
