/**
 * Pictures of the popup and the options page for the README, EN and DE, taken with headless
 * Chromium from the built extension (run `npm run build` first):
 *   npx tsx tests/e2e/screenshots-pages.ts
 * Writes assets/screenshots/{popup,options,practice}-{en,de}.png. The numbers in the popup come
 * from real prompts on the LinkedIn fixture plus a few earlier days written into the extension's
 * own database, so the 30-day chart has something to show.
 */
import { mkdirSync } from 'node:fs';
import { axClick, axWait, launch } from './harness';
import { allowExtensionPages } from './pages-helpers';

const OUT = 'assets/screenshots';
const THREAD = 'https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/';
const EDITOR = 'form.msg-form [role="textbox"][contenteditable="true"]';

const TEXT = {
  en: { flagged: 'Happy birthday! All the best!', rewritten: 'Happy birthday, enjoy your special day!', keep: 'Keep editing', anyway: 'Send anyway', rule: 'synerg*', note: 'Say what you actually mean', draft: 'Hi Bernd, happy birthday! We see great synergies between our teams — could we jump on a quick call this week?', name: 'Bernd' },
  de: { flagged: 'Alles Gute zum Geburtstag! Viel Erfolg weiterhin!', rewritten: 'Herzlichen Glückwunsch und einen schönen Tag!', keep: 'Weiter bearbeiten', anyway: 'Trotzdem senden', rule: 'Synergie*', note: 'Sagen Sie, was Sie meinen', draft: 'Hallo Bernd, alles Gute zum Geburtstag! Wir sehen große Synergien zwischen unseren Teams – hätten Sie diese Woche Zeit für ein kurzes Gespräch?', name: 'Bernd' },
} as const;

/** Earlier days of numbers, written straight into the background's IndexedDB (Dexie table "stats"). */
const SEED = [
  [27, 2, 1, 0, 1],
  [21, 1, 0, 1, 0],
  [16, 3, 2, 0, 1],
  [11, 1, 1, 0, 0],
  [6, 2, 0, 1, 1],
  [2, 1, 1, 0, 0],
] as const;

async function shoot(lang: 'en' | 'de'): Promise<void> {
  const L = TEXT[lang];
  const s = await launch({ lang });
  try {
    await allowExtensionPages(s);
    // Real prompts today: one answered with "Keep editing", then — the draft rewritten, still a stock
    // wish (the same draft again would not be asked about twice) — one sent as is.
    const page = await s.newPage();
    await page.goto(`${THREAD}?lang=${lang}`);
    await page.waitForSelector('html[data-fixture-ready]');
    await page.locator(EDITOR).first().click();
    await page.keyboard.type(L.flagged);
    await axWait(page, { role: 'button', name: /^Taktvoll: / }); // the cue's badge: the popup's "last finding"
    await page.locator('form.msg-form button[type="submit"]').first().click();
    await axClick(page, await axWait(page, { role: 'button', name: L.keep }));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(L.rewritten);
    await page.waitForTimeout(700);
    await page.locator('form.msg-form button[type="submit"]').first().click();
    await axClick(page, await axWait(page, { role: 'button', name: L.anyway }));
    await page.waitForTimeout(500);

    // A string, not a function: tsx would wrap named helpers in __name(), which the worker lacks.
    await s.worker.evaluate(`(async (seed) => {
      const open = indexedDB.open('taktvoll');
      const dbh = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
      const tx = dbh.transaction('stats', 'readwrite');
      for (const [ago, shown, revised, cancelled, sentAsIs] of seed) {
        const keptEditing = revised + cancelled;
        const d = new Date(Date.now() - ago * 86400000);
        const day = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
        tx.objectStore('stats').put({ day, shown, keptEditing, revised, cancelled, sentAsIs, clean: 4, groupHeld: 0, groupCancelled: 0, groupContinued: 0 });
      }
      await new Promise((res) => { tx.oncomplete = res; });
      dbh.close();
    })(${JSON.stringify(SEED)})`);

    const popup = await s.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${s.extensionId}/options.html`);
    const tabId = await popup.evaluate(async () => (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({ url: 'https://www.linkedin.com/messaging/*' }))[0]?.id);
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.tv-chart').waitFor();
    await popup.locator('.tv-chart__details summary').click();
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: `${OUT}/popup-${lang}.png`, fullPage: true });

    const options = await s.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.locator('#rules').waitFor();
    await options.getByRole('textbox', { name: lang === 'de' ? 'Formulierung' : 'Phrase', exact: true }).fill(L.rule);
    await options.locator('#rules select').selectOption('warn');
    await options.locator('#rules input[name="note"]').fill(L.note);
    await options.locator('#rules button[type="submit"]').click();
    await options.locator('#rules table').waitFor();
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: `${OUT}/options-${lang}.png` });

    const practice = options.locator('#practice');
    await practice.locator('textarea').first().fill(L.draft);
    await practice.locator('input[type="text"]').first().fill(L.name);
    await practice.locator('[data-testid="practice-marked"]').waitFor();
    await practice.scrollIntoViewIfNeeded();
    await practice.screenshot({ path: `${OUT}/practice-${lang}.png` });
  } finally {
    await s.close();
  }
}

(async () => {
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['en', 'de'] as const) await shoot(lang);
  console.log(`screenshots written to ${OUT}/`);
})();
