/**
 * `npm run bench:e2e`: what Taktvoll costs while typing, measured in real Chromium.
 * Types the same 300-character draft into the LinkedIn and Facebook fixtures with and without
 * the extension and compares the main thread's task time (CDP Performance.getMetrics), which
 * includes every content-script listener, observer and timer. Also reports the gzipped size of
 * each content script. Run `npm run build` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, cdp, launch, type Session } from '../e2e/harness';

const DRAFT = (
  'Hi Anna, I enjoyed your talk at the Berlin meetup on Tuesday, especially the part about ' +
  'onboarding new maintainers. We tried something similar last spring and learned a lot. ' +
  'Would you be up for comparing notes over coffee when you are back from the conference? ' +
  'No agenda, I am just curious how your team handled the first month.'
).slice(0, 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const targets = [
  { name: 'LinkedIn thread', url: 'https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/', editor: 'form.msg-form [role="textbox"][contenteditable="true"]' },
  { name: 'Facebook thread (Lexical)', url: 'https://www.facebook.com/messages/t/100001', editor: '[data-lexical-editor="true"]' },
];

async function taskMs(page: Page): Promise<number> {
  const s = await cdp(page);
  const { metrics } = (await s.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url: string };
  children?: number[];
}

/** Milliseconds of samples whose stack contains a frame of the extension's own scripts. */
function extensionMs(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) {
    const child = byId.get(c);
    if (child) child.parent = n.id;
  }
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const hit = ours.get(id);
    if (hit !== undefined) return hit;
    const n = byId.get(id);
    const v = !n ? false : n.callFrame.url.startsWith('chrome-extension://') || (n.parent !== undefined && isOurs(n.parent));
    ours.set(id, v);
    return v;
  };
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  return us / 1000;
}

/** Type the draft with the extension and return the extension's own CPU time per keystroke (ms). */
async function profileOnce(session: Session, url: string, editor: string): Promise<number> {
  const page = await session.newPage();
  try {
    await page.goto(url);
    const box = page.locator(editor).first();
    await box.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500);
    await box.click();
    const c = await cdp(page);
    await c.send('Profiler.enable');
    await c.send('Profiler.setSamplingInterval', { interval: 50 });
    await c.send('Profiler.start');
    await page.keyboard.type(DRAFT, { delay: 0 });
    await page.waitForTimeout(1200);
    const { profile } = (await c.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    return extensionMs(profile) / DRAFT.length;
  } finally {
    await page.close();
  }
}

async function typeOnce(session: Session, url: string, editor: string): Promise<number> {
  const page = await session.newPage();
  try {
    await page.goto(url);
    const box = page.locator(editor).first();
    await box.waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500); // let late mounting and the first scan settle
    await box.click();
    await (await cdp(page)).send('Performance.enable');
    const before = await taskMs(page);
    await page.keyboard.type(DRAFT, { delay: 0 });
    await page.waitForTimeout(1200); // include the debounced analysis after the last key
    const after = await taskMs(page);
    return (after - before) / DRAFT.length;
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  console.log(`Keystroke cost: ${DRAFT.length} characters, ${RUNS} runs each (alternating), main-thread task time per keystroke\n`);
  const withExt = await launch({ extension: true });
  const without = await launch({ extension: false });
  try {
    for (const t of targets) {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        a.push(await typeOnce(without, t.url, t.editor));
        b.push(await typeOnce(withExt, t.url, t.editor));
      }
      const own: number[] = [];
      for (let i = 0; i < RUNS; i++) own.push(await profileOnce(withExt, t.url, t.editor));
      const added = median(b) - median(a);
      console.log(`${t.name}`);
      console.log(`  extension's own code (CPU profile, incl. layout it triggers): median ${median(own).toFixed(3)} ms/keystroke, max ${Math.max(...own).toFixed(3)} (target < 1 ms)`);
      console.log(`  whole main thread: without ${median(a).toFixed(3)} ms, with ${median(b).toFixed(3)} ms, difference ${added.toFixed(3)} ms/keystroke (noisy: other load on the machine shows here)`);
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  console.log('\nContent scripts (gzipped; target ≤ 60 KB):');
  const dir = join(EXTENSION_DIR, 'content-scripts');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.js'))) {
    const raw = readFileSync(join(dir, f));
    console.log(`  ${f.padEnd(16)} ${(raw.length / 1024).toFixed(1)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
