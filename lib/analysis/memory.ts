/** An in-memory SendMemory (the extension's Dexie-backed one lives with the composer guard). */
import { reuseScore } from './fingerprint';
import type { Fingerprint, ReuseMatch, SendMemory, SentRecord } from './types';
import { DAY_MS as DAY } from '../time';

export interface MemoryOptions {
  /** How far back to look, in days. */
  windowDays?: number;
  /** Oldest records are dropped beyond this many. */
  maxRecords?: number;
}

export class InMemorySendMemory implements SendMemory {
  readonly windowDays: number;
  readonly maxRecords: number;
  private records: SentRecord[] = [];

  constructor(opts: MemoryOptions = {}) {
    this.windowDays = opts.windowDays ?? 60;
    this.maxRecords = opts.maxRecords ?? 5000;
  }

  record(rec: SentRecord): void {
    if (rec.fingerprint.size === 0) return;
    this.records.push(rec);
    if (this.records.length > this.maxRecords) this.records.splice(0, this.records.length - this.maxRecords);
  }

  get size(): number {
    return this.records.length;
  }

  clear(): void {
    this.records = [];
  }

  /** A non-finite `now` searches all records regardless of age. */
  findSimilar(fp: Fingerprint, opts: { excludeRecipientKey?: string; now: number }): ReuseMatch | null {
    if (fp.size === 0) return null;
    const since = Number.isFinite(opts.now) ? opts.now - this.windowDays * DAY : -Infinity;
    const recipients = new Set<string>();
    let best = 0;
    for (const r of this.records) {
      if (r.at < since) continue;
      if (opts.excludeRecipientKey !== undefined && r.recipientKey === opts.excludeRecipientKey) continue;
      const sim = reuseScore(fp, r.fingerprint);
      if (sim > 0) {
        recipients.add(r.recipientKey);
        if (sim > best) best = sim;
      }
    }
    if (recipients.size === 0) return null;
    return { otherRecipients: recipients.size, similarity: best, windowDays: this.windowDays };
  }
}
