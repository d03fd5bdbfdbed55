/**
 * The send memory's index against the full comparison it replaces (InMemorySendMemory): the same
 * answers for real near-duplicates, the same window and "someone else" rules, and never a
 * similarity the full comparison would not report.
 */
import { describe, expect, it } from 'vitest';
import { InMemorySendMemory, MINHASH_BINS, fingerprint } from '../../../lib/analysis/core';
import type { Fingerprint, SentRecord } from '../../../lib/analysis/types';
import { REUSE_THRESHOLD, SEND_MEMORY_DAYS, SendMemoryIndex } from '../../../lib/memory';

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

/** A signature that agrees with `base` in about `share` of the bins. */
function near(base: Fingerprint, share: number, next: () => number): Fingerprint {
  return { size: base.size, minhash: base.minhash.map((v) => (next() < share ? v : Math.floor(next() * 2 ** 25))) };
}

const randomFp = (next: () => number): Fingerprint => ({ size: 40, minhash: Array.from({ length: MINHASH_BINS }, () => Math.floor(next() * 2 ** 32)) });

describe('SendMemoryIndex', () => {
  it('finds real reuse: the same invitation with the names swapped, to someone else, within the window', () => {
    const index = new SendMemoryIndex();
    const invite = (name: string) => `Hi ${name}, I am putting together a small round table on platform engineering in Berlin on 12 March. Would you like to join us?`;
    index.add({ recipientKey: 'linkedin:anna', at: NOW - 3 * DAY, fingerprint: fingerprint(invite('Anna'), { names: ['Anna Example'] }) });
    index.add({ recipientKey: 'xing:ben', at: NOW - 10 * DAY, fingerprint: fingerprint(invite('Ben'), { names: ['Ben Beispiel'] }) });
    const fp = fingerprint(invite('Cem'), { names: ['Cem Yılmaz'] });
    expect(index.findSimilar(fp, { excludeRecipientKey: 'linkedin:cem', now: NOW })).toMatchObject({ otherRecipients: 2, windowDays: SEND_MEMORY_DAYS });
    expect(index.findSimilar(fp, { excludeRecipientKey: 'linkedin:anna', now: NOW })).toMatchObject({ otherRecipients: 1 });
    // Outside the window the sends no longer count.
    expect(index.findSimilar(fp, { now: NOW + 70 * DAY })).toBeNull();
    // A different message is not reuse.
    expect(index.findSimilar(fingerprint('Thanks for the slides yesterday, the part about onboarding was really helpful.'), { now: NOW })).toBeNull();
  });

  it('skips fingerprints it cannot compare (another format, or a text too short to tell)', () => {
    const index = new SendMemoryIndex();
    expect(index.add({ recipientKey: 'a', at: NOW, fingerprint: { minhash: [1, 2, 3], size: 9 } })).toBe(false);
    expect(index.add({ recipientKey: 'a', at: NOW, fingerprint: { minhash: new Array(MINHASH_BINS).fill(0), size: 0 } })).toBe(false);
    expect(index.size).toBe(0);
  });

  it('agrees with the full comparison on 3,000 records: every answer it gives is exact, and it misses (almost) nothing', () => {
    const next = rng(7);
    const index = new SendMemoryIndex();
    const full = new InMemorySendMemory({ windowDays: SEND_MEMORY_DAYS, threshold: REUSE_THRESHOLD, maxRecords: 100_000 });
    const bases = Array.from({ length: 40 }, () => randomFp(next));
    const records: SentRecord[] = [];
    for (let i = 0; i < 3000; i++) {
      const base = bases[i % bases.length]!;
      const fp = next() < 0.5 ? near(base, 0.5 + next() * 0.5, next) : randomFp(next);
      records.push({ recipientKey: `r${i % 300}`, at: NOW - Math.floor(next() * 90) * DAY, fingerprint: fp });
    }
    for (const r of records) {
      index.add(r);
      full.record(r);
    }
    let agree = 0;
    let total = 0;
    for (let q = 0; q < 300; q++) {
      const fp = near(bases[q % bases.length]!, 0.55 + next() * 0.45, next);
      const opts = { excludeRecipientKey: `r${q % 300}`, now: NOW };
      const want = full.findSimilar(fp, opts);
      const got = index.findSimilar(fp, opts);
      total++;
      if (JSON.stringify(got) === JSON.stringify(want)) agree++;
      else {
        // LSH may miss a borderline record; it never invents one or a higher similarity.
        if (got) expect(got.similarity).toBeLessThanOrEqual(want!.similarity);
        if (got) expect(got.otherRecipients).toBeLessThanOrEqual(want!.otherRecipients);
      }
    }
    expect(agree / total).toBeGreaterThan(0.97);
  });

  it('grows past its first allocation without losing a record', () => {
    const next = rng(11);
    const index = new SendMemoryIndex();
    const fps = Array.from({ length: 5000 }, () => randomFp(next));
    fps.forEach((fingerprint, i) => index.add({ recipientKey: `k${i}`, at: NOW, fingerprint }));
    expect(index.size).toBe(5000);
    for (const i of [0, 1023, 1024, 2500, 4999]) {
      expect(index.findSimilar(fps[i]!, { now: NOW })).toMatchObject({ otherRecipients: 1, similarity: 1 });
      expect(index.findSimilar(fps[i]!, { now: NOW, excludeRecipientKey: `k${i}` })).toBeNull();
    }
  });
});
