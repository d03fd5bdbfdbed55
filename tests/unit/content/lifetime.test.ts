import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from '../../../lib/content/lifetime';

describe('lifetime.idle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs at the next idle moment with the given deadline, and not at all once the lifetime ended', () => {
    const queued = new Map<number, { fn: () => void; timeout?: number }>();
    let next = 1;
    vi.stubGlobal('requestIdleCallback', (fn: () => void, opts?: { timeout?: number }) => {
      queued.set(next, { fn, timeout: opts?.timeout });
      return next++;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => queued.delete(id));
    const life = createLifetime();
    const ran: string[] = [];
    life.idle(() => ran.push('a'), 2000);
    const cancel = life.idle(() => ran.push('b'), 2000);
    expect([...queued.values()].map((q) => q.timeout)).toEqual([2000, 2000]);
    cancel();
    expect(queued.size).toBe(1);
    queued.get(1)!.fn();
    queued.delete(1);
    expect(ran).toEqual(['a']);
    life.idle(() => ran.push('c'), 500);
    expect(queued.size).toBe(1);
    life.abort();
    expect(queued.size).toBe(0);
    life.idle(() => ran.push('d'), 1);
    expect(queued.size).toBe(0);
    expect(ran).toEqual(['a']);
  });

  it('falls back to a timer where the browser has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const life = createLifetime();
    const ran: string[] = [];
    life.idle(() => ran.push('a'), 2000);
    expect(ran).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toEqual(['a']);
  });
});
