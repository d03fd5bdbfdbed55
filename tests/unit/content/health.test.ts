/**
 * The frame's health for the popup: the first report waits until the page has gone idle after
 * its start-up (the popup is the only reader), a popup opened sooner gets one at once, and later
 * changes are reported after a short pause — only when something changed.
 */
import { describe, expect, it } from 'vitest';
import type { GuardBackend } from '../../../lib/content/backend';
import { HealthReport, type HealthInputs } from '../../../lib/content/health';
import { createLifetime } from '../../../lib/content/lifetime';
import type { Health } from '../../../lib/messaging/schemas';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

function report(timing = { first: 120, delay: 30 }) {
  const sent: Health[] = [];
  const backend = { reportHealth: (h: Health) => void sent.push(h) } as unknown as GuardBackend;
  const inputs: HealthInputs = {
    site: 'linkedin',
    win: window,
    active: true,
    siteOff: false,
    paused: false,
    composers: 1,
    groupDialogs: 0,
    adapter: { matched: ['linkedin.messageEditor#0'], failures: [], warnings: [] },
  };
  const life = createLifetime();
  return { sent, inputs, life, health: new HealthReport(life, backend, () => inputs, timing) };
}

describe('HealthReport', () => {
  it('reports first only once the start-up is over (then at an idle moment), afterwards each change after a short pause', async () => {
    const { sent, inputs, life, health } = report();
    health.schedule();
    await tick(60);
    expect(sent).toEqual([]); // still starting up
    await tick(150);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ site: 'linkedin', active: true, composers: 1 });
    health.schedule(); // nothing changed: nothing sent
    await tick(60);
    expect(sent).toHaveLength(1);
    inputs.composers = 2;
    health.schedule();
    await tick(60);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.composers).toBe(2);
    life.abort();
  });

  it('a popup asking before the first report gets one at once, and the scheduled one does not repeat it', async () => {
    const { sent, life, health } = report();
    health.schedule();
    health.reportNow();
    expect(sent).toHaveLength(1);
    await tick(250);
    expect(sent).toHaveLength(1);
    health.reportNow(); // asked again (a second popup): told again, though nothing changed
    expect(sent).toHaveLength(2);
    life.abort();
  });
});
