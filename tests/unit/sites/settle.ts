/**
 * The settle period (lib/sites/kit/settle.ts) on a clock the tests drive: "first message" is only
 * certain once a conversation has stayed empty for SETTLE_MS, and never on a cold page load.
 */
import { afterEach, beforeEach } from 'vitest';
import { SETTLE_MS, settleClock } from '../../../lib/sites/kit/settle';

const real = { now: settleClock.now, documentAge: settleClock.documentAge };

export interface TestClock {
  /** Move the clock on. */
  advance(ms: number): void;
  /** Pretend the page loaded this long ago (default: long ago, a warm page). */
  setDocumentAge(ms: number): void;
}

/** Install a test clock for every test of the calling file. */
export function useSettleClock(): TestClock {
  let now = 1_800_000_000_000;
  let age = Number.POSITIVE_INFINITY;
  beforeEach(() => {
    now = 1_800_000_000_000;
    age = Number.POSITIVE_INFINITY;
    settleClock.now = () => now;
    settleClock.documentAge = () => age;
  });
  afterEach(() => {
    settleClock.now = real.now;
    settleClock.documentAge = real.documentAge;
  });
  return {
    advance(ms) {
      now += ms;
      if (Number.isFinite(age)) age += ms;
    },
    setDocumentAge(ms) {
      age = ms;
    },
  };
}

/** Read once (the adapter's first sight), let the settle period pass, read again. */
export function afterSettle<T>(clock: TestClock, read: () => T): T {
  read();
  clock.advance(SETTLE_MS);
  return read();
}
