/**
 * Pictures of the composer guard for the README (part of `npm run screenshots`), taken with
 * headless Chromium from the built extension on the LinkedIn fixture, EN and DE. The fixture gets
 * a light stylesheet here so the pictures read like a messaging page; Taktvoll's own UI is exactly
 * as shipped. Run `npm run build` first. Writes assets/screenshots/{cue,pause-card}-<lang>.png.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axWait, launch } from './harness';

const OUT = 'assets/screenshots';
const THREAD = '2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==';

const FIXTURE_CSS = `
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; background: #f4f2ee; color: #1d2226; }
  a { color: #0a66c2; text-decoration: none; }
  header, nav { background: #fff; padding: 8px 16px; border-bottom: 1px solid #ddd; }
  main { max-width: 760px; margin: 16px auto; background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 12px 16px; }
  ul { list-style: none; padding: 0; }
  [role="textbox"][contenteditable], textarea { display: block; min-height: 64px; border: 1px solid #bbb; border-radius: 6px; padding: 8px; background: #fff; }
  button { font: inherit; border-radius: 16px; border: 1px solid #0a66c2; background: #0a66c2; color: #fff; padding: 4px 14px; margin-top: 8px; }
  img { display: none; }
  h1, h2 { font-size: 16px; }
`;

async function styled(page: Page): Promise<void> {
  await page.addStyleTag({ content: FIXTURE_CSS });
}

async function composer(lang: 'en' | 'de'): Promise<void> {
  const s = await launch({ lang });
  try {
    const page = await s.newPage();
    await page.setViewportSize({ width: 1000, height: 720 });
    await page.goto(`https://www.linkedin.com/messaging/thread/${THREAD}/?lang=${lang}`);
    await page.waitForSelector('html[data-fixture-ready]');
    await styled(page);
    const box = page.locator('form.msg-form [role="textbox"][contenteditable="true"]').first();
    await box.click();
    await page.keyboard.type(lang === 'de' ? 'Alles Gute zum Geburtstag! Viel Erfolg weiterhin!' : 'Happy birthday! All the best!');
    await axWait(page, { role: 'region', name: lang === 'de' ? /aufgefallen/ : /noticed/ });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/cue-${lang}.png` });
    await page.locator('form.msg-form button[type="submit"]').first().click();
    await axWait(page, { role: 'dialog' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/pause-card-${lang}.png` });
  } finally {
    await s.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['en', 'de'] as const) await composer(lang);
  console.log(`screenshots written to ${OUT}/`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
