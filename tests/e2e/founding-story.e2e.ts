/**
 * The story Taktvoll was founded on, end to end on every site and in both languages: someone not
 * heard from in a long while sends a birthday wish and then a plea — business is slow, tips or
 * contacts welcome. The built extension in Chromium holds it as a greeting used as a pretext (the
 * background's learned layer judges the draft while it is typed; the content script holds the
 * send). A personal wish with no ask next to it goes out untouched. These phrasings were written
 * for this test and are in no corpus.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axClick, axFind, axGone, axWait, fixtureSent, launch, type Session } from './harness';

type Lang = 'en' | 'de';

interface SiteCase {
  name: string;
  url(lang: Lang): string;
  ready(page: Page): Promise<void>;
  editor: string;
  /** Null: Enter sends. */
  sendButton: string | null;
}

const SITES: SiteCase[] = [
  {
    name: 'LinkedIn',
    url: (lang) => `https://www.linkedin.com/messaging/thread/2-YTk1ZGVhNDEtYjUxNi00ZDg2LWE3MGUtOWQ1ZjMzZDAwMWE1XzAxMA==/?lang=${lang}`,
    ready: async (page) => void (await page.waitForSelector('html[data-fixture-ready]')),
    editor: 'form.msg-form [role="textbox"][contenteditable="true"]',
    sendButton: 'form.msg-form button[type="submit"]',
  },
  {
    name: 'XING',
    url: (lang) => `https://www.xing.com/chats/a1b2c3d4?lang=${lang}&delay=150`,
    ready: async (page) => {
      await page.waitForSelector('textarea[data-qa="message-composer-textarea"]');
      await page.waitForSelector('section ul > li', { state: 'attached' });
    },
    editor: 'textarea[data-qa="message-composer-textarea"]',
    sendButton: 'form button[type="submit"]',
  },
  {
    name: 'Facebook',
    url: (lang) => `https://www.facebook.com/messages/t/100001?lang=${lang}`,
    ready: async (page) => void (await page.waitForSelector('[role="main"] [role="grid"] [role="row"]')),
    editor: '[role="main"] [data-lexical-editor="true"]',
    sendButton: null,
  },
];

const STORY: Record<Lang, string[]> = {
  en: [
    "Happy birthday Anna! Hope all is well. Things have been really quiet on my side since the spring, so if you hear of anyone who needs a freelance copywriter, I'd be grateful for a mention.",
    "Many happy returns! It's been ages. Work has dried up for me lately – any tips or contacts you could share would mean a lot.",
  ],
  de: [
    'Alles Gute zum Geburtstag! Lange nichts gehört. Bei mir ist die Auftragslage gerade ziemlich mau – wenn du von etwas hörst, sag mir gern Bescheid.',
    'Herzlichen Glückwunsch zum Geburtstag, Anna! Ich bin seit März auf Jobsuche und würde mich über Tipps oder Kontakte sehr freuen.',
  ],
};
// One per site: the same text sent to a second person would rightly be noticed as reuse.
const PERSONAL: Record<Lang, Record<string, string>> = {
  en: {
    LinkedIn: 'Happy birthday Anna! Still laughing about our canoe trip on the Spree last summer – are you doing it again this year?',
    XING: 'Happy birthday! How did the move to Leipzig go in the end – has the cat forgiven you yet?',
    Facebook: 'Happy birthday Anna! Your photos from the Lisbon marathon made my week. What is the next race?',
  },
  de: {
    LinkedIn: 'Alles Gute zum Geburtstag, Anna! Denkst du noch an unsere Kanutour auf der Spree letzten Sommer? Macht ihr das dieses Jahr wieder?',
    XING: 'Alles Gute zum Geburtstag! Wie war denn der Umzug nach Leipzig – hat dir die Katze schon verziehen?',
    Facebook: 'Alles Gute zum Geburtstag, Anna! Deine Fotos vom Lissabon-Marathon haben mir die Woche versüßt. Was ist das nächste Rennen?',
  },
};
const PRETEXT = { en: /may read as a pretext/, de: /wie ein Vorwand/ };
const KEEP_EDITING = { en: 'Keep editing', de: 'Weiter bearbeiten' };

async function write(s: Session, site: SiteCase, lang: Lang, text: string): Promise<Page> {
  const page = await s.newPage();
  await page.goto(site.url(lang));
  await site.ready(page);
  await page.locator(site.editor).first().click();
  await page.keyboard.type(text, { delay: 2 });
  // A typing pause: the background judges the draft (the learned layer) before the user sends.
  await page.waitForTimeout(1000);
  if (site.sendButton) await page.locator(site.sendButton).first().click();
  else await page.keyboard.press('Enter');
  return page;
}

for (const lang of ['en', 'de'] as const) {
  describe(`the founding story (${lang.toUpperCase()})`, () => {
    let s: Session;
    let page: Page | undefined;
    beforeAll(async () => {
      s = await launch({ lang });
    });
    afterAll(async () => {
      await s?.close();
    });
    afterEach(async () => {
      expect(s.foreignRequests()).toEqual([]);
      await page?.close();
      page = undefined;
    });

    for (const site of SITES) {
      STORY[lang].forEach((text, i) => {
        it(`${site.name}: a birthday wish that turns into a plea for work is held as a pretext (phrasing ${i + 1})`, async () => {
          page = await write(s, site, lang, text);
          await axWait(page, { role: 'dialog' });
          expect((await axFind(page, { role: 'StaticText', name: PRETEXT[lang] })).length).toBeGreaterThan(0);
          expect(await fixtureSent(page)).toEqual([]);
          await axClick(page, await axWait(page, { role: 'button', name: KEEP_EDITING[lang] }));
          await axGone(page, { role: 'dialog' });
          expect(await fixtureSent(page)).toEqual([]);
        });
      });

      it(`${site.name}: a personal birthday wish with no ask goes out once, without a card`, async () => {
        page = await write(s, site, lang, PERSONAL[lang][site.name]!);
        await expect.poll(() => fixtureSent(page!)).toEqual([expect.objectContaining({ text: PERSONAL[lang][site.name] })]);
        expect(await axFind(page, { role: 'dialog' })).toEqual([]);
      });
    }
  });
}
