/**
 * Pictures of the composer guard for the README (part of `npm run screenshots`), taken with
 * headless Chromium from the built extension on the LinkedIn fixture, EN and DE. The fixture gets
 * a light stylesheet here so the pictures read like a messaging page; Taktvoll's own UI is exactly
 * as shipped. Run `npm run build` first. Writes assets/screenshots/{cue,pause-card}[-dark]-<lang>.png
 * (light and dark LinkedIn) and welcome-<lang>.png (the first-run page).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axClick, axWait, launch } from './harness';
import { allowExtensionPages } from './pages-helpers';

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

/** LinkedIn's dark mode, as the page paints it (the OS stays light: our UI follows the page). */
const DARK_CSS = `
  html, body { background: #000; color: #e8e8e8; }
  header, nav, main, main * { background-color: #1b1f23 !important; color: #e8e8e8 !important; border-color: #38434f !important; }
  a, main a { color: #71b7fb !important; }
  main button { background-color: #71b7fb !important; color: #000 !important; }
`;

async function styled(page: Page, dark = false): Promise<void> {
  await page.addStyleTag({ content: FIXTURE_CSS + (dark ? DARK_CSS : '') });
}

async function composer(lang: 'en' | 'de', dark: boolean): Promise<void> {
  const s = await launch({ lang });
  const suffix = `${dark ? '-dark' : ''}-${lang}`;
  try {
    const page = await s.newPage();
    await page.setViewportSize({ width: 1000, height: 720 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`https://www.linkedin.com/messaging/thread/${THREAD}/?lang=${lang}`);
    await page.waitForSelector('html[data-fixture-ready]');
    await styled(page, dark);
    const box = page.locator('form.msg-form [role="textbox"][contenteditable="true"]').first();
    await box.click();
    await page.keyboard.type(lang === 'de' ? 'Alles Gute zum Geburtstag! Viel Erfolg weiterhin!' : 'Happy birthday! All the best!');
    // The badge, opened: its popover and the trigger words marked in place.
    await axClick(page, await axWait(page, { role: 'button', name: /^Taktvoll: / }));
    await axWait(page, { role: 'region', name: lang === 'de' ? /aufgefallen/ : /noticed/ });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${OUT}/cue${suffix}.png` });
    await page.keyboard.press('Escape');
    await page.locator('form.msg-form button[type="submit"]').first().click();
    await axWait(page, { role: 'dialog' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/pause-card${suffix}.png` });
  } finally {
    await s.close();
  }
}

async function welcome(lang: 'en' | 'de'): Promise<void> {
  const s = await launch({ lang });
  try {
    await allowExtensionPages(s);
    const page = await s.newPage();
    await page.setViewportSize({ width: 900, height: 1100 });
    await page.goto(`chrome-extension://${s.extensionId}/welcome.html`);
    await page.waitForSelector('dialog.card.inline');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `${OUT}/welcome-${lang}.png` });
  } finally {
    await s.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['en', 'de'] as const) {
    await composer(lang, false);
    await composer(lang, true);
    await welcome(lang);
  }
  console.log(`screenshots written to ${OUT}/`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
