/**
 * The send memory's index: "have I sent nearly this text to other people?" over the background's
 * remembered fingerprints, fast enough to ask on every draft state (sub-millisecond at 50,000
 * records, see `npm run bench:e2e`).
 *
 * Each distinct signature is kept once, with the sends (recipient, time) that had it: a template
 * sent to fifty people — names are left out of fingerprints, so "Hi Anna, …" and "Hi Bernd, …"
 * are one signature — is compared once, not fifty times.
 *
 * Candidates come from locality-sensitive hashing over the MinHash signature: 32 bands of 4 bins.
 * Two texts share a bucket of a band when all four bins agree, so a pair at estimated Jaccard
 * similarity s is a candidate with probability 1 − (1 − s⁴)³² — 98.8 % at the reuse threshold
 * 0.6, 99.7 % at 0.65, 99.98 % at 0.7 — and unrelated texts (s ≈ 0.1) almost never are. Every
 * candidate is then checked exactly, so the answer never claims a similarity the full
 * comparison would not.
 *
 * Pure and synchronous: no storage, no clock. Signatures live in one typed array grown by
 * doubling. Deleting is done by rebuilding (the background drops the index after a delete, a
 * wipe or retention and refills it from Dexie).
 */
import { MINHASH_BINS } from '../analysis/core';
import type { Fingerprint, ReuseMatch, SendMemory, SentRecord } from '../analysis/types';

/** How far back template reuse looks, in days: one fact for the guard and the practice area. */
export const SEND_MEMORY_DAYS = 60;
/** Estimated Jaccard similarity at which two texts count as "nearly the same". */
export const REUSE_THRESHOLD = 0.6;

const BANDS = 32;
const ROWS = MINHASH_BINS / BANDS;
const DAY = 86_400_000;

function mix(h: number, v: number): number {
  h = Math.imul(h ^ (v >>> 0), 0x85ebca6b);
  return h ^ (h >>> 13);
}

function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function bandHash(sig: ArrayLike<number>, offset: number, band: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let i = 0; i < ROWS; i++) h = mix(h, sig[offset + i] ?? 0);
  return finish(h);
}

function wholeHash(sig: ArrayLike<number>): number {
  let h = 0x1b873593;
  for (let i = 0; i < MINHASH_BINS; i++) h = mix(h, sig[i] ?? 0);
  return finish(h);
}

export class SendMemoryIndex implements SendMemory {
  readonly windowDays: number;
  readonly threshold: number;
  private records = 0;
  /** Distinct signatures. */
  private n = 0;
  private cap = 0;
  private sigs = new Uint32Array(0);
  /** Per distinct signature: the sends that had it, as [recipient id, time] pairs. */
  private sends: number[][] = [];
  private heads = new Int32Array(0);
  private next = new Int32Array(0);
  private mask = 0;
  private readonly exact = new Map<number, number[]>();
  private readonly recipientIds = new Map<string, number>();

  constructor(opts: { windowDays?: number; threshold?: number } = {}) {
    this.windowDays = opts.windowDays ?? SEND_MEMORY_DAYS;
    this.threshold = opts.threshold ?? REUSE_THRESHOLD;
  }

  /** Remembered sends. */
  get size(): number {
    return this.records;
  }

  /** Distinct signatures among them. */
  get distinct(): number {
    return this.n;
  }

  /** Remember a send. Fingerprints of another format (or of too short a text) are skipped: they cannot be compared. */
  add(rec: SentRecord): boolean {
    const { minhash, size } = rec.fingerprint;
    if (size === 0 || minhash.length !== MINHASH_BINS || !Number.isFinite(rec.at)) return false;
    let recipient = this.recipientIds.get(rec.recipientKey);
    if (recipient === undefined) {
      recipient = this.recipientIds.size;
      this.recipientIds.set(rec.recipientKey, recipient);
    }
    const u = this.signature(minhash);
    this.sends[u]?.push(recipient, rec.at);
    this.records++;
    return true;
  }

  /** The id of this signature, added if it is new. */
  private signature(minhash: readonly number[]): number {
    const whole = wholeHash(minhash);
    const same = this.exact.get(whole);
    for (const u of same ?? []) if (this.equals(u, minhash)) return u;
    if (this.n === this.cap) this.grow(Math.max(256, this.cap * 2));
    const u = this.n++;
    const base = u * MINHASH_BINS;
    for (let i = 0; i < MINHASH_BINS; i++) this.sigs[base + i] = (minhash[i] ?? 0) >>> 0;
    this.sends[u] = [];
    if (same) same.push(u);
    else this.exact.set(whole, [u]);
    this.link(u);
    return u;
  }

  private equals(u: number, sig: ArrayLike<number>): boolean {
    const base = u * MINHASH_BINS;
    for (let i = 0; i < MINHASH_BINS; i++) if (this.sigs[base + i] !== (sig[i] ?? 0) >>> 0) return false;
    return true;
  }

  private link(u: number): void {
    const base = u * MINHASH_BINS;
    for (let b = 0; b < BANDS; b++) {
      const slot = bandHash(this.sigs, base + b * ROWS, b) & this.mask;
      const entry = u * BANDS + b;
      this.next[entry] = this.heads[slot] ?? -1;
      this.heads[slot] = entry;
    }
  }

  private grow(cap: number): void {
    const sigs = new Uint32Array(cap * MINHASH_BINS);
    sigs.set(this.sigs);
    this.sigs = sigs;
    this.cap = cap;
    // About one slot per band entry: short chains, and a chain walk checks the band exactly.
    let slots = 1;
    while (slots < cap * BANDS) slots *= 2;
    this.mask = slots - 1;
    this.heads = new Int32Array(slots).fill(-1);
    this.next = new Int32Array(cap * BANDS);
    for (let u = 0; u < this.n; u++) this.link(u);
  }

  private sameBand(u: number, fp: ArrayLike<number>, b: number): boolean {
    const base = u * MINHASH_BINS + b * ROWS;
    for (let i = 0; i < ROWS; i++) if (this.sigs[base + i] !== (fp[b * ROWS + i] ?? 0) >>> 0) return false;
    return true;
  }

  private similarity(u: number, fp: ArrayLike<number>): number {
    const base = u * MINHASH_BINS;
    let same = 0;
    for (let i = 0; i < MINHASH_BINS; i++) if (this.sigs[base + i] === (fp[i] ?? 0) >>> 0) same++;
    return same / MINHASH_BINS;
  }

  /** A non-finite `now` searches all records regardless of age (as InMemorySendMemory does). */
  findSimilar(fp: Fingerprint, opts: { excludeRecipientKey?: string; now: number }): ReuseMatch | null {
    if (fp.size === 0 || fp.minhash.length !== MINHASH_BINS || this.n === 0) return null;
    const since = Number.isFinite(opts.now) ? opts.now - this.windowDays * DAY : -Infinity;
    const exclude = opts.excludeRecipientKey === undefined ? -1 : (this.recipientIds.get(opts.excludeRecipientKey) ?? -1);
    const sig = fp.minhash;
    const checked = new Set<number>();
    const recipients = new Set<number>();
    let best = 0;
    for (let b = 0; b < BANDS; b++) {
      const slot = bandHash(sig, b * ROWS, b) & this.mask;
      for (let e = this.heads[slot] ?? -1; e >= 0; e = this.next[e] ?? -1) {
        if (e % BANDS !== b) continue;
        const u = (e - b) / BANDS;
        if (checked.has(u) || !this.sameBand(u, sig, b)) continue;
        checked.add(u);
        const s = this.similarity(u, sig);
        if (s < this.threshold) continue;
        const sends = this.sends[u] ?? [];
        for (let i = 0; i < sends.length; i += 2) {
          const recipient = sends[i] ?? -1;
          if ((sends[i + 1] ?? -Infinity) < since || recipient === exclude) continue;
          recipients.add(recipient);
          if (s > best) best = s;
        }
      }
    }
    if (recipients.size === 0) return null;
    return { otherRecipients: recipients.size, similarity: best, windowDays: this.windowDays };
  }
}
