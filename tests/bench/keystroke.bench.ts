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
import { EXTENSION_DIR, cdp, launch } from '../e2e/harness';

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

async function typeOnce(withExtension: boolean, url: string, editor: string): Promise<number> {
  const session = await launch({ extension: withExtension });
  try {
    const page = await session.newPage();
    await page.goto(url);
    const box = page.locator(editor).first();
    await box.waitFor({ timeout: 20_000 });
    await box.click();
    await page.waitForTimeout(1500); // let mounting and the first scan settle
    await (await cdp(page)).send('Performance.enable');
    const before = await taskMs(page);
    await page.keyboard.type(DRAFT, { delay: 0 });
    await page.waitForTimeout(1200); // include the debounced analysis after the last key
    const after = await taskMs(page);
    return (after - before) / DRAFT.length;
  } finally {
    await session.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  console.log(`Keystroke cost: ${DRAFT.length} characters, ${RUNS} runs each, main-thread task time per keystroke\n`);
  for (const t of targets) {
    const without: number[] = [];
    const withExt: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      without.push(await typeOnce(false, t.url, t.editor));
      withExt.push(await typeOnce(true, t.url, t.editor));
    }
    const added = median(withExt) - median(without);
    console.log(`${t.name.padEnd(28)} without ${median(without).toFixed(3)} ms  with ${median(withExt).toFixed(3)} ms  added ${added.toFixed(3)} ms/keystroke (target < 1 ms)`);
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
