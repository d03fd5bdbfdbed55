import { describe, expect, it } from 'vitest';
import { analyzeDraft, fingerprint, InMemorySendMemory, MINHASH_BINS, similarity } from '../../../lib/analysis';

const base = 'Hi Anna, thanks for connecting! I am building a community of product people in Berlin and would love to have you on board. Cheers, Tom';
const DAY = 86_400_000;

describe('fingerprint', () => {
  it('has a fixed length and keeps no raw text', () => {
    const fp = fingerprint(base);
    expect(fp.minhash).toHaveLength(MINHASH_BINS);
    expect(fp.size).toBeGreaterThan(50);
    expect(fp.minhash.every((x) => Number.isInteger(x))).toBe(true);
    expect(JSON.stringify(fp)).not.toMatch(/community|Berlin/i);
  });

  it('matches when only the names are swapped', () => {
    const other = base.replace('Anna', 'Bernd');
    expect(similarity(fingerprint(base), fingerprint(other))).toBe(1);
    expect(similarity(fingerprint('Hallo Frau Meier, vielen Dank für die Vernetzung und den Hinweis auf Ihren Vortrag!'), fingerprint('Hallo Herr Vogel, vielen Dank für die Vernetzung und den Hinweis auf Ihren Vortrag!'))).toBe(1);
  });

  it('stays high for small edits and low for different texts', () => {
    const edited = base.replace('would love', 'would really love');
    expect(similarity(fingerprint(base), fingerprint(edited))).toBeGreaterThan(0.7);
    const different = 'Hi Lena, the photos from the Lisbon offsite are in the shared folder now, the sunset one is my favourite.';
    expect(similarity(fingerprint(base), fingerprint(different))).toBeLessThan(0.2);
  });

  it('gives very short texts no fingerprint, and frame-only texts a frame fingerprint', () => {
    expect(fingerprint('Danke!').size).toBe(0);
    expect(fingerprint('Thanks, you too!').kind).toBe('frame');
    expect(fingerprint('Hi Anna, I help SaaS teams reduce churn with onboarding emails.').kind).toBeUndefined();
  });
});

describe('frame and substance (the spec\'s template-reuse examples)', () => {
  const reused = (earlier: [string, string], draft: [string, string]): boolean => {
    const mem = new InMemorySendMemory();
    mem.record({ fingerprint: fingerprint(earlier[1], { names: [earlier[0]] }), recipientKey: earlier[0], at: 0 });
    return analyzeDraft(draft[1], { recipient: { name: draft[0] }, now: 0 }, mem).some((f) => f.rule === 'template-reuse');
  };
  const frank: [string, string] = ['Frank Weber', 'Glückwunsch zum Dienstjubiläum, Frank! 20 Jahre bei Weber Druck, stark! 👏'];
  const dana: [string, string] = ['Dana Reyes', 'Hi Dana, thanks for connecting! I run a small bookkeeping studio for craft breweries — open to a 20-minute call next week?'];

  it('matches slots swapped, and one sentence (even a specific PS) added', () => {
    expect(reused(frank, ['Meike Sonn', 'Glückwunsch zum Dienstjubiläum, Meike! 6 Jahre bei Sonnentor, stark! 👏'])).toBe(true);
    expect(reused(dana, ['Omar Aziz', 'Hey Omar, thanks for connecting! I run a small bookkeeping studio for craft breweries — open to a 20 min call next week? PS: loved your IPA launch post'])).toBe(true);
  });

  it('does not match new substance under the same frame', () => {
    expect(reused(frank, ['Ole Berg', 'Glückwunsch zum Dienstjubiläum, Ole! Weißt du noch, die Messe in Leipzig 2019?'])).toBe(false);
    expect(reused(dana, ['Lea Kurz', 'Hi Lea, thanks for connecting! Did the Hamburg meetup ever publish the slides?'])).toBe(false);
  });

  it('matches a frame-only text once it repeats, not the opening of a longer message', () => {
    expect(reused(['Ana Lopez', 'Happy birthday, Ana!'], ['Tom Lee', 'Happy birthday, Tom!'])).toBe(true);
    expect(reused(['Ana Lopez', 'Happy birthday, Ana! How did the half marathon in Porto go in the end?'], ['Tom Lee', 'Happy birthday, Tom!'])).toBe(false);
    expect(reused(['Ana Lopez', 'Happy birthday, Ana! Have a great one 🎉'], ['Tom Lee', 'Happy birthday, Tom! Have a great one 🎉 Hope the year ahead is kind to you.'])).toBe(true);
    expect(reused(['Ana Lopez', 'Happy birthday, Ana! Have a great one 🎉'], ['Tom Lee', "Happy birthday, Tom! Have a great one 🎉 How's the new puppy settling in?"])).toBe(false);
  });
});

describe('InMemorySendMemory', () => {
  it('counts other recipients within the window and skips the same recipient', () => {
    const mem = new InMemorySendMemory({ windowDays: 30 });
    const now = 100 * DAY;
    mem.record({ fingerprint: fingerprint(base), recipientKey: 'anna', at: now - DAY });
    mem.record({ fingerprint: fingerprint(base.replace('Anna', 'Ben')), recipientKey: 'ben', at: now - 2 * DAY });
    mem.record({ fingerprint: fingerprint(base.replace('Anna', 'Old')), recipientKey: 'old', at: now - 60 * DAY });
    const probe = fingerprint(base.replace('Anna', 'Carla'));
    expect(mem.findSimilar(probe, { now })).toMatchObject({ otherRecipients: 2, similarity: 1, windowDays: 30 });
    expect(mem.findSimilar(probe, { now, excludeRecipientKey: 'anna' })?.otherRecipients).toBe(1);
    expect(mem.findSimilar(fingerprint('Something else entirely about quarterly tax filings for freelancers.'), { now })).toBeNull();
    expect(mem.findSimilar(probe, { now: Number.NaN })?.otherRecipients).toBe(3);
  });

  it('does not store texts too short to fingerprint, and caps its size', () => {
    const mem = new InMemorySendMemory({ maxRecords: 2 });
    mem.record({ fingerprint: fingerprint('ok'), recipientKey: 'a', at: 0 });
    expect(mem.size).toBe(0);
    for (let i = 0; i < 5; i++) mem.record({ fingerprint: fingerprint(`${base} ${i}`), recipientKey: `r${i}`, at: i });
    expect(mem.size).toBe(2);
    mem.clear();
    expect(mem.size).toBe(0);
  });
});

describe('template-reuse', () => {
  it('flags a text already sent to others, with plural-aware messages', () => {
    const mem = new InMemorySendMemory();
    const send = (name: string): void => mem.record({ fingerprint: fingerprint(base.replace('Anna', name), { names: [name] }), recipientKey: name.toLowerCase(), at: 0 });
    const draft = base.replace('Anna', 'Dora');
    const ctx = { recipient: { name: 'Dora', key: 'dora' }, now: 1000 };
    expect(analyzeDraft(draft, ctx, mem)).toEqual([]);
    send('Ben');
    const one = analyzeDraft(draft, ctx, mem).find((f) => f.rule === 'template-reuse')!;
    expect(one.message).toEqual({ key: 'analysis_reuse_one', params: ['1', '60'] });
    expect(one.severity).toBe('warn');
    expect(one.confidence).toBeGreaterThanOrEqual(0.85);
    send('Carla');
    send('Emil');
    const three = analyzeDraft(draft, ctx, mem).find((f) => f.rule === 'template-reuse')!;
    expect(three.message.key).toBe('analysis_reuse_other');
    expect(three.data?.otherRecipients).toBe(3);
    expect(three.confidence).toBeGreaterThan(one.confidence);
  });

  it('does not count earlier messages to the same person', () => {
    const mem = new InMemorySendMemory();
    mem.record({ fingerprint: fingerprint(base), recipientKey: 'anna', at: 0 });
    expect(analyzeDraft(base, { recipient: { name: 'Anna', key: 'anna' } }, mem)).toEqual([]);
  });
});
