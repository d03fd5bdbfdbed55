/**
 * Prompt fatigue end to end (issues 11 and 12): the built extension in Chromium on the LinkedIn
 * fixture thread with Anna. What the guard learns is learned the way a user teaches it — cards
 * answered in the page — never written to the database (the session keeps it: `learn: true`).
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axGone, axWait, fixtureSent, launch, type Session } from './harness';
import { allowExtensionPages } from './pages-helpers';
import { RELEASE_WINDOW_MS, SAME_ATTEMPT_MS } from '../../lib/content/composer/decide';

type Lang = 'en' | 'de';
const THREAD = (lang: Lang) => `https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/?lang=${lang}`;
const EDITOR = 'form.msg-form [role="textbox"][contenteditable="true"]';
const SEND = 'form.msg-form button[type="submit"]';

/** Stock greetings the analyzer flags (templated greeting), each a different draft from the others. */
const GREETINGS = {
  en: [
    'Happy birthday! All the best!',
    'Happy birthday! Wishing you a wonderful year ahead.',
    'Many happy returns! Enjoy your special day.',
    'Happy birthday! Hope you have a fantastic day and a great year ahead!',
    'Congratulations on your work anniversary! Keep up the great work.',
    'Happy holidays! Wishing you and your family all the best.',
    'Congrats on the new job! Wishing you all the best in your new role.',
  ],
  de: ['Alles Gute zum Geburtstag! Viel Erfolg weiterhin!', 'Herzlichen Glückwunsch zum Geburtstag! Einen schönen Tag dir.'],
};
const L = {
  sendAnyway: { en: 'Send anyway', de: 'Trotzdem senden' },
  showMore: { en: 'Show more', de: 'Mehr zeigen' },
  badge: { en: /^Taktvoll: .+\. Show why$/, de: /^Taktvoll: .+\. Warum\?$/ },
};

async function open(s: Session, lang: Lang): Promise<Page> {
  const page = await s.newPage();
  await page.goto(THREAD(lang));
  await page.waitForSelector('html[data-fixture-ready]');
  return page;
}

/**
 * The site's own follow-up events of a send pass untouched for a moment (RELEASE_WINDOW_MS after
 * "Send anyway", SAME_ATTEMPT_MS after a send that went through): a person types longer than that.
 */
let quietUntil = 0;

async function typeAndSend(page: Page, text: string): Promise<void> {
  await page.locator(EDITOR).first().click();
  await page.keyboard.type(text);
  // The badge marks it before the send (what remains when no card comes).
  await axWait(page, { role: 'button', name: /^Taktvoll: / }, 5000);
  await page.waitForTimeout(Math.max(0, quietUntil - Date.now()));
  await page.locator(SEND).first().click();
}

/** A card is there: answer "Send anyway", wait until the site sent it. Returns whether it was the compact card. */
async function sendAnyway(page: Page, lang: Lang, sentBefore: number): Promise<boolean> {
  await axWait(page, { role: 'dialog' });
  const compact = (await axFind(page, { role: 'button', name: L.showMore[lang] })).length > 0;
  await axClick(page, await axWait(page, { role: 'button', name: L.sendAnyway[lang] }));
  quietUntil = Date.now() + RELEASE_WINDOW_MS + 100;
  await expect.poll(() => fixtureSent(page)).toHaveLength(sentBefore + 1);
  await axGone(page, { role: 'dialog' });
  return compact;
}

/** No card: the send went through by itself. */
async function sentWithoutCard(page: Page, sentBefore: number): Promise<void> {
  quietUntil = Date.now() + SAME_ATTEMPT_MS + 100;
  await expect.poll(() => fixtureSent(page)).toHaveLength(sentBefore + 1);
  expect(await axFind(page, { role: 'dialog' })).toEqual([]);
}

for (const lang of ['en', 'de'] as const) {
  describe(`prompt fatigue (${lang.toUpperCase()})`, () => {
    let s: Session;
    let page: Page | undefined;
    beforeAll(async () => {
      s = await launch({ lang, learn: true });
      await allowExtensionPages(s);
    });
    afterAll(async () => {
      await s?.close();
    });
    afterEach(async () => {
      expect(s.foreignRequests()).toEqual([]);
      await page?.close();
      page = undefined;
    });

    it('the same draft to the same person again: no card, the badge only, and it is sent; a changed draft: the compact card', async () => {
      await s.forgetLearned();
      page = await open(s, lang);
      const [first, second] = GREETINGS[lang] as [string, string];
      await typeAndSend(page, first);
      expect(await sendAnyway(page, lang, 0)).toBe(false); // the full card, the first time
      await typeAndSend(page, first);
      await sentWithoutCard(page, 1);
      expect((await fixtureSent(page)).map((m) => m.text)).toEqual([first, first]);
      await typeAndSend(page, second);
      expect(await sendAnyway(page, lang, 2)).toBe(true); // the compact card after
    });

    if (lang === 'en') {
      it('after repeated "Send anyway" the popup says the check is toned down; "Ask again" makes it hold again', async () => {
        await s.forgetLearned();
        page = await open(s, lang);
        const texts = GREETINGS.en;
        for (let i = 0; i < 6; i++) {
          await typeAndSend(page, texts[i]!);
          await sendAnyway(page, lang, i);
        }
        // Toned down: a new greeting is marked, not held.
        await typeAndSend(page, texts[6]!);
        await sentWithoutCard(page, 6);

        const popup = await s.context.newPage();
        await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
        const section = popup.getByRole('region', { name: 'Asked less often' });
        await expect.poll(() => section.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^Templated greetings: now only marked — you sent anyway 6 of the last 6 times\./)]);
        await section.getByRole('button', { name: 'Ask again: Templated greetings' }).click();
        await expect.poll(() => section.getByRole('status').textContent()).toBe('Templated greetings: Taktvoll asks again before such a message is sent.');
        await popup.close();

        // The open tab hears of it and holds again (the same draft as the last one: the rule never held it, so it is no repeat).
        await typeAndSend(page, texts[6]!);
        await axWait(page, { role: 'dialog' });
        await page.waitForTimeout(300);
        expect(await fixtureSent(page)).toHaveLength(7);
      });
    }
  });
}
