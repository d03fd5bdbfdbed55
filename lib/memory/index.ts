/**
 * The send memory's index: "have I sent nearly this text to other people?" over the background's
 * remembered fingerprints, fast enough to ask on every draft state (sub-millisecond at 50,000
 * records, see `npm run bench:e2e`). Whether two fingerprints are a reuse is the analyzer's call
 * (`reuseScore`: substance against substance, or the whole message where one side is frame-only);
 * the index only finds the candidates worth asking about, so its answers are the analyzer's.
 *
 * Each distinct fingerprint is kept once, with the sends (recipient, time) that had it: names are
 * left out of fingerprints, so a template sent to fifty people is compared once, not fifty times.
 *
 * Candidates come from locality-sensitive hashing over the MinHash sketches, 64 bands of 2 bins,
 * in two spaces: substance sketches, and frame sketches (a frame-only message's sketch, and the
 * whole-message sketch of a message with substance). Only a candidate that shares at least
 * MIN_BANDS bands is asked about. A reuse needs at least half of either text in the other, an
 * estimated Jaccard similarity of ~0.33 or more, where a pair shares 7 bands on average and at
 * least 2 with probability 99.3 % (at 0.5: 16 bands, ~100 %); the extreme case the analyzer
 * allows — a short frame-only draft that adds a stock sentence, ~0.23 — still 85 %. On the
 * corpus's drafts every reuse shared 5 bands or more, while 99 % of unrelated pairs share one or
 * none: that is what keeps a lookup sub-millisecond.
 *
 * Pure and synchronous: no storage, no clock. Sketches live in typed arrays grown by doubling.
 * Deleting is done by rebuilding (the background drops the index after a delete, a wipe or
 * retention and refills it from Dexie).
 */
import { MINHASH_BINS } from '../analysis/core';
import { reuseScore } from '../analysis/fingerprint';
import type { Fingerprint, ReuseMatch, SendMemory, SentRecord } from '../analysis/types';
import { DAY_MS as DAY } from '../time';

/** How far back template reuse looks, in days: one fact for the guard and the practice area. */
export const SEND_MEMORY_DAYS = 60;

const BANDS = 64;
const ROWS = MINHASH_BINS / BANDS;
/** Bands a candidate must share before the analyzer is asked about it. */
const MIN_BANDS = 2;
/**
 * A bucket this full holds a pair of bins that thousands of different texts share (a stock
 * phrase): it says little about any one of them, so a lookup skips it. A real reuse shares many
 * other bands too (see above).
 */
const CROWDED = 256;
/** Entries per signature: a band of its own sketch (0) and of its whole-message sketch (1). */
const SIDES = 2;

function mix(h: number, v: number): number {
  h = Math.imul(h ^ (v >>> 0), 0x85ebca6b);
  return h ^ (h >>> 13);
}

function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function bandHash(sig: ArrayLike<number>, offset: number, band: number, space: number): number {
  let h = Math.imul(band + 1 + space * BANDS, 0x9e3779b1);
  for (let i = 0; i < ROWS; i++) h = mix(h, sig[offset + i] ?? 0);
  return finish(h);
}

function sketchHash(h: number, sig: ArrayLike<number>): number {
  for (let i = 0; i < sig.length; i++) h = mix(h, sig[i] ?? 0);
  return h;
}

/** A fingerprint the analyzer can compare: the current format (older ones used another hash seed and never match). */
function comparable(fp: Fingerprint): boolean {
  return fp.size > 0 && fp.minhash.length === MINHASH_BINS && (fp.kind === 'frame' || fp.whole?.minhash.length === MINHASH_BINS);
}

export class SendMemoryIndex implements SendMemory {
  readonly windowDays: number;
  private records = 0;
  /** Distinct fingerprints. */
  private n = 0;
  private cap = 0;
  /** Per distinct fingerprint: its own sketch, and (for a message with substance) the whole-message sketch. */
  private sigs = new Uint32Array(0);
  private wholes = new Uint32Array(0);
  private fps: Fingerprint[] = [];
  /** Per distinct fingerprint: the sends that had it, as [recipient id, time] pairs. */
  private sends: number[][] = [];
  private heads = new Int32Array(0);
  private next = new Int32Array(0);
  private counts = new Uint16Array(0);
  private mask = 0;
  /** Shared bands per distinct fingerprint in the current lookup (valid where stamps[u] === stamp). */
  private hits = new Uint16Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private readonly exact = new Map<number, number[]>();
  private readonly recipientIds = new Map<string, number>();

  constructor(opts: { windowDays?: number } = {}) {
    this.windowDays = opts.windowDays ?? SEND_MEMORY_DAYS;
  }

  /** Remembered sends. */
  get size(): number {
    return this.records;
  }

  /** Distinct fingerprints among them. */
  get distinct(): number {
    return this.n;
  }

  /** Remember a send. Fingerprints that cannot be compared (too short a text, an older format) are skipped. */
  add(rec: SentRecord): boolean {
    if (!comparable(rec.fingerprint) || !Number.isFinite(rec.at)) return false;
    let recipient = this.recipientIds.get(rec.recipientKey);
    if (recipient === undefined) {
      recipient = this.recipientIds.size;
      this.recipientIds.set(rec.recipientKey, recipient);
    }
    this.sends[this.intern(rec.fingerprint)]?.push(recipient, rec.at);
    this.records++;
    return true;
  }

  private intern(fp: Fingerprint): number {
    const frame = fp.kind === 'frame';
    const key = finish(sketchHash(sketchHash(frame ? 1 : 2, fp.minhash), fp.whole?.minhash ?? []) ^ fp.size);
    const same = this.exact.get(key);
    for (const u of same ?? []) if (sameFingerprint(this.fps[u], fp)) return u;
    if (this.n === this.cap) this.grow(Math.max(256, this.cap * 2));
    const u = this.n++;
    this.sigs.set(fp.minhash.map((v) => v >>> 0), u * MINHASH_BINS);
    if (fp.whole) this.wholes.set(fp.whole.minhash.map((v) => v >>> 0), u * MINHASH_BINS);
    // The analyzer compares plain fingerprints: views into the typed arrays, no copies.
    this.fps[u] = view(this.sigs, this.wholes, u, fp);
    this.sends[u] = [];
    if (same) same.push(u);
    else this.exact.set(key, [u]);
    this.link(u);
    return u;
  }

  /** Substance sketches live in space 0, frame and whole-message sketches in space 1. */
  private link(u: number): void {
    const fp = this.fps[u];
    if (!fp) return;
    const frame = fp.kind === 'frame';
    for (const side of frame ? [0] : [0, 1]) {
      const sig = side === 0 ? this.sigs : this.wholes;
      const space = side === 1 || frame ? 1 : 0;
      for (let b = 0; b < BANDS; b++) {
        const slot = bandHash(sig, u * MINHASH_BINS + b * ROWS, b, space) & this.mask;
        const entry = (u * SIDES + side) * BANDS + b;
        this.next[entry] = this.heads[slot] ?? -1;
        this.heads[slot] = entry;
        if ((this.counts[slot] ?? 0) < 0xffff) this.counts[slot] = (this.counts[slot] ?? 0) + 1;
      }
    }
  }

  private grow(cap: number): void {
    const sigs = new Uint32Array(cap * MINHASH_BINS);
    sigs.set(this.sigs);
    const wholes = new Uint32Array(cap * MINHASH_BINS);
    wholes.set(this.wholes);
    this.sigs = sigs;
    this.wholes = wholes;
    this.fps = this.fps.map((fp, u) => view(sigs, wholes, u, fp));
    this.hits = new Uint16Array(cap);
    this.stamps = new Uint32Array(cap);
    this.stamp = 0;
    this.cap = cap;
    let slots = 1;
    while (slots < cap * BANDS * SIDES) slots *= 2;
    this.mask = slots - 1;
    this.heads = new Int32Array(slots).fill(-1);
    this.counts = new Uint16Array(slots);
    this.next = new Int32Array(cap * SIDES * BANDS);
    for (let u = 0; u < this.n; u++) this.link(u);
  }

  /** Count, per distinct fingerprint, the bands it shares with `sig` in `space`; `accept` limits which stored sketch may match. */
  private shareBands(sig: readonly number[], space: number, accept: (u: number, side: number) => boolean, out: number[]): void {
    for (let b = 0; b < BANDS; b++) {
      const slot = bandHash(sig, b * ROWS, b, space) & this.mask;
      if ((this.counts[slot] ?? 0) > CROWDED) continue;
      for (let e = this.heads[slot] ?? -1; e >= 0; e = this.next[e] ?? -1) {
        if (e % BANDS !== b) continue;
        const side = Math.floor(e / BANDS) % SIDES;
        const u = Math.floor(e / (BANDS * SIDES));
        if (!accept(u, side)) continue;
        const stored = side === 0 ? this.sigs : this.wholes;
        const base = u * MINHASH_BINS + b * ROWS;
        let same = true;
        for (let i = 0; i < ROWS && same; i++) same = stored[base + i] === (sig[b * ROWS + i] ?? 0) >>> 0;
        if (!same) continue;
        if (this.stamps[u] !== this.stamp) {
          this.stamps[u] = this.stamp;
          this.hits[u] = 0;
          out.push(u);
        }
        this.hits[u] = (this.hits[u] ?? 0) + 1;
      }
    }
  }

  /** A non-finite `now` searches all records regardless of age (as InMemorySendMemory does). */
  findSimilar(fp: Fingerprint, opts: { excludeRecipientKey?: string; now: number }): ReuseMatch | null {
    if (!comparable(fp) || this.n === 0) return null;
    const since = Number.isFinite(opts.now) ? opts.now - this.windowDays * DAY : -Infinity;
    const exclude = opts.excludeRecipientKey === undefined ? -1 : (this.recipientIds.get(opts.excludeRecipientKey) ?? -1);
    const isFrame = (u: number) => this.fps[u]?.kind === 'frame';
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const found: number[] = [];
    if (fp.kind === 'frame') {
      // A frame-only draft is compared with frame-only messages and with whole messages.
      this.shareBands(fp.minhash, 1, () => true, found);
    } else {
      this.shareBands(fp.minhash, 0, (u) => !isFrame(u), found);
      if (fp.whole) this.shareBands(fp.whole.minhash, 1, (u, side) => side === 0 && isFrame(u), found);
    }
    const recipients = new Set<number>();
    let best = 0;
    for (const u of found) {
      if ((this.hits[u] ?? 0) < MIN_BANDS) continue;
      const earlier = this.fps[u];
      const s = earlier ? reuseScore(fp, earlier) : 0;
      if (s <= 0) continue;
      const sends = this.sends[u] ?? [];
      for (let i = 0; i < sends.length; i += 2) {
        const recipient = sends[i] ?? -1;
        if ((sends[i + 1] ?? -Infinity) < since || recipient === exclude) continue;
        recipients.add(recipient);
        if (s > best) best = s;
      }
    }
    if (recipients.size === 0) return null;
    return { otherRecipients: recipients.size, similarity: best, windowDays: this.windowDays };
  }
}

function sameFingerprint(a: Fingerprint | undefined, b: Fingerprint): boolean {
  if (!a || a.size !== b.size || a.kind !== b.kind || (a.whole?.size ?? -1) !== (b.whole?.size ?? -1)) return false;
  for (let i = 0; i < MINHASH_BINS; i++) {
    if (a.minhash[i] !== (b.minhash[i] ?? 0) >>> 0) return false;
    if (a.whole && a.whole.minhash[i] !== (b.whole?.minhash[i] ?? 0) >>> 0) return false;
  }
  return true;
}

/** A fingerprint over the index's typed arrays (read as arrays by the analyzer). */
function view(sigs: Uint32Array, wholes: Uint32Array, u: number, fp: Fingerprint): Fingerprint {
  const at = u * MINHASH_BINS;
  const minhash = sigs.subarray(at, at + MINHASH_BINS) as unknown as number[];
  if (fp.kind === 'frame') return { minhash, size: fp.size, kind: 'frame' };
  return { minhash, size: fp.size, whole: { minhash: wholes.subarray(at, at + MINHASH_BINS) as unknown as number[], size: fp.whole?.size ?? 0 } };
}
